import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatAmount, formatDate, formatDateTime, isoString } from "../../../app/format";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { Email } from "../../../app/ui/Email";
import { Notice } from "../../../app/ui/Messages";
import { GrantStatusTag } from "../../grants/components/GrantStatusTag";
import { TARGET_GROUPS } from "../labels";
import { DevFundConfirmJointMutation, DevFundMyAllotmentQuery as MyAllotmentQuery } from "../operations";
import type { MyRequisition, Round } from "../round";
import { FollowUpForm } from "./FollowUpForm";
import { CodedAnswers } from "./CodedAnswers";
import { PartialReports } from "./PartialReports";

/** Our requisition: status, diarienummer, amounts, the joint members' confirmations, then the follow-up. */
export function RequisitionStatus({ requisition: r, round, onMessage }: { requisition: MyRequisition; round: Round; onMessage(message: string): void }) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [confirmJoint, { loading, error, reset }] = useMutation(DevFundConfirmJointMutation, {
    refetchQueries: [{ query: MyAllotmentQuery, variables: { roundId: round.id } }],
    awaitRefetchQueries: true,
  });
  const joint = r.jointMembers.length > 1;
  const mustConfirm = r.availableActions.includes("CONFIRM_JOINT");
  const redistributed = r.requisition?.redistributedAmount ?? 0;

  async function confirm() {
    try {
      const res = await confirmJoint({ variables: { id: r.id } });
      setConfirming(false);
      onMessage(
        res.data!.confirmJointRequisition.status === "REQUISITIONED" ? t("devfunds.myRequisition.jointComplete") : t("devfunds.myRequisition.jointConfirmed"),
      );
    } catch {
      /* shown in the dialog */
    }
  }

  return (
    <section className="section" aria-labelledby="df-myreq">
      <h2 id="df-myreq">{joint ? t("devfunds.myRequisition.headingJoint") : t("devfunds.myRequisition.heading")}</h2>
      <dl className="facts">
        <div>
          <dt>{t("devfunds.requisitions.status")}</dt>
          <dd>
            <GrantStatusTag status={r.status} />
          </dd>
        </div>
        <div>
          <dt>{t("devfunds.diarienummer")}</dt>
          <dd>{r.diarienummer}</dd>
        </div>
        {r.submittedAt && (
          <div>
            <dt>{t("devfunds.myRequisition.submittedAt")}</dt>
            <dd>
              <time dateTime={isoString(r.submittedAt)}>{formatDateTime(r.submittedAt)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>{t("devfunds.myRequisition.requested")}</dt>
          <dd>{formatAmount(r.requestedAmount)}</dd>
        </div>
        {r.grantedAmount != null && (
          <div>
            <dt>{t("devfunds.myRequisition.granted")}</dt>
            <dd>
              {formatAmount(r.grantedAmount)}
              {redistributed > 0 && <span className="muted"> {t("devfunds.myRequisition.ofWhichRedistributed", { amount: formatAmount(redistributed) })}</span>}
            </dd>
          </div>
        )}
        {r.requisition && (
          <>
            <div>
              <dt>{t("devfunds.requisition.paymentMethod")}</dt>
              <dd>
                {t(`devfunds.paymentMethod.${r.requisition.paymentMethod}`)} {r.requisition.paymentNumber}
              </dd>
            </div>
            <div>
              <dt>{t("devfunds.requisitions.wantsMore")}</dt>
              <dd>{r.requisition.wantsMore ? t("devfunds.requisitions.upTo", { amount: formatAmount(r.requisition.wantsMoreUpTo) }) : t("devfunds.no")}</dd>
            </div>
          </>
        )}
        {(r.contactName || r.contactEmail) && (
          <div>
            <dt>{t("devfunds.myRequisition.contact")}</dt>
            <dd>
              {[r.contactName, r.contactEmail].filter(Boolean).length === 2 ? (
                <>
                  {r.contactName}, <Email address={r.contactEmail} />
                </>
              ) : r.contactEmail ? (
                <Email address={r.contactEmail} />
              ) : (
                r.contactName
              )}
            </dd>
          </div>
        )}
        {r.paidAt && (
          <div>
            <dt>{t("devfunds.myRequisition.paidAt")}</dt>
            <dd>
              <time dateTime={isoString(r.paidAt)}>{formatDate(r.paidAt)}</time>
            </dd>
          </div>
        )}
      </dl>

      {r.budgetLines.length > 0 && (
        <>
          <h3>{t("devfunds.requisition.plannedUse")}</h3>
          <ul className="plain-list df-use-list">
            {r.budgetLines.map((b, i) => (
              <li key={i}>
                {t(`devfunds.fundUse.${b.category}`, { defaultValue: b.category })}: {formatAmount(b.amount)}
              </li>
            ))}
          </ul>
        </>
      )}

      {joint && (
        <>
          <h3 id="df-joint-heading">{t("devfunds.myRequisition.members")}</h3>
          <div className="table-wrap table-wrap--fit" role="region" tabIndex={0} aria-labelledby="df-joint-caption">
            <table className="table">
              <caption id="df-joint-caption">{t("devfunds.myRequisition.membersCaption", { lead: r.organisation.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("devfunds.myRequisition.kommun")}</th>
                  <th scope="col">{t("devfunds.myRequisition.confirmation")}</th>
                </tr>
              </thead>
              <tbody>
                {r.jointMembers.map((m) => (
                  <tr key={m.organisation.id}>
                    <th scope="row">
                      {m.organisation.name}
                      {m.organisation.id === r.organisation.id && <span className="df-cell-note">{t("devfunds.myRequisition.lead")}</span>}
                    </th>
                    <td>
                      {m.confirmedAt ? (
                        <span className="status status--positive">{t("devfunds.myRequisition.confirmedAt", { date: formatDate(m.confirmedAt) })}</span>
                      ) : (
                        <span className="status status--waiting">{t("devfunds.myRequisition.notConfirmed")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {mustConfirm && (
        <div className="card df-card">
          <h3 className="df-card__heading">{t("devfunds.myRequisition.confirmHeading")}</h3>
          <p>{t("devfunds.myRequisition.confirmIntro", { lead: r.organisation.name, amount: formatAmount(r.requestedAmount) })}</p>
          <button
            type="button"
            className="button"
            onClick={() => {
              reset();
              setConfirming(true);
            }}
          >
            {t("devfunds.myRequisition.confirm")}
          </button>
          <ConfirmDialog
            open={confirming}
            title={t("devfunds.myRequisition.confirm")}
            confirmLabel={t("devfunds.myRequisition.confirm")}
            busy={loading}
            error={error ? errorInfo(error).message : null}
            onConfirm={() => void confirm()}
            onClose={() => setConfirming(false)}
          >
            <p>{t("devfunds.myRequisition.confirmBody", { lead: r.organisation.name, amount: formatAmount(r.requestedAmount) })}</p>
          </ConfirmDialog>
        </div>
      )}

      <FollowUpPart r={r} round={round} onMessage={onMessage} />
    </section>
  );
}

/** What comes after the payment: the follow-up form, or what was reported and what is to be repaid. */
function FollowUpPart({ r, round, onMessage }: { r: MyRequisition; round: Round; onMessage(message: string): void }) {
  const { t } = useTranslation();
  // Known target groups are stored by their Swedish names; show them in the UI language.
  const targetGroupLabel = (value: string) => {
    const known = TARGET_GROUPS.find((g) => g.value === value);
    return known ? t(`devfunds.targetGroup.${known.key}`) : value;
  };
  switch (r.status) {
    case "AWAITING_CONFIRMATION":
      return <p>{t("devfunds.myRequisition.awaitingConfirmation")}</p>;
    case "REQUISITIONED":
      return <p>{t("devfunds.myRequisition.awaitingPayment", { date: round.followUpDueDate })}</p>;
    case "PAID":
      return (
        <>
          {round.usableUntil && r.partialReports.length > 0 && (
            <PartialReports
              application={r}
              usableUntil={round.usableUntil}
              finalDueDate={round.followUpDueDate}
              refetch={[{ query: MyAllotmentQuery, variables: { roundId: round.id } }]}
              onDone={onMessage}
            />
          )}
          {r.availableActions.includes("SUBMIT_FOLLOW_UP") ? (
            <FollowUpForm application={r} round={round} refetch={[{ query: MyAllotmentQuery, variables: { roundId: round.id } }]} onDone={onMessage} />
          ) : round.usableUntil && r.availableActions.includes("SUBMIT_PARTIAL_REPORT") ? (
            <p>{t("devfunds.multiYear.finalLater", { date: round.usableUntil, final: round.followUpDueDate })}</p>
          ) : (
            <p>{t("devfunds.myRequisition.leadReports", { lead: r.organisation.name, date: round.followUpDueDate })}</p>
          )}
        </>
      );
    case "FOLLOW_UP_COMPLETION":
      return (
        <>
          <Notice title={t("devfunds.review.completionTitle", { date: r.reviewDueDate ?? "" })}>
            <p className="df-prewrap">{r.reviewMessage}</p>
          </Notice>
          {r.availableActions.includes("SUBMIT_FOLLOW_UP") && (
            <FollowUpForm
              application={r}
              previous={r}
              round={round}
              refetch={[{ query: MyAllotmentQuery, variables: { roundId: round.id } }]}
              onDone={onMessage}
            />
          )}
        </>
      );
    case "REPAYMENT_DUE":
    case "REPORTED":
    case "REPAID":
      return (
        <>
          {round.usableUntil && r.partialReports.length > 0 && (
            <PartialReports application={r} usableUntil={round.usableUntil} finalDueDate={round.followUpDueDate} />
          )}
          <h3>{t("devfunds.followUp.reportedHeading")}</h3>
          <ReviewOutcome app={r} />
          {r.status === "REPAYMENT_DUE" && (
            <Notice title={t("devfunds.followUp.repaymentTitle", { amount: formatAmount((r.repaymentAmount ?? 0) - (r.repaidAmount ?? 0)) })}>
              <p>
                {t("devfunds.followUp.repaymentBody", {
                  amount: formatAmount((r.repaymentAmount ?? 0) - (r.repaidAmount ?? 0)),
                  diarienummer: r.diarienummer,
                })}
              </p>
            </Notice>
          )}
          {r.status === "REPAID" && r.repaidAt && (
            <p>{t("devfunds.followUp.repaidAt", { amount: formatAmount(r.repaymentAmount), date: formatDate(r.repaidAt) })}</p>
          )}
          <dl className="facts">
            <div>
              <dt>{t("devfunds.followUp.submittedAt")}</dt>
              <dd>{formatDate(r.followUpSubmittedAt)}</dd>
            </div>
            <div>
              <dt>{t("devfunds.followUp.usedAmount")}</dt>
              <dd>{formatAmount(r.usedAmount)}</dd>
            </div>
            {r.fundFollowUp?.coordinatorPlacement && (
              <div>
                <dt>{t("devfunds.followUp.coordinator")}</dt>
                <dd>{r.fundFollowUp.coordinatorPlacement}</dd>
              </div>
            )}
            {!!r.fundFollowUp?.targetGroups.length && (
              <div>
                <dt>{t("devfunds.followUp.targetGroups")}</dt>
                <dd>{r.fundFollowUp.targetGroups.map(targetGroupLabel).join(", ")}</dd>
              </div>
            )}
            {!!r.fundFollowUp?.assessmentMethods.length && (
              <div>
                <dt>{t("devfunds.followUp.methods")}</dt>
                <dd>{r.fundFollowUp.assessmentMethods.join(", ")}</dd>
              </div>
            )}
          </dl>
          {r.followUpAnswers.some((a) => !a.older) && (
            <>
              <h4 className="df-subheading">{t("devfunds.followUp.codedHeading")}</h4>
              <CodedAnswers answers={r.followUpAnswers} />
            </>
          )}
          {!!r.fundFollowUp?.usedByCategory.length && <h4 className="df-subheading">{t("devfunds.followUp.usedByCategory")}</h4>}
          {!!r.fundFollowUp?.usedByCategory.length && (
            <ul className="plain-list df-use-list">
              {r.fundFollowUp.usedByCategory.map((l) => (
                <li key={l.category}>
                  {t(`devfunds.fundUse.${l.category}`)}: {formatAmount(l.amount)}
                </li>
              ))}
            </ul>
          )}
        </>
      );
    default:
      return null;
  }
}

/** How Socialstyrelsen's review of our follow-up report stands, and a reclaim with its reasons and decision letter. */
export function ReviewOutcome({ app }: { app: Pick<MyRequisition, "id" | "followUpReview" | "reclaimAmount" | "reclaimMotivation"> }) {
  const { t } = useTranslation();
  if (!app.followUpReview) return null;
  return (
    <>
      <p>
        {t("devfunds.review.recipientStatus")}: <strong>{t(`devfunds.review.status.${app.followUpReview}`)}</strong>
      </p>
      {app.followUpReview === "RECLAIMED" && app.reclaimAmount != null && (
        <Notice title={t("devfunds.review.reclaimTitle", { amount: formatAmount(app.reclaimAmount) })}>
          <p>{t("devfunds.review.reclaimBody", { amount: formatAmount(app.reclaimAmount), motivation: app.reclaimMotivation ?? "" })}</p>
          <p>
            <a href={`/api/grant-applications/${app.id}/reclaim-letter.pdf`} download>
              {t("devfunds.review.letter")}
            </a>
          </p>
        </Notice>
      )}
    </>
  );
}
