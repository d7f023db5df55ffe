import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatAmount, formatDate, parseKronor } from "../../../app/format";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { TextAreaField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { GrantApplicationFieldsFragment } from "../../../generated/graphql";
import { SubmitGrantFollowUpMutation } from "../operations";
import { KronorField } from "../../../app/ui/AmountInput";

const IDS: Record<string, string> = { report: "followup-report", usedAmount: "followup-used" };

/** Återrapportering after payout: what was done and how much was used; the rest is to be repaid. */
export function FollowUpForm({ app, onDone }: { app: GrantApplicationFieldsFragment; onDone(message: string): void }) {
  const { t } = useTranslation();
  const [report, setReport] = useState("");
  const [used, setUsed] = useState("");
  const [confirming, setConfirming] = useState(false);
  const errors = useFormErrors();
  const [submit, { loading }] = useMutation(SubmitGrantFollowUpMutation);
  const granted = app.grantedAmount ?? 0;
  const usedAmount = parseKronor(used);
  const repayment = usedAmount != null && Number.isFinite(usedAmount) ? Math.max(0, granted - usedAmount) : null;

  function ask(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!report.trim()) local.report = [t("grants.followUp.reportRequired")];
    if (usedAmount == null || !Number.isFinite(usedAmount)) local.usedAmount = [t("grants.form.amountInvalid")];
    else if (usedAmount > granted) local.usedAmount = [t("grants.followUp.tooMuch", { granted: formatAmount(granted) })];
    if (errors.check(local)) setConfirming(true);
  }

  async function confirm() {
    try {
      await submit({ variables: { id: app.id, input: { report: report.trim(), usedAmount: usedAmount ?? 0 } } });
      setConfirming(false);
      errors.clear();
      onDone(t("grants.followUp.done"));
    } catch (err) {
      setConfirming(false);
      errors.fail(err);
    }
  }

  return (
    <section className="section card" aria-labelledby="followup-heading">
      <h2 id="followup-heading">{t("grants.followUp.heading")}</h2>
      <p>{t("grants.followUp.intro", { date: formatDate(app.call.followUpDueDate), granted: formatAmount(granted) })}</p>
      <FormErrorSummary failure={errors.failure} idFor={(p) => IDS[p]} fallbackId="followup-report" />
      <form className="form" onSubmit={ask} noValidate>
        <TextAreaField
          id="followup-report"
          label={t("grants.followUp.report")}
          rows={6}
          value={report}
          onChange={(e) => setReport(e.target.value)}
          errors={errors.of("report")}
        />
        <KronorField
          id="followup-used"
          label={t("grants.followUp.usedAmount")}
          hint={t("grants.form.amountHint")}
          value={used}
          onChange={(e) => setUsed(e.target.value)}
          errors={errors.of("usedAmount")}
        />
        <p aria-live="polite">{repayment != null && t("grants.followUp.repayment", { amount: formatAmount(repayment) })}</p>
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t("grants.followUp.submit")}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t("grants.followUp.confirmTitle")}
        confirmLabel={t("grants.followUp.submit")}
        busy={loading}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      >
        <p>{t("grants.followUp.confirmBody", { used: formatAmount(usedAmount ?? 0), repayment: formatAmount(repayment ?? 0) })}</p>
      </ConfirmDialog>
    </section>
  );
}
