import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { addDays, isDate, todayInStockholm } from "../../../app/stockholmTime";
import { TextAreaField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import { RequestGrantCompletionMutation } from "../operations";
import { DateField } from "../../../app/ui/DateTimeFields";

const IDS: Record<string, string> = { message: "completion-message", dueDate: "completion-due" };

/** Begär komplettering: what is missing and by when; the application goes back to the applicant. */
export function CompletionRequestForm({ applicationId, onDone, onCancel }: { applicationId: string; onDone(): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState("");
  const [dueDate, setDueDate] = useState(() => addDays(todayInStockholm(), 14));
  const errors = useFormErrors();
  const [request, { loading }] = useMutation(RequestGrantCompletionMutation, { refetchQueries: ["GrantApplications", "GrantCallFigures"] });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!message.trim()) local.message = [t("grants.completion.messageRequired")];
    if (!isDate(dueDate)) local.dueDate = [t("grants.dateInvalid")];
    if (!errors.check(local)) return;
    try {
      await request({ variables: { id: applicationId, message: message.trim(), dueDate } });
      onDone();
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={loading}>
      <FormErrorSummary failure={errors.failure} idFor={(p) => IDS[p]} fallbackId="completion-message" />
      <TextAreaField
        id="completion-message"
        label={t("grants.completion.message")}
        hint={t("grants.completion.messageHint")}
        rows={5}
        value={message}
        onChange={(e) => setMessage(e.target.value)}
        errors={errors.of("message")}
      />
      <DateField
        id="completion-due"
        label={t("grants.completion.dueDate")}
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        errors={errors.of("dueDate")}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t("grants.actions.requestCompletion")}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
