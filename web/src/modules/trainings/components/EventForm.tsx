import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField, CheckboxGroup, SelectField, TextAreaField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { OrganisationKind, TrainingEventFieldsFragment, TrainingType } from "../../../generated/graphql";
import { checkEvent, eventFieldId, type EventValues, toEventInput, valuesFrom } from "../eventValues";
import { SaveTrainingEventMutation } from "../operations";
import { TRAINING_TYPES } from "../types";
import { SessionsEditor } from "./SessionsEditor";
import { DateField, TimeField } from "../../../app/ui/DateTimeFields";

const KINDS: OrganisationKind[] = ["KOMMUN", "REGION", "IDEELL_ORGANISATION", "LANSSTYRELSE", "NATIONELLT_KUNSKAPSCENTRUM"];

/** Ny utbildning / Ändra utbildning: everything the organiser decides about an event. */
export function EventForm({
  event,
  onSaved,
  onCancel,
}: {
  event: TrainingEventFieldsFragment | null;
  onSaved(e: TrainingEventFieldsFragment): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const [v, setV] = useState<EventValues>(() => valuesFrom(event));
  const errors = useFormErrors();
  const [save, { loading }] = useMutation(SaveTrainingEventMutation, { refetchQueries: ["TrainingEvents"] });
  const set = <K extends keyof EventValues>(key: K, value: EventValues[K]) => setV((old) => ({ ...old, [key]: value }));
  const text = (key: "title" | "location" | "onlineUrl" | "capacity" | "quota", path: string = key) => ({
    id: eventFieldId(path)!,
    value: v[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
    errors: errors.of(path),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!errors.check(checkEvent(v))) return;
    try {
      const res = await save({ variables: { input: toEventInput(v, event?.id) } });
      errors.clear();
      onSaved(res.data!.saveTrainingEvent);
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={loading}>
      <FormErrorSummary failure={errors.failure} idFor={eventFieldId} fallbackId="event-title" />
      <SelectField
        id="event-type"
        label={t("trainings.form.type")}
        value={v.type}
        onChange={(e) => set("type", e.target.value as TrainingType | "")}
        errors={errors.of("type")}
      >
        <option value="">{t("trainings.form.chooseType")}</option>
        {TRAINING_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`trainingTypes.${type}`)}
          </option>
        ))}
      </SelectField>
      <TextField {...text("title")} label={t("trainings.form.title")} />
      <TextAreaField
        id="event-description"
        label={t("trainings.form.description")}
        rows={5}
        value={v.description}
        onChange={(e) => set("description", e.target.value)}
        errors={errors.of("description")}
      />
      <CheckboxField
        id="event-national"
        label={t("trainings.form.national")}
        hint={t("trainings.form.nationalHint")}
        checked={v.national}
        onChange={(e) => set("national", e.target.checked)}
      />
      <div className="form-grid">
        <TextField {...text("location")} label={t("trainings.form.location")} hint={t("trainings.form.placeHint")} />
        <TextField {...text("onlineUrl")} type="url" label={t("trainings.form.onlineUrl")} hint={t("trainings.form.onlineUrlHint")} spellCheck={false} />
        <TextField {...text("capacity")} type="number" min={1} className="input--short" label={t("trainings.form.capacity")} />
        <DateField
          id="event-deadline"
          label={t("trainings.form.deadline")}
          hint={t("trainings.form.deadlineHint")}
          value={v.deadline}
          onChange={(e) => set("deadline", e.target.value)}
          errors={errors.of("registrationDeadline")}
        />
      </div>
      <SessionsEditor rows={v.sessions} onChange={(rows) => set("sessions", rows)} errors={errors.of("sessions")} rowErrors={errors.of} />
      <CheckboxGroup
        id="event-kinds"
        legend={t("trainings.form.eligibleKinds")}
        options={KINDS.map((k) => ({ value: k, label: t(`organisationKinds.${k}`) }))}
        value={v.eligibleKinds}
        onChange={(kinds) => set("eligibleKinds", kinds)}
        errors={errors.of("eligibleKinds")}
      />
      <div className="form-grid">
        <TextField
          {...text("quota", "quotaPerOrganisation")}
          type="number"
          min={1}
          className="input--short"
          label={t("trainings.form.quota")}
          hint={t("trainings.form.quotaHint")}
        />
        <DateField
          id="event-quotaRelease"
          label={t("trainings.form.quotaRelease")}
          hint={t("trainings.form.quotaReleaseHint")}
          value={v.quotaReleaseDate}
          onChange={(e) => set("quotaReleaseDate", e.target.value)}
          errors={errors.of("quotaReleaseAt")}
        />
        <TimeField
          id="event-quotaReleaseTime"
          label={t("trainings.form.quotaReleaseTime")}
          value={v.quotaReleaseTime}
          onChange={(e) => set("quotaReleaseTime", e.target.value)}
        />
      </div>
      <CheckboxField
        id="event-loggedOnly"
        label={t("trainings.form.loggedOnly")}
        hint={t("trainings.form.loggedOnlyHint")}
        checked={v.loggedOnly}
        onChange={(e) => set("loggedOnly", e.target.checked)}
        errors={errors.of("loggedOnly")}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t(event ? "trainings.form.saveChanges" : "trainings.form.create")}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("common.cancel")}
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
