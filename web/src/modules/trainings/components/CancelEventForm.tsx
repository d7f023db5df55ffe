import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextAreaField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import { CancelTrainingEventMutation } from "../operations";

/** Ställ in: the reason everyone registered will read; cannot be undone. */
export function CancelEventForm({ eventId, onDone, onCancel }: { eventId: string; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState("");
  const errors = useFormErrors();
  const [cancel, { loading }] = useMutation(CancelTrainingEventMutation, { refetchQueries: ["TrainingEvents"] });

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!errors.check(reason.trim() ? {} : { reason: [t("trainings.admin.reasonRequired")] })) return;
    try {
      await cancel({ variables: { id: eventId, reason: reason.trim() } });
      onDone();
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={loading}>
      <p>{t("trainings.admin.cancelBody")}</p>
      <FormErrorSummary failure={errors.failure} idFor={(p) => (p === "reason" ? "cancel-reason" : undefined)} fallbackId="cancel-reason" />
      <TextAreaField
        id="cancel-reason"
        label={t("trainings.admin.reason")}
        rows={4}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        errors={errors.of("reason")}
      />
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={loading}>
          {t("trainings.admin.cancelConfirm")}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("trainings.admin.keep")}
        </button>
      </div>
    </form>
  );
}
