import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { type Resolver, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import i18n from "../../../app/i18n";
import { errorInfo } from "../../../app/errors";
import { formatAmount } from "../../../app/format";
import { RadioGroup, TextAreaField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { ErrorAlert } from "../../../app/ui/Messages";
import { errorPaths, useFormErrors } from "../../../app/ui/useFormErrors";
import type { DecisionOutcome, GrantApplicationStatus } from "../../../generated/graphql";
import { DevFundAssessmentQuery, DevFundProposeMutation } from "../operations";

const tr = (key: string) => i18n.t(`devfunds.assessment.${key}`);
const average = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const OUTCOMES: DecisionOutcome[] = ["APPROVED", "PARTIALLY_APPROVED", "REJECTED"];
/** The states in which an application waits for a decision, and so takes a proposal. */
export const PROPOSABLE_STATUSES: readonly GrantApplicationStatus[] = ["SUBMITTED", "IN_CONSULTATION", "CONSULTED"];

/**
 * The decision view of an application's assessment: each criterion's points per reviewer side by
 * side, the totals and their mean, the officer's proposal, and once decided who took part.
 */
export function AssessmentView({ applicationId, canPropose }: { applicationId: string; canPropose: boolean }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(DevFundAssessmentQuery, { variables: { applicationId } });
  const [done, setDone] = useState("");
  const view = data?.applicationAssessment;
  if (error && !view) return <ErrorAlert>{errorInfo(error).message}</ErrorAlert>;
  if (!view) return <Loading />;
  const name = (c: { name: string; nameEn?: string | null }) => (i18n.language === "en" && c.nameEn ? c.nameEn : c.name);
  const points = (r: (typeof view.reviews)[number], criterionId: string) => r.scores.find((s) => s.criterionId === criterionId)?.points;
  const record = data.grantApplication.decisionAssessment;
  return (
    <div>
      <LiveStatus>{done}</LiveStatus>
      {view.reviews.length === 0 ? (
        <p>{t("devfunds.assessment.noReviewers")}</p>
      ) : (
        <div className="table-wrap" role="region" tabIndex={0} aria-labelledby={`as-caption-${applicationId}`}>
          <table className="table df-table--compact">
            <caption id={`as-caption-${applicationId}`}>{t("devfunds.assessment.sideBySide")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("devfunds.assessment.criterion")}</th>
                {view.reviews.map((r) => (
                  <th scope="col" key={r.reviewerId} className="num">
                    {r.reviewerName}
                    <span className="df-cell-note">{t(`devfunds.assessment.statusLabel.${r.status}`)}</span>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {view.criteria.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    {name(c)} <span className="df-cell-note">{t("devfunds.assessment.ofMax", { max: c.maxPoints })}</span>
                  </th>
                  {view.reviews.map((r) => (
                    <td key={r.reviewerId} className="num">
                      {points(r, c.id) ?? "–"}
                    </td>
                  ))}
                </tr>
              ))}
              <tr>
                <th scope="row">{t("devfunds.assessment.total", { max: view.maxTotal })}</th>
                {view.reviews.map((r) => (
                  <td key={r.reviewerId} className="num">
                    {r.total ?? "–"}
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </div>
      )}
      <p>{view.averageTotal == null ? t("devfunds.assessment.noAverage") : t("devfunds.assessment.average", { average: average.format(view.averageTotal) })}</p>
      {view.reviews.some((r) => r.comment) && (
        <>
          <h3>{t("devfunds.assessment.comments")}</h3>
          <ul>
            {view.reviews
              .filter((r) => r.comment)
              .map((r) => (
                <li key={r.reviewerId}>
                  <strong>{r.reviewerName}:</strong> {r.comment}
                </li>
              ))}
          </ul>
        </>
      )}
      <h3>{t("devfunds.assessment.proposalHeading")}</h3>
      {view.proposal ? (
        <p>
          {t(`devfunds.outcome.${view.proposal.outcome}`)}
          {view.proposal.amount ? `, ${formatAmount(view.proposal.amount)}` : ""}. {view.proposal.motivation}{" "}
          <span className="muted">({view.proposal.proposedByName})</span>
        </p>
      ) : (
        <p>{t("devfunds.assessment.noProposal")}</p>
      )}
      {canPropose && <ProposalForm applicationId={applicationId} onDone={setDone} />}
      {record && (
        <>
          <h3>{t("devfunds.assessment.recordHeading")}</h3>
          <p>
            {t("devfunds.assessment.participants", { names: record.participants.map((p) => p.name).join(", ") || "–" })}{" "}
            {record.noneDisqualifiedTookPart && t("devfunds.assessment.noneDisqualified")}
          </p>
          {record.disqualified.length > 0 && <p>{t("devfunds.assessment.disqualifiedList", { names: record.disqualified.join(", ") })}</p>}
        </>
      )}
    </div>
  );
}

interface ProposalValues {
  outcome: DecisionOutcome | null;
  amount: string;
  motivation: string;
}

function proposalSchema() {
  return z
    .object({
      outcome: z.enum(OUTCOMES as [DecisionOutcome, ...DecisionOutcome[]]).nullable(),
      amount: z.string(),
      motivation: z.string().max(10_000, { error: () => tr("motivationTooLong") }),
    })
    .superRefine((v, ctx) => {
      if (!v.outcome) ctx.addIssue({ code: "custom", path: ["outcome"], message: tr("chooseOutcome") });
      if (v.outcome === "PARTIALLY_APPROVED" && !/^\d+$/.test(v.amount.replace(/\s/g, "")))
        ctx.addIssue({ code: "custom", path: ["amount"], message: tr("enterAmount") });
      if (!v.motivation.trim()) ctx.addIssue({ code: "custom", path: ["motivation"], message: tr("motivationRequired") });
    });
}

function ProposalForm({ applicationId, onDone }: { applicationId: string; onDone(message: string): void }) {
  const { t } = useTranslation();
  const prefix = `as-proposal-${applicationId}`;
  const errors = useFormErrors();
  const [propose, { loading }] = useMutation(DevFundProposeMutation, { refetchQueries: ["DevFundAssessment"], awaitRefetchQueries: true });
  const form = useForm<ProposalValues>({
    defaultValues: { outcome: null, amount: "", motivation: "" },
    resolver: (values, context, options) => (zodResolver(proposalSchema()) as unknown as Resolver<ProposalValues>)(values, context, options),
    shouldFocusError: false,
  });
  const values = useWatch({ control: form.control }) as ProposalValues;
  const live = errorPaths(form.formState.errors);
  const of = (path: string) => live[path] ?? errors.of(path);

  async function send(v: ProposalValues) {
    try {
      await propose({
        variables: {
          applicationId,
          input: {
            outcome: v.outcome!,
            amount: v.outcome === "PARTIALLY_APPROVED" ? Number(v.amount.replace(/\s/g, "")) : null,
            motivation: v.motivation.trim(),
          },
        },
      });
      onDone(t("devfunds.assessment.proposed"));
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit(send, (found) => errors.check(errorPaths(found)))}>
      <FormErrorSummary
        failure={errors.failure}
        idFor={(p) => ({ outcome: `${prefix}-outcome`, amount: `${prefix}-amount`, motivation: `${prefix}-motivation` })[p]}
        fallbackId={`${prefix}-outcome`}
      />
      <RadioGroup<DecisionOutcome>
        id={`${prefix}-outcome`}
        legend={t("devfunds.assessment.proposeLegend")}
        value={values.outcome}
        onChange={(v) => form.setValue("outcome", v, { shouldValidate: form.formState.isSubmitted })}
        options={OUTCOMES.map((o) => ({ value: o, label: t(`devfunds.outcome.${o}`) }))}
        errors={of("outcome")}
      />
      {values.outcome === "PARTIALLY_APPROVED" && (
        <TextField id={`${prefix}-amount`} label={t("devfunds.assessment.amount")} inputMode="numeric" {...form.register("amount")} errors={of("amount")} />
      )}
      <TextAreaField
        id={`${prefix}-motivation`}
        label={t("devfunds.assessment.motivation")}
        rows={3}
        {...form.register("motivation")}
        errors={of("motivation")}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t("devfunds.assessment.saveProposal")}
        </button>
        {loading && (
          <span className="inline-status" role="status">
            {t("common.saving")}
          </span>
        )}
      </div>
    </form>
  );
}
