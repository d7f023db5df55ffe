import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, Navigate } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { formatAmount, formatDate, isoString } from "../../app/format";
import { useMe } from "../../app/session";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import type { DevFundRoundFieldsFragment } from "../../generated/graphql";
import { DemoTag } from "../../modules/development-funds/components/StatusBadge";
import { isDemoRound } from "../../modules/development-funds/labels";
import { DevFundRoundsQuery } from "../../modules/development-funds/operations";
import { canUseDevFunds } from "./DevFundsLayout";

type Round = DevFundRoundFieldsFragment;

/** What the round means for this user now, in a few words. */
function useRoundState() {
  const { t } = useTranslation();
  const me = useMe();
  const can = (a: string) => me.abilities.includes(a);
  return (r: Round): string => {
    const closed = Date.now() > new Date(r.closesAt).getTime();
    const notYet = Date.now() < new Date(r.opensAt).getTime();
    if (can("devfunds.manage")) {
      if (!r.allocationPublishedAt) return t("devfunds.home.state.unpublished");
      if (r.redistributedAt) return t("devfunds.home.state.redistributed");
      return closed ? t("devfunds.home.state.closed") : t("devfunds.home.state.published");
    }
    if (can("devfunds.apply")) {
      if (r.ngoPot.isOpen) return t("devfunds.home.state.ngoOpen", { date: formatDate(r.ngoPot.closesAt) });
      return notYet ? t("devfunds.home.state.notYet") : t("devfunds.home.state.ngoClosed");
    }
    if (!r.allocationPublishedAt) return t("devfunds.home.state.awaitingAllocation");
    if (r.isOpen) return t("devfunds.home.state.requisitionOpen", { date: formatDate(r.closesAt) });
    return notYet ? t("devfunds.home.state.notYet") : t("devfunds.home.state.closed");
  };
}

/** Utvecklingsmedel: the rounds, newest first; Socialstyrelsen opens a new one here. */
export function DevFundsHome() {
  const { t } = useTranslation();
  const me = useMe();
  const manage = me.abilities.includes("devfunds.manage");
  const apply = me.abilities.includes("devfunds.apply");
  useDocumentTitle(t("devfunds.home.title"));
  const { data, error } = useQuery(DevFundRoundsQuery);
  const stateOf = useRoundState();

  // Statistics readers who take no part in the rounds have only the statistics here.
  if (!canUseDevFunds(me.abilities)) return <Navigate to="/utvecklingsmedel/statistik" replace />;

  const rounds = data?.developmentFundRounds;
  const intro = manage ? t("devfunds.home.introManage") : apply ? t("devfunds.home.introApply") : t("devfunds.home.introRequisition");

  return (
    <>
      <div className="df-title-row">
        <h1>{t("devfunds.home.title")}</h1>
        {manage && (
          <Link to="/utvecklingsmedel/omgangar/ny" className="button">
            {t("devfunds.open.action")}
          </Link>
        )}
      </div>
      <p className="lead">{intro}</p>

      <section className="section" aria-labelledby="df-rounds">
        <h2 id="df-rounds">{t("devfunds.home.roundsHeading")}</h2>
        {error && !rounds ? (
          <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
        ) : !rounds ? (
          <Loading />
        ) : rounds.length === 0 ? (
          <EmptyState>{manage ? t("devfunds.home.emptyManage") : t("devfunds.home.empty")}</EmptyState>
        ) : (
          <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="df-rounds-caption">
            <table className="table">
              <caption id="df-rounds-caption">{t("devfunds.home.caption", { count: rounds.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("devfunds.home.year")}</th>
                  <th scope="col">{apply ? t("devfunds.home.applicationWindow") : t("devfunds.home.window")}</th>
                  <th scope="col">{t("devfunds.home.state.heading")}</th>
                  {apply ? (
                    <th scope="col" className="num">
                      {t("devfunds.pots.NGO")}
                    </th>
                  ) : (
                    <>
                      <th scope="col" className="num">
                        {t("devfunds.pots.KOMMUN")}
                      </th>
                      <th scope="col" className="num">
                        {t("devfunds.pots.REGION")}
                      </th>
                      {manage && (
                        <th scope="col" className="num">
                          {t("devfunds.pots.NGO")}
                        </th>
                      )}
                    </>
                  )}
                </tr>
              </thead>
              <tbody>
                {rounds.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <Link to={`/utvecklingsmedel/omgangar/${r.id}`}>{t("devfunds.round.title", { year: r.year })}</Link>
                      {isDemoRound(r) && (
                        <>
                          {" "}
                          <DemoTag />
                        </>
                      )}
                    </th>
                    <td className="nowrap">
                      <time dateTime={isoString(r.opensAt)}>{formatDate(r.opensAt)}</time>–
                      <time dateTime={isoString(r.closesAt)}>{formatDate(r.closesAt)}</time>
                    </td>
                    <td>{stateOf(r)}</td>
                    {apply ? (
                      <td className="num nowrap">{formatAmount(r.ngoPot.budget)}</td>
                    ) : (
                      <>
                        <td className="num nowrap">{formatAmount(r.kommunPot.budget)}</td>
                        <td className="num nowrap">{formatAmount(r.regionPot.budget)}</td>
                        {manage && <td className="num nowrap">{formatAmount(r.ngoPot.budget)}</td>}
                      </>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
