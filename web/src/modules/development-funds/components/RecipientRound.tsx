import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatAmount, formatDate, formatNumber } from "../../../app/format";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert, Notice } from "../../../app/ui/Messages";
import { DevFundMyAllotmentQuery } from "../operations";
import type { Round } from "../round";
import { DeclineSection } from "./DeclineSection";
import { AdvanceNotice } from "./AdvanceNotice";
import { RequisitionForm } from "./RequisitionForm";
import { RequisitionStatus } from "./RequisitionStatus";
import { CaseThreadSection } from "../../grants/components/CaseThreadSection";

/** A kommun's or region's round: our allotment, then the requisition form or our requisition and its follow-up. */
export function RecipientRound({ round }: { round: Round }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(DevFundMyAllotmentQuery, { variables: { roundId: round.id } });
  const [done, setDone] = useState("");
  const mine = data?.myAllotment;

  if (error && !mine) return <ErrorAlert>{errorInfo(error).message}</ErrorAlert>;
  if (!mine) return <Loading />;
  if (!round.allocationPublishedAt) {
    return mine.notice ? (
      <AdvanceNotice round={round} notice={mine.notice} />
    ) : (
      <Notice title={t("devfunds.recipient.notPublishedTitle")}>
        <p>{t("devfunds.recipient.notPublished", { year: round.year })}</p>
      </Notice>
    );
  }

  const allotment = mine.allotment;
  const requisition = mine.requisition;
  const notice = mine.notice;
  const difference = mine.differenceFromNotice;

  return (
    <>
      <section className="section" aria-labelledby="df-allotment">
        <h2 id="df-allotment">{t("devfunds.recipient.allotmentHeading")}</h2>
        {allotment ? (
          <ul className="figures df-figures">
            <li className="figure">
              <span className="figure__label">{t("devfunds.recipient.allotmentOf", { name: allotment.organisation.name })}</span>
              <span className="figure__value" id="df-allotment-amount">
                {formatAmount(allotment.amount)}
              </span>
            </li>
            {allotment.population != null && (
              <li className="figure">
                <span className="figure__label">{t("devfunds.recipient.population")}</span>
                <span className="figure__value">{formatNumber(allotment.population)}</span>
              </li>
            )}
            {notice && difference != null && (
              <li className="figure">
                <span className="figure__label">{t("devfunds.notice.was", { amount: formatAmount(notice.amount) })}</span>
                <span className="figure__value" id="df-notice-difference">
                  {difference === 0
                    ? t("devfunds.notice.same")
                    : t(difference > 0 ? "devfunds.notice.more" : "devfunds.notice.less", { amount: formatAmount(Math.abs(difference)) })}
                </span>
              </li>
            )}
          </ul>
        ) : (
          <EmptyState>{t("devfunds.recipient.noAllotment")}</EmptyState>
        )}
        {allotment && (
          <p className="field__hint">{allotment.organisation.kind === "KOMMUN" ? t("devfunds.recipient.keyKommun") : t("devfunds.recipient.keyRegion")}</p>
        )}
      </section>
      <LiveStatus>{done}</LiveStatus>
      {requisition ? (
        <>
          <RequisitionStatus requisition={requisition} round={round} onMessage={setDone} />
          {requisition.hasCaseThread && <CaseThreadSection applicationId={requisition.id} />}
        </>
      ) : mine.status === "DECLINED" ? (
        <DeclineSection round={round} mine={mine} onDone={setDone} />
      ) : allotment && mine.availableActions.includes("REQUISITION") ? (
        <>
          <DeclineSection round={round} mine={mine} onDone={setDone} />
          <RequisitionForm round={round} allotment={allotment} onDone={setDone} />
        </>
      ) : allotment ? (
        <p>
          {Date.now() < new Date(round.opensAt).getTime()
            ? t("devfunds.recipient.notYetOpen", { date: formatDate(round.opensAt) })
            : t("devfunds.recipient.closedWithout", { date: formatDate(round.closesAt) })}
        </p>
      ) : null}
    </>
  );
}
