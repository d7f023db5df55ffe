import { useMutation } from "@apollo/client/react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatAmount, parseKronor } from "../../../app/format";
import { RadioGroup, TextAreaField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { DecisionOutcome } from "../../../generated/graphql";
import { DevFundDecideMutation, DevFundRoundQuery } from "../../../modules/development-funds/operations";
import type { Round } from "./ManagerRound";
import type { RankingRow } from "./NgoSection";

const OUTCOMES: DecisionOutcome[] = ["APPROVED", "PARTIALLY_APPROVED", "REJECTED"];
const IDS: Record<string, string> = { outcome: "df-decision-outcome", grantedAmount: "df-decision-amount", motivation: "df-decision-motivation" };

/**
 * Beslut on an NGO application: outcome, amount for a partial grant, motivation; then a second
 * step that says what will be decided and what remains of the pot, because a decision is final.
 * The NGO pot needs no consultation.
 */
export function DecisionForm({ row, round, onDone, onCancel }: { row: RankingRow; round: Round; onDone(message: string): void; onCancel(): void }) {
  const { t } = useTranslation();
  const app = row.application;
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const [amount, setAmount] = useState("");
  const [motivation, setMotivation] = useState("");
  const [confirming, setConfirming] = useState(false);
  const errors = useFormErrors();
  const confirmRef = useRef<HTMLDivElement>(null);
  const [decide, { loading }] = useMutation(DevFundDecideMutation, {
    refetchQueries: ["DevFundNgoRanking", "DevFundApplications", { query: DevFundRoundQuery, variables: { id: round.id } }],
    awaitRefetchQueries: true,
  });
  const partial = outcome === "PARTIALLY_APPROVED";
  const granted = outcome === "APPROVED" ? app.requestedAmount : outcome === "REJECTED" ? 0 : parseKronor(amount);
  const remaining = round.ngoPot.remaining;

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function review(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!outcome) local.outcome = [t("devfunds.decision.outcomeRequired")];
    if (partial && (granted == null || !Number.isFinite(granted) || granted <= 0 || granted >= app.requestedAmount)) {
      local.grantedAmount = [t("devfunds.decision.amountRange", { requested: formatAmount(app.requestedAmount) })];
    } else if (outcome && outcome !== "REJECTED" && granted != null && granted > remaining) {
      local.grantedAmount = [t("devfunds.decision.overPot", { remaining: formatAmount(remaining) })];
      if (outcome === "APPROVED") local.outcome = local.grantedAmount;
    }
    if (!motivation.trim()) local.motivation = [t("devfunds.decision.motivationRequired")];
    if (errors.check(local)) {
      errors.clear();
      setConfirming(true);
    }
  }

  async function confirm() {
    if (!outcome) return;
    try {
      await decide({ variables: { id: app.id, input: { outcome, motivation: motivation.trim(), grantedAmount: partial ? granted : null } } });
      onDone(t("devfunds.decision.done", { title: app.title, outcome: t(`devfunds.outcome.${outcome}`), amount: formatAmount(granted ?? 0) }));
    } catch (err) {
      setConfirming(false);
      errors.fail(err);
    }
  }

  if (confirming && outcome) {
    return (
      <div className="decision-confirm" tabIndex={-1} ref={confirmRef}>
        <p>{t("devfunds.decision.confirmBody", { outcome: t(`devfunds.outcome.${outcome}`), amount: formatAmount(granted ?? 0), requested: formatAmount(app.requestedAmount), name: app.organisation.name })}</p>
        <p>{t("devfunds.decision.remainingAfter", { remaining: formatAmount(remaining - (granted ?? 0)) })}</p>
        <p className="muted">{t("devfunds.decision.final")}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void confirm()} disabled={loading}>
            {t("devfunds.decision.confirm")}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={loading}>
            {t("devfunds.decision.back")}
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
      <FormErrorSummary failure={errors.failure} idFor={(p) => IDS[p]} fallbackId="df-decision-outcome" />
      <dl className="facts facts--plain">
        <div>
          <dt>{t("devfunds.decision.requested")}</dt>
          <dd>{formatAmount(app.requestedAmount)}</dd>
        </div>
        <div>
          <dt>{t("devfunds.decision.potRemaining")}</dt>
          <dd>{t("devfunds.decision.potRemainingValue", { remaining: formatAmount(remaining), budget: formatAmount(round.ngoPot.budget) })}</dd>
        </div>
      </dl>
      <RadioGroup<DecisionOutcome>
        id="df-decision-outcome"
        legend={t("devfunds.decision.outcome")}
        options={OUTCOMES.map((o) => ({ value: o, label: t(`devfunds.outcome.${o}`) }))}
        value={outcome}
        onChange={setOutcome}
        errors={errors.of("outcome")}
      />
      {partial && (
        <TextField
          id="df-decision-amount"
          label={t("devfunds.decision.grantedAmount")}
          hint={t("devfunds.decision.amountHint", { requested: formatAmount(app.requestedAmount) })}
          inputMode="numeric"
          className="input--amount"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          errors={errors.of("grantedAmount")}
        />
      )}
      <TextAreaField id="df-decision-motivation" label={t("devfunds.decision.motivation")} rows={5} value={motivation} onChange={(e) => setMotivation(e.target.value)} errors={errors.of("motivation")} />
      <div className="button-row">
        <button type="submit" className="button">
          {t("devfunds.decision.review")}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
