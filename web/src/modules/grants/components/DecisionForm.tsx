import { useMutation } from "@apollo/client/react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatAmount, parseKronor } from "../../../app/format";
import { RadioGroup, TextAreaField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { DecisionOutcome, GrantApplicationFieldsFragment } from "../../../generated/graphql";
import { DecideGrantApplicationMutation } from "../operations";

const OUTCOMES: DecisionOutcome[] = ["APPROVED", "PARTIALLY_APPROVED", "REJECTED"];
const IDS: Record<string, string> = { outcome: "decision-outcome", grantedAmount: "decision-amount", motivation: "decision-motivation" };

/**
 * Fatta beslut: outcome, amount for a partial grant, motivation; then a second step that says
 * what will be decided, because a decision cannot be changed.
 */
export function DecisionForm({ app, onDone, onCancel }: { app: GrantApplicationFieldsFragment; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const [amount, setAmount] = useState("");
  const [motivation, setMotivation] = useState("");
  const [confirming, setConfirming] = useState(false);
  const errors = useFormErrors();
  const [decide, { loading }] = useMutation(DecideGrantApplicationMutation, { refetchQueries: ["GrantApplications", "GrantCallFigures", "GrantCallsOverview"] });
  const confirmRef = useRef<HTMLDivElement>(null);
  const partial = outcome === "PARTIALLY_APPROVED";
  // The second step replaces the form: put focus on what it says, so it is read out.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  const granted = outcome === "APPROVED" ? app.requestedAmount : outcome === "REJECTED" ? 0 : parseKronor(amount);

  function review(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!outcome) local.outcome = [t("grants.decision.outcomeRequired")];
    if (partial && (granted == null || !Number.isFinite(granted) || granted <= 0 || granted >= app.requestedAmount)) {
      local.grantedAmount = [t("grants.decision.amountRange", { requested: formatAmount(app.requestedAmount) })];
    }
    if (!motivation.trim()) local.motivation = [t("grants.decision.motivationRequired")];
    if (errors.check(local)) {
      errors.clear();
      setConfirming(true);
    }
  }

  async function confirm() {
    if (!outcome) return;
    try {
      await decide({ variables: { id: app.id, input: { outcome, motivation: motivation.trim(), grantedAmount: partial ? granted : null } } });
      onDone();
    } catch (err) {
      setConfirming(false);
      errors.fail(err);
    }
  }

  if (confirming && outcome) {
    return (
      <div className="decision-confirm" tabIndex={-1} ref={confirmRef}>
        <p>{t("grants.decision.confirmBody", { outcome: t(`decisionOutcome.${outcome}`), amount: formatAmount(granted ?? 0), requested: formatAmount(app.requestedAmount), title: app.title })}</p>
        <p className="muted">{t("grants.decision.irreversible")}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void confirm()} disabled={loading}>
            {t("grants.decision.confirm")}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={loading}>
            {t("grants.decision.back")}
          </button>
          {loading && (
            <span className="inline-status" role="status">
              {t("common.saving")}
            </span>
          )}
        </div>
      </div>
    );
  }

  return (
    <form className="form" onSubmit={review} noValidate>
      <FormErrorSummary failure={errors.failure} idFor={(p) => IDS[p]} fallbackId="decision-outcome" />
      <p>{t("grants.decision.requested", { amount: formatAmount(app.requestedAmount) })}</p>
      <RadioGroup<DecisionOutcome>
        id="decision-outcome"
        legend={t("grants.decision.outcome")}
        options={OUTCOMES.map((o) => ({ value: o, label: t(`decisionOutcome.${o}`) }))}
        value={outcome}
        onChange={setOutcome}
        errors={errors.of("outcome")}
      />
      {partial && (
        <TextField
          id="decision-amount"
          label={t("grants.decision.grantedAmount")}
          hint={t("grants.decision.amountHint", { requested: formatAmount(app.requestedAmount) })}
          inputMode="numeric"
          className="input--amount"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          errors={errors.of("grantedAmount")}
        />
      )}
      <TextAreaField id="decision-motivation" label={t("grants.decision.motivation")} rows={5} value={motivation} onChange={(e) => setMotivation(e.target.value)} errors={errors.of("motivation")} />
      <div className="button-row">
        <button type="submit" className="button">
          {t("grants.actions.decide")}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
