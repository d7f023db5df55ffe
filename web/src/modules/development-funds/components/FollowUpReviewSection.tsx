import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatAmount, formatDate, isoString, parseKronor } from "../../../app/format";
import { addDays, isDate, todayInStockholm } from "../../../app/stockholmTime";
import { KronorField } from "../../../app/ui/AmountInput";
import { DateField } from "../../../app/ui/DateTimeFields";
import { Dialog } from "../../../app/ui/Dialog";
import { SelectField, TextAreaField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { DevFundFollowUpReviewsQuery, FollowUpReviewStatus } from "../../../generated/graphql";
import { GrantStatusTag } from "../../grants/components/GrantStatusTag";
import {
  DevFundApproveFollowUpMutation,
  DevFundFollowUpReviewsQuery as ReviewsQuery,
  DevFundReclaimMutation,
  DevFundRequestFollowUpCompletionMutation,
} from "../operations";
import type { Round } from "../round";
import { CodedAnswers } from "./CodedAnswers";
import { PartialReports } from "./PartialReports";

type Report = DevFundFollowUpReviewsQuery["grantApplications"]["items"][number];
type Mode = "read" | "completion" | "reclaim" | "confirmReclaim" | "confirmApprove";

const STATUSES: FollowUpReviewStatus[] = ["AWAITING_REVIEW", "COMPLETION_REQUESTED", "APPROVED", "RECLAIMED"];
const LIMIT = 100;

/** Granskning: the round's follow-up reports by how their review stands, each opened to approve, ask for a completion or reclaim. */
export function FollowUpReviewSection({ round }: { round: Round }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState<FollowUpReviewStatus | "ALL">("AWAITING_REVIEW");
  const [open, setOpen] = useState<Report | null>(null);
  const [done, setDone] = useState("");
  const { data, error, loading } = useQuery(ReviewsQuery, {
    variables: { callIds: [round.kommunPot.id, round.regionPot.id, round.ngoPot.id], reviews: filter === "ALL" ? STATUSES : [filter], limit: LIMIT },
  });
  const items = data?.grantApplications.items ?? [];

  return (
    <section className="section" id="df-review" aria-labelledby="df-review-heading">
      <h2 id="df-review-heading">{t("devfunds.review.heading")}</h2>
      <p>{t("devfunds.review.intro")}</p>
      <SelectField
        id="df-review-filter"
        label={t("devfunds.review.filter")}
        value={filter}
        onChange={(e) => setFilter(e.target.value as FollowUpReviewStatus | "ALL")}
      >
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`devfunds.review.status.${s}`)}
          </option>
        ))}
        <option value="ALL">{t("devfunds.review.all")}</option>
      </SelectField>
      <LiveStatus>{done}</LiveStatus>
      {error && !data ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !data ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState>{t("devfunds.review.none")}</EmptyState>
      ) : (
        <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="df-review-caption" aria-busy={loading}>
          <table className="table">
            <caption id="df-review-caption">{t("devfunds.review.caption", { count: data.grantApplications.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("devfunds.review.recipient")}</th>
                <th scope="col">{t("devfunds.diarienummer")}</th>
                <th scope="col">{t("devfunds.review.due")}</th>
                <th scope="col" className="num">
                  {t("devfunds.review.used")}
                </th>
                <th scope="col">{t("devfunds.review.review")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("devfunds.review.open")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <th scope="row">{a.organisation.name}</th>
                  <td className="nowrap">{a.diarienummer}</td>
                  <td className="nowrap">{a.reviewDueDate && a.followUpReview === "COMPLETION_REQUESTED" ? a.reviewDueDate : a.call.followUpDueDate}</td>
                  <td className="num nowrap">
                    {t("devfunds.review.usedOf", { used: formatAmount(a.usedAmount ?? 0), granted: formatAmount(a.grantedAmount ?? 0) })}
                  </td>
                  <td>
                    {a.followUpReview && t(`devfunds.review.status.${a.followUpReview}`)}
                    {a.reclaimAmount != null && (
                      <span className="df-cell-note">{t("devfunds.review.reclaimed", { amount: formatAmount(a.reclaimAmount) })}</span>
                    )}
                    <span className="df-cell-note">
                      <GrantStatusTag status={a.status} />
                    </span>
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-label={t("devfunds.review.openFor", { name: a.organisation.name })}
                      onClick={() => setOpen(a)}
                    >
                      {t("devfunds.review.open")}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {open && (
        <ReviewDialog
          report={open}
          round={round}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            setDone(message);
          }}
        />
      )}
    </section>
  );
}

/** One report: what was reported, then what the server offers the reviewer. */
function ReviewDialog({ report: a, round, onClose, onDone }: { report: Report; round: Round; onClose(): void; onDone(message: string): void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<Mode>("read");
  const [message, setMessage] = useState("");
  const [dueDate, setDueDate] = useState(() => addDays(todayInStockholm(), 14));
  const [amount, setAmount] = useState("");
  const [motivation, setMotivation] = useState("");
  const errors = useFormErrors();
  const refetchQueries = ["DevFundFollowUpReviews", "DevFundApplications"];
  const [approve, approving] = useMutation(DevFundApproveFollowUpMutation, { refetchQueries });
  const [complete, completing] = useMutation(DevFundRequestFollowUpCompletionMutation, { refetchQueries });
  const [reclaim, reclaiming] = useMutation(DevFundReclaimMutation, { refetchQueries });
  const busy = approving.loading || completing.loading || reclaiming.loading;
  const offered = new Set(a.availableActions);
  const kronor = parseKronor(amount);
  const name = a.organisation.name;

  async function run(action: () => Promise<unknown>, done: string, back: Mode) {
    try {
      await action();
      onDone(done);
    } catch (err) {
      setMode(back);
      errors.fail(err);
    }
  }

  function checkCompletion(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!message.trim()) local.message = [t("devfunds.review.messageRequired")];
    if (!isDate(dueDate)) local.dueDate = [t("devfunds.dateInvalid")];
    else if (dueDate <= todayInStockholm()) local.dueDate = [t("devfunds.review.dueInFuture")];
    if (!errors.check(local)) return;
    void run(
      () => complete({ variables: { id: a.id, message: message.trim(), dueDate } }),
      t("devfunds.review.completionDone", { name, date: dueDate }),
      "completion",
    );
  }

  function checkReclaim(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (kronor == null || !Number.isFinite(kronor) || kronor <= 0) local.amount = [t("devfunds.review.amountInvalid")];
    if (!motivation.trim()) local.motivation = [t("devfunds.review.motivationRequired")];
    if (!errors.check(local)) return;
    setMode("confirmReclaim");
  }

  const paid = a.grantedAmount ?? 0;
  return (
    <Dialog open title={t("devfunds.review.dialogTitle", { name })} onClose={onClose}>
      <dl className="facts">
        <div>
          <dt>{t("devfunds.diarienummer")}</dt>
          <dd>{a.diarienummer}</dd>
        </div>
        <div>
          <dt>{t("devfunds.review.submitted")}</dt>
          <dd>{a.followUpSubmittedAt && <time dateTime={isoString(a.followUpSubmittedAt)}>{formatDate(a.followUpSubmittedAt)}</time>}</dd>
        </div>
        <div>
          <dt>{t("devfunds.review.used")}</dt>
          <dd>{t("devfunds.review.usedOf", { used: formatAmount(a.usedAmount ?? 0), granted: formatAmount(paid) })}</dd>
        </div>
        {!!a.repaymentAmount && (
          <div>
            <dt>{t("devfunds.review.toRepay")}</dt>
            <dd>{formatAmount(a.repaymentAmount)}</dd>
          </div>
        )}
        <div>
          <dt>{t("devfunds.review.review")}</dt>
          <dd>{a.followUpReview && t(`devfunds.review.status.${a.followUpReview}`)}</dd>
        </div>
      </dl>
      {round.usableUntil && a.partialReports.length > 0 && (
        <PartialReports application={a} usableUntil={round.usableUntil} finalDueDate={round.followUpDueDate} />
      )}
      {a.followUpReport && (
        <>
          <h3 className="df-subheading">{t("devfunds.followUp.report")}</h3>
          <p className="df-prewrap">{a.followUpReport}</p>
        </>
      )}
      <CodedAnswers answers={a.followUpAnswers} />

      {mode === "read" && (
        <div className="button-row">
          {offered.has("APPROVE_FOLLOW_UP") && (
            <button type="button" className="button" onClick={() => setMode("confirmApprove")}>
              {t("devfunds.review.approve")}
            </button>
          )}
          {offered.has("REQUEST_FOLLOW_UP_COMPLETION") && (
            <button type="button" className="button button--secondary" onClick={() => setMode("completion")}>
              {t("devfunds.review.requestCompletion")}
            </button>
          )}
          {offered.has("RECLAIM") && (
            <button type="button" className="button button--secondary" onClick={() => setMode("reclaim")}>
              {t("devfunds.review.reclaim")}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("devfunds.review.close")}
          </button>
        </div>
      )}

      {mode === "confirmApprove" && (
        <div className="card df-card">
          <p>{t("devfunds.review.approveBody", { name })}</p>
          {errors.failure && <ErrorAlert>{errors.failure.message}</ErrorAlert>}
          <div className="button-row">
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run(() => approve({ variables: { id: a.id } }), t("devfunds.review.approveDone", { name }), "confirmApprove")}
            >
              {t("devfunds.review.approve")}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setMode("read")}>
              {t("common.cancel")}
            </button>
          </div>
        </div>
      )}

      {mode === "completion" && (
        <form className="form" onSubmit={checkCompletion} noValidate aria-busy={busy}>
          <FormErrorSummary
            failure={errors.failure}
            idFor={(p) => ({ message: "df-review-message", dueDate: "df-review-due" })[p]}
            fallbackId="df-review-message"
          />
          <TextAreaField
            id="df-review-message"
            label={t("devfunds.review.message")}
            hint={t("devfunds.review.messageHint")}
            rows={4}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            errors={errors.of("message")}
          />
          <DateField
            id="df-review-due"
            label={t("devfunds.review.dueDate")}
            value={dueDate}
            onChange={(e) => setDueDate(e.target.value)}
            errors={errors.of("dueDate")}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={busy}>
              {t("devfunds.review.requestCompletion")}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setMode("read")}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      )}

      {mode === "reclaim" && (
        <form className="form" onSubmit={checkReclaim} noValidate>
          <FormErrorSummary
            failure={errors.failure}
            idFor={(p) => ({ amount: "df-reclaim-amount", motivation: "df-reclaim-motivation" })[p]}
            fallbackId="df-reclaim-amount"
          />
          <KronorField
            id="df-reclaim-amount"
            label={t("devfunds.review.amount")}
            hint={t("devfunds.review.amountHint", { paid: formatAmount(paid), due: formatAmount(a.repaymentAmount ?? 0) })}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
            errors={errors.of("amount")}
          />
          <TextAreaField
            id="df-reclaim-motivation"
            label={t("devfunds.review.motivation")}
            hint={t("devfunds.review.motivationHint")}
            rows={4}
            value={motivation}
            onChange={(e) => setMotivation(e.target.value)}
            errors={errors.of("motivation")}
          />
          <div className="button-row">
            <button type="submit" className="button">
              {t("devfunds.review.reclaimReview")}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setMode("read")}>
              {t("common.cancel")}
            </button>
          </div>
        </form>
      )}

      {mode === "confirmReclaim" && kronor != null && (
        <div className="card df-card" role="group" aria-labelledby="df-reclaim-confirm">
          <h3 id="df-reclaim-confirm" className="df-card__heading">
            {t("devfunds.review.confirmReclaimTitle", { amount: formatAmount(kronor), name })}
          </h3>
          <p>{t("devfunds.review.confirmReclaimBody", { amount: formatAmount(kronor), name })}</p>
          <p className="df-prewrap">{motivation.trim()}</p>
          <div className="button-row">
            <button
              type="button"
              className="button button--danger"
              disabled={busy}
              onClick={() =>
                void run(
                  () => reclaim({ variables: { id: a.id, input: { amount: kronor, motivation: motivation.trim() } } }),
                  t("devfunds.review.reclaimDone", { name, amount: formatAmount(kronor) }),
                  "reclaim",
                )
              }
            >
              {t("devfunds.review.reclaimConfirm")}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setMode("reclaim")}>
              {t("devfunds.review.back")}
            </button>
            {busy && (
              <span className="inline-status" role="status">
                {t("common.saving")}
              </span>
            )}
          </div>
        </div>
      )}
    </Dialog>
  );
}
