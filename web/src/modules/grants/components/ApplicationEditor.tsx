import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { type FormEvent, useRef, useState } from "react";
import { type FieldErrors, type Resolver, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formatAmount, formatDate } from "../../../app/format";
import { useMe } from "../../../app/session";
import { AmountField } from "../../../app/ui/AmountInput";
import { AmountRows } from "../../../app/ui/AmountRows";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { DateField } from "../../../app/ui/DateTimeFields";
import { CheckboxGroup, RequiredMark, RequiredNote, TextAreaField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { Notice } from "../../../app/ui/Messages";
import { errorPaths, useFormErrors } from "../../../app/ui/useFormErrors";
import type { GrantApplicationFieldsFragment } from "../../../generated/graphql";
import { type ApplicationValues, applicationFieldId, applicationSchema, budgetSum, newBudgetRow, STIMULUS_PURPOSES, valuesFrom } from "../applicationValues";
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

type Mode = "draft" | "submit";
type TextKey = "title" | "purpose" | "plannedActivities" | "targetGroups" | "periodStart" | "periodEnd" | "contactName" | "contactEmail" | "contactPhone";

/**
 * The applicant's form: autosaved draft, explicit save, and submission. Submitting checks the
 * whole application first and asks for confirmation only when nothing is missing; what the
 * server still refuses is shown on the fields the same way.
 */
export function ApplicationEditor({ app, callId, onCreated, onSubmitted, onSaved }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const mode = useRef<Mode>("draft");
  const form = useForm<ApplicationValues>({
    defaultValues: valuesFrom(app, me),
    // Built per check, so its messages are in the reader's language of the moment.
    resolver: (values, context, options) =>
      (zodResolver(applicationSchema(mode.current === "submit")) as unknown as Resolver<ApplicationValues>)(values, context, options),
    shouldFocusError: false,
  });
  const values = useWatch({ control: form.control }) as ApplicationValues;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const errors = useFormErrors();
  const live = errorPaths(form.formState.errors);
  const of = (path: string) => live[path] ?? errors.of(path);
  const [submit] = useMutation(SubmitGrantApplicationMutation, { refetchQueries: ["GrantApplications"] });
  const saver = useDraftSaver({ id: app?.id ?? null, callId, values, enabled: !busy, onCreated });
  const resubmission = app?.status === "COMPLETION_REQUESTED";

  const set = <K extends keyof ApplicationValues>(key: K, value: ApplicationValues[K]) =>
    form.setValue(key, value as never, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  const text = (key: TextKey) => ({
    id: `app-${key}`,
    value: values[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
    errors: of(key),
  });

  function invalid(found: FieldErrors<ApplicationValues>) {
    errors.check(errorPaths(found));
  }
  /** The server's refusal, on the fields it names and in the summary. */
  function refused(err: unknown) {
    const info = errors.fail(err);
    for (const [path, messages] of Object.entries(info.paths)) form.setError(path as keyof ApplicationValues, { type: "server", message: messages.join(" ") });
  }

  function saveDraft(e: FormEvent) {
    mode.current = "draft";
    void form.handleSubmit(async (v) => {
      try {
        await saver.persist(v, true);
        errors.clear();
        onSaved(t("grants.form.draftSaved"));
      } catch (err) {
        refused(err);
      }
    }, invalid)(e);
  }

  function askToSubmit() {
    mode.current = "submit";
    void form.handleSubmit(() => {
      errors.clear();
      setConfirming(true);
    }, invalid)();
  }

  async function confirmSubmit() {
    setBusy(true);
    try {
      const saved = await saver.persist(form.getValues(), true);
      const res = await submit({ variables: { id: saved.id } });
      errors.clear();
      setConfirming(false);
      onSubmitted(res.data!.submitGrantApplication);
    } catch (err) {
      setConfirming(false);
      refused(err);
    } finally {
      setBusy(false);
    }
  }

  const sum = budgetSum(values.budgetLines);
  const requested = values.requestedAmount;
  const comparable = requested != null && Number.isInteger(requested) && requested > 0;

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
      <RequiredNote />

      <h2>{t("grants.form.aboutHeading")}</h2>
      <TextField {...text("title")} label={t("grants.form.title")} autoComplete="off" required />
      <TextAreaField {...text("purpose")} label={t("grants.form.purpose")} rows={4} required />
      <CheckboxGroup
        id="app-purposeCategories"
        legend={t("grants.form.purposeCategories")}
        hint={t("grants.form.purposeCategoriesHint")}
        options={STIMULUS_PURPOSES.map((p) => ({ value: p, label: t(`grants.purposes.${p}`) }))}
        value={values.purposeCategories}
        onChange={(list) => set("purposeCategories", list)}
        errors={of("purposeCategories")}
        required
      />
      <TextAreaField {...text("plannedActivities")} label={t("grants.form.plannedActivities")} rows={5} required />
      <TextAreaField {...text("targetGroups")} label={t("grants.form.targetGroups")} rows={3} required />
      <div className="form-grid">
        <DateField {...text("periodStart")} label={t("grants.form.periodStart")} required />
        <DateField {...text("periodEnd")} label={t("grants.form.periodEnd")} required />
      </div>

      <h2>{t("grants.form.moneyHeading")}</h2>
      <div className="amount-with-sum">
        <AmountField
          id="app-requestedAmount"
          value={requested}
          onChange={(n) => set("requestedAmount", n)}
          errors={of("requestedAmount")}
          label={t("grants.form.requestedAmount")}
          hint={t("grants.form.amountHint")}
          aria-describedby="app-requestedAmount-sum"
          required
        />
        <p id="app-requestedAmount-sum" className={`budget__sum${comparable ? (sum === requested ? " budget__sum--ok" : " budget__sum--off") : ""}`}>
          {t("grants.form.requestedSum", { sum: formatAmount(sum) })}{" "}
          {comparable && (sum === requested ? t("grants.form.sumMatches") : t("grants.form.sumDiffers", { requested: formatAmount(requested) }))}
        </p>
      </div>
      <AmountRows
        id="app-budget"
        legend={t("grants.form.budget")}
        legendExtra={<RequiredMark spoken />}
        note={t("grants.form.budgetHint")}
        rows={values.budgetLines}
        onChange={(rows) => set("budgetLines", rows)}
        newRow={newBudgetRow}
        target={comparable ? requested : null}
        texts={{
          category: t("grants.form.category"),
          amount: t("grants.form.amount"),
          row: (row) => t("grants.form.budgetRow", { row }),
          remove: t("grants.form.removeRow"),
          add: t("grants.form.addRow"),
          sum: (s) => t("grants.form.budgetSum", { sum: s }),
          sumMatches: t("grants.form.sumMatches"),
          sumDiffers: (r) => t("grants.form.sumDiffers", { requested: r }),
        }}
        errors={of("budgetLines")}
        rowErrors={(i, f) => of(`budgetLines.${i}.${f}`)}
      />

      <h2>{t("grants.form.contactHeading")}</h2>
      <div className="form-grid">
        <TextField {...text("contactName")} label={t("grants.form.contactName")} autoComplete="name" required />
        <TextField {...text("contactEmail")} type="email" label={t("grants.form.contactEmail")} autoComplete="email" spellCheck={false} required />
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
