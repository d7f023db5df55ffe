import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../app/ui/Field";
import { errorInfo } from "../../../app/errors";
import type { TrainingEventFieldsFragment } from "../../../generated/graphql";
import { eventToInput } from "../eventValues";
import { SaveTrainingEventMutation } from "../operations";

/** Antal platser: more seats move people up from the waitlist; fewer than confirmed is refused. */
export function CapacityForm({ event, onDone }: { event: TrainingEventFieldsFragment; onDone(message: string): void }) {
  const { t } = useTranslation();
  const [capacity, setCapacity] = useState(String(event.capacity));
  const [error, setError] = useState<string | null>(null);
  const [save, { loading }] = useMutation(SaveTrainingEventMutation, { refetchQueries: ["TrainingEvents"] });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const n = Number(capacity);
    if (!/^\d+$/.test(capacity.trim()) || n < 1) {
      setError(t("trainings.form.capacityInvalid"));
      return;
    }
    try {
      await save({ variables: { input: eventToInput(event, { capacity: n }) } });
      setError(null);
      onDone(t("trainings.admin.capacitySaved", { count: n }));
    } catch (err) {
      setError(errorInfo(err).message);
    }
  }

  return (
    <form className="inline-form" onSubmit={submit} noValidate aria-busy={loading}>
      <TextField
        id="capacity-change"
        type="number"
        min={1}
        className="input--short"
        label={t("trainings.form.capacity")}
        value={capacity}
        onChange={(e) => setCapacity(e.target.value)}
        errors={error ? [error] : undefined}
      />
      <button type="submit" className="button button--secondary" disabled={loading}>
        {t("trainings.admin.changeCapacity")}
      </button>
      <p className="visually-hidden" role="alert">
        {error}
      </p>
    </form>
  );
}
