import { type FormEvent, type ReactNode, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatAmount, parseKronor } from "../../../app/format";
import { RadioGroup, SelectField, TextAreaField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { DecisionInput, DecisionOutcome } from "../../../generated/graphql";
import { KronorField } from "../../../app/ui/AmountInput";

const OUTCOMES: DecisionOutcome[] = ["APPROVED", "PARTIALLY_APPROVED", "REJECTED"];

interface Props {
  app: { id: string; title: string; requestedAmount: number; organisation: { name: string }; presentingOfficers?: { id: string; name: string }[] };
  /** Field ids are `${idPrefix}-outcome`, `${idPrefix}-amount` and `${idPrefix}-motivation`. */
  idPrefix: string;
  /**
   * Where the texts are: `${ns}.outcome`, `outcomeRequired`, `grantedAmount`, `amountHint`,
   * `amountRange`, `motivation`, `motivationRequired`, `confirmBody` (given outcome, amount,
   * requested, title and name), `confirm` and `back`.
   */
  ns: string;
  /** Where the outcomes' names are: `${outcomeNs}.APPROVED` … */
  outcomeNs: string;
  /** The submit button of the first step. */
  reviewLabel: string;
  /** Said in the second step, under what will be decided: that a decision is final. */
  finalNote: string;
  /** Said in both steps when the decision is made without something it normally rests on (an opinion). */
  warning?: string;
  /** Shown above the outcome: the amount applied for, and what else the decider needs. */
  summary: ReactNode;
  /** A limit on the amount granted (what is left in a pot): its size, the message when over it and a line for the second step. */
  limit?: { max: number; overMessage: string; after(granted: number): ReactNode };
  /** Given when the server says granting money now passes over a higher-ranked application: the reason's label, hint and message when missing. */
  rankingReason?: { label: string; hint: string; required: string };
  decide(input: DecisionInput): Promise<unknown>;
  busy: boolean;
  onDone(outcome: DecisionOutcome, granted: number): void;
  onCancel(): void;
}

/**
 * Fatta beslut on a grant application: outcome, amount for a partial grant, motivation; then a
 * second step that says what will be decided, because a decision cannot be changed.
 */
export function DecisionForm({
  app,
  idPrefix,
  ns,
  outcomeNs,
  reviewLabel,
  finalNote,
  warning,
  summary,
  limit,
  rankingReason,
  decide,
  busy,
  onDone,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const [amount, setAmount] = useState("");
  const [motivation, setMotivation] = useState("");
  const [presentedById, setPresentedById] = useState("");
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const errors = useFormErrors();
  const confirmRef = useRef<HTMLDivElement>(null);
  const ids: Record<string, string> = {
    outcome: `${idPrefix}-outcome`,
    grantedAmount: `${idPrefix}-amount`,
    motivation: `${idPrefix}-motivation`,
    presentedById: `${idPrefix}-presented-by`,
    rankingDeviationReason: `${idPrefix}-ranking-reason`,
  };
  // The officers the server offers as föredragande; the decider presents the case when none is chosen.
  const officers = app.presentingOfficers ?? [];
  const partial = outcome === "PARTIALLY_APPROVED";
  const granted = outcome === "APPROVED" ? app.requestedAmount : outcome === "REJECTED" ? 0 : parseKronor(amount);
  const asksReason = !!rankingReason && outcome != null && outcome !== "REJECTED";
  const outcomeName = (o: DecisionOutcome) => t(`${outcomeNs}.${o}`);

  // The second step replaces the form: put focus on what it says, so it is read out.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  function review(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!outcome) local.outcome = [t(`${ns}.outcomeRequired`)];
    if (partial && (granted == null || !Number.isFinite(granted) || granted <= 0 || granted >= app.requestedAmount)) {
      local.grantedAmount = [t(`${ns}.amountRange`, { requested: formatAmount(app.requestedAmount) })];
    } else if (limit && outcome && outcome !== "REJECTED" && granted != null && granted > limit.max) {
      local.grantedAmount = [limit.overMessage];
      if (outcome === "APPROVED") local.outcome = local.grantedAmount;
    }
    if (!motivation.trim()) local.motivation = [t(`${ns}.motivationRequired`)];
    if (asksReason && !reason.trim()) local.rankingDeviationReason = [rankingReason.required];
    if (errors.check(local)) {
      errors.clear();
      setConfirming(true);
    }
  }

  async function confirm() {
    if (!outcome) return;
    try {
      await decide({
        outcome,
        motivation: motivation.trim(),
        grantedAmount: partial ? granted : null,
        presentedById: presentedById || null,
        rankingDeviationReason: asksReason ? reason.trim() : null,
      });
      onDone(outcome, granted ?? 0);
    } catch (err) {
      setConfirming(false);
      errors.fail(err);
    }
  }

  if (confirming && outcome) {
    return (
      <div className="decision-confirm" tabIndex={-1} ref={confirmRef}>
        <p>
          {t(`${ns}.confirmBody`, {
            outcome: outcomeName(outcome),
            amount: formatAmount(granted ?? 0),
            requested: formatAmount(app.requestedAmount),
            title: app.title,
            name: app.organisation.name,
          })}
        </p>
        {limit && <p>{limit.after(granted ?? 0)}</p>}
        {warning && <p className="notice">{warning}</p>}
        <p className="muted">{finalNote}</p>
        <div className="button-row">
          <button type="button" className="button" onClick={() => void confirm()} disabled={busy}>
            {t(`${ns}.confirm`)}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)} disabled={busy}>
            {t(`${ns}.back`)}
          </button>
          {busy && (
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
      <FormErrorSummary failure={errors.failure} idFor={(p) => ids[p]} fallbackId={ids.outcome} />
      {summary}
      {warning && <p className="notice">{warning}</p>}
      <RadioGroup<DecisionOutcome>
        id={ids.outcome}
        legend={t(`${ns}.outcome`)}
        options={OUTCOMES.map((o) => ({ value: o, label: outcomeName(o) }))}
        value={outcome}
        onChange={setOutcome}
        errors={errors.of("outcome")}
      />
      {partial && (
        <KronorField
          id={ids.grantedAmount}
          label={t(`${ns}.grantedAmount`)}
          hint={t(`${ns}.amountHint`, { requested: formatAmount(app.requestedAmount) })}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          errors={errors.of("grantedAmount")}
        />
      )}
      <TextAreaField
        id={ids.motivation}
        label={t(`${ns}.motivation`)}
        rows={5}
        value={motivation}
        onChange={(e) => setMotivation(e.target.value)}
        errors={errors.of("motivation")}
      />
      {asksReason && (
        <TextAreaField
          id={ids.rankingDeviationReason}
          label={rankingReason.label}
          hint={rankingReason.hint}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          errors={errors.of("rankingDeviationReason")}
        />
      )}
      {officers.length > 1 && (
        <SelectField
          id={ids.presentedById}
          label={t("common.presentedBy")}
          hint={t("common.presentedByHint")}
          value={presentedById}
          onChange={(e) => setPresentedById(e.target.value)}
          errors={errors.of("presentedById")}
        >
          <option value="">{t("common.presentedBySelf")}</option>
          {officers.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </SelectField>
      )}
      <div className="button-row">
        <button type="submit" className="button">
          {reviewLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
