import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, parseKronor } from "../../../app/format";
import { useMe } from "../../../app/session";
import { AmountRows } from "../../../app/ui/AmountRows";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { CheckboxGroup, TextAreaField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { Notice } from "../../../app/ui/Messages";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { GrantApplicationFieldsFragment } from "../../../generated/graphql";
import { type ApplicationValues, applicationFieldId, checkValues, newBudgetRow, STIMULUS_PURPOSES, valuesFrom } from "../applicationValues";
import { SubmitGrantApplicationMutation } from "../operations";
import { useDraftSaver } from "../useDraftSaver";
import { SaveStatus } from "./SaveStatus";

interface Props {
  /** null for a new application (created on the first save). */
  app: GrantApplicationFieldsFragment | null;
  callId: string;
  onCreated(app: GrantApplicationFieldsFragment): void;
  onSubmitted(app: GrantApplicationFieldsFragment): void;
  onSaved(message: string): void;
}

/** The applicant's form: autosaved draft, explicit save, and submission after confirmation. */
export function ApplicationEditor({ app, callId, onCreated, onSubmitted, onSaved }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const [values, setValues] = useState<ApplicationValues>(() => valuesFrom(app, me));
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const [submit] = useMutation(SubmitGrantApplicationMutation, { refetchQueries: ["GrantApplications"] });
  const saver = useDraftSaver({ id: app?.id ?? null, callId, values, enabled: !busy, onCreated });
  const resubmission = app?.status === "COMPLETION_REQUESTED";

  const set =
    <K extends keyof ApplicationValues>(key: K) =>
    (value: ApplicationValues[K]) =>
      setValues((v) => ({ ...v, [key]: value }));
  const text = (key: Exclude<keyof ApplicationValues, "budget" | "purposeCategories">) => ({
    id: `app-${key}`,
    value: values[key],
    onChange: (e: { target: { value: string } }) => set(key)(e.target.value),
    errors: errors.of(key),
  });

  async function saveDraft(e?: FormEvent) {
    e?.preventDefault();
    if (!errors.check(checkValues(values))) return;
    try {
      await saver.persist(values, true);
      errors.clear();
      onSaved(t("grants.form.draftSaved"));
    } catch (err) {
      errors.fail(err);
    }
  }

  function askToSubmit() {
    if (!errors.check(checkValues(values))) return;
    setConfirming(true);
  }

  async function confirmSubmit() {
    setBusy(true);
    try {
      const saved = await saver.persist(values, true);
      const res = await submit({ variables: { id: saved.id } });
      errors.clear();
      setConfirming(false);
      onSubmitted(res.data!.submitGrantApplication);
    } catch (err) {
      setConfirming(false);
      errors.fail(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form application-form" onSubmit={saveDraft} noValidate aria-busy={busy}>
      <FormErrorSummary failure={errors.failure} idFor={applicationFieldId} fallbackId="app-title" />
      {resubmission && app?.completionMessage && (
        <Notice title={t("grants.completion.requestedTitle")}>
          <p className="pre-line">{app.completionMessage}</p>
          {app.completionDueDate && <p>{t("grants.completion.dueBy", { date: formatDate(app.completionDueDate) })}</p>}
        </Notice>
      )}
      <p className="muted">{t("grants.form.autosaveHint")}</p>

      <h2>{t("grants.form.aboutHeading")}</h2>
      <TextField {...text("title")} label={t("grants.form.title")} autoComplete="off" />
      <TextAreaField {...text("purpose")} label={t("grants.form.purpose")} rows={4} />
      <CheckboxGroup
        id="app-purposeCategories"
        legend={t("grants.form.purposeCategories")}
        hint={t("grants.form.purposeCategoriesHint")}
        options={STIMULUS_PURPOSES.map((p) => ({ value: p, label: t(`grants.purposes.${p}`) }))}
        value={values.purposeCategories}
        onChange={set("purposeCategories")}
        errors={errors.of("purposeCategories")}
      />
      <TextAreaField {...text("plannedActivities")} label={t("grants.form.plannedActivities")} rows={5} />
      <TextAreaField {...text("targetGroups")} label={t("grants.form.targetGroups")} rows={3} />
      <div className="form-grid">
        <TextField {...text("periodStart")} type="date" label={t("grants.form.periodStart")} />
        <TextField {...text("periodEnd")} type="date" label={t("grants.form.periodEnd")} />
      </div>

      <h2>{t("grants.form.moneyHeading")}</h2>
      <TextField
        {...text("requestedAmount")}
        inputMode="numeric"
        className="input--amount"
        label={t("grants.form.requestedAmount")}
        hint={t("grants.form.amountHint")}
      />
      <AmountRows
        id="app-budget"
        legend={t("grants.form.budget")}
        note={t("grants.form.budgetHint")}
        rows={values.budget}
        onChange={set("budget")}
        newRow={newBudgetRow}
        target={parseKronor(values.requestedAmount)}
        texts={{
          category: t("grants.form.category"),
          amount: t("grants.form.amount"),
          row: (row) => t("grants.form.budgetRow", { row }),
          remove: t("grants.form.removeRow"),
          add: t("grants.form.addRow"),
          sum: (sum) => t("grants.form.budgetSum", { sum }),
          sumMatches: t("grants.form.sumMatches"),
          sumDiffers: (requested) => t("grants.form.sumDiffers", { requested }),
        }}
        errors={errors.of("budgetLines")}
        rowErrors={(i, f) => errors.of(`budgetLines.${i}.${f}`)}
      />

      <h2>{t("grants.form.contactHeading")}</h2>
      <div className="form-grid">
        <TextField {...text("contactName")} label={t("grants.form.contactName")} autoComplete="name" />
        <TextField {...text("contactEmail")} type="email" label={t("grants.form.contactEmail")} autoComplete="email" spellCheck={false} />
        <TextField {...text("contactPhone")} type="tel" label={t("grants.form.contactPhone")} autoComplete="tel" />
      </div>

      <SaveStatus state={saver.state} />
      <div className="button-row">
        <button type="button" className="button" onClick={askToSubmit} disabled={busy}>
          {t(resubmission ? "grants.form.resubmit" : "grants.form.submit")}
        </button>
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t("grants.form.saveDraft")}
        </button>
      </div>

      <ConfirmDialog
        open={confirming}
        title={t(resubmission ? "grants.form.confirmResubmitTitle" : "grants.form.confirmSubmitTitle")}
        confirmLabel={t("grants.form.confirmSubmit")}
        busy={busy}
        onConfirm={() => void confirmSubmit()}
        onClose={() => setConfirming(false)}
      >
        <p>{t("grants.form.confirmSubmitBody")}</p>
      </ConfirmDialog>
    </form>
  );
}
