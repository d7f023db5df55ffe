import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { formatDate, formatDateTime, isoString } from "../../app/format";
import { useMe } from "../../app/session";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { Loading } from "../../app/ui/Loading";
import { ErrorAlert, Notice } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { DemoTag } from "../../modules/development-funds/components/StatusBadge";
import { isDemoRound } from "../../modules/development-funds/labels";
import { DevFundRoundQuery } from "../../modules/development-funds/operations";
import { ManagerRound } from "../../modules/development-funds/components/ManagerRound";
import { NgoRound } from "../../modules/development-funds/components/NgoRound";
import { RecipientRound } from "../../modules/development-funds/components/RecipientRound";
import { useFlash } from "../../app/ui/useFlash";

/** One year's development funds; what it shows depends on who is looking. */
export function RoundPage() {
  const { roundId = "" } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const can = (a: string) => me.abilities.includes(a);
  const [flash] = useFlash();
  const { data, error } = useQuery(DevFundRoundQuery, { variables: { id: roundId } });
  const round = data?.developmentFundRound;
  useDocumentTitle(round ? t("devfunds.round.title", { year: round.year }) : t("devfunds.home.title"));

  if (error && !round) {
    return (
      <>
        <h1>{t("devfunds.round.notFoundTitle")}</h1>
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
        <p>
          <Link to="/utvecklingsmedel">{t("devfunds.round.back")}</Link>
        </p>
      </>
    );
  }
  if (!round) return <Loading />;
  const demo = isDemoRound(round);

  return (
    <>
      <p className="breadcrumb">
        <Link to="/utvecklingsmedel">{t("devfunds.home.title")}</Link>
      </p>
      <h1>
        {t("devfunds.round.title", { year: round.year })}
        {demo && (
          <>
            {" "}
            <DemoTag />
          </>
        )}
      </h1>
      <LiveStatus>{flash}</LiveStatus>
      {demo && (
        <Notice title={t("devfunds.demo.noticeTitle")}>
          <p>{t("devfunds.demo.noticeBody")}</p>
        </Notice>
      )}
      <dl className="facts">
        <div>
          <dt>{can("devfunds.apply") && !can("devfunds.manage") ? t("devfunds.round.applicationWindow") : t("devfunds.round.window")}</dt>
          <dd>
            <time dateTime={isoString(round.opensAt)}>{formatDate(round.opensAt)}</time>–
            <time dateTime={isoString(round.closesAt)}>{formatDate(round.closesAt)}</time>{" "}
            <span className="muted">
              (
              {round.isOpen
                ? t("devfunds.round.open")
                : Date.now() < new Date(round.opensAt).getTime()
                  ? t("devfunds.round.notYetOpen")
                  : t("devfunds.round.closed")}
              )
            </span>
          </dd>
        </div>
        <div>
          <dt>{t("devfunds.round.followUpDue")}</dt>
          <dd>
            {round.followUpDueDate}
            {can("devfunds.manage") && round.followUpQuestionnaireId && (
              <>
                {" "}
                <Link to={`/enkater/${round.followUpQuestionnaireId}`}>{t("devfunds.round.followUpForm")}</Link>
              </>
            )}
          </dd>
        </div>
        {!can("devfunds.apply") && (
          <div>
            <dt>{t("devfunds.round.allocation")}</dt>
            <dd>
              {round.allocationPublishedAt ? (
                <>
                  {t("devfunds.round.publishedAt")} <time dateTime={isoString(round.allocationPublishedAt)}>{formatDateTime(round.allocationPublishedAt)}</time>
                </>
              ) : (
                t("devfunds.round.notPublished")
              )}
            </dd>
          </div>
        )}
      </dl>
      {can("devfunds.manage") ? <ManagerRound round={round} /> : can("devfunds.requisition") ? <RecipientRound round={round} /> : <NgoRound round={round} />}
    </>
  );
}
