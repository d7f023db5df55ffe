import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { addDays, isDate, todayInStockholm } from "../../../app/stockholmTime";
import { TextAreaField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import { RequestGrantCompletionMutation, RequestGrantCompletionsMutation } from "../operations";
import { DateField } from "../../../app/ui/DateTimeFields";

const IDS: Record<string, string> = { message: "completion-message", dueDate: "completion-due" };

interface Props {
  /** One application, or several (`applicationIds`) that all get the same message and due date. */
  applicationId?: string;
  applicationIds?: string[];
  submitLabel?: string;
  onDone(count: number): void;
  onCancel(): void;
}

/** Begär komplettering: what is missing and by when; the application (or each of several) goes back to its applicant. */
export function CompletionRequestForm({ applicationId, applicationIds, submitLabel, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const [message, setMessage] = useState("");
  const [dueDate, setDueDate] = useState(() => addDays(todayInStockholm(), 14));
  const errors = useFormErrors();
  const [request, one] = useMutation(RequestGrantCompletionMutation, { refetchQueries: ["GrantApplications", "GrantCallFigures"] });
  const [requestMany, many] = useMutation(RequestGrantCompletionsMutation, { refetchQueries: ["GrantApplications", "GrantCallFigures"] });
  const loading = one.loading || many.loading;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!message.trim()) local.message = [t("grants.completion.messageRequired")];
    if (!isDate(dueDate)) local.dueDate = [t("grants.dateInvalid")];
    if (!errors.check(local)) return;
    try {
      if (applicationIds) {
        const res = await requestMany({ variables: { applicationIds, message: message.trim(), dueDate } });
        onDone(res.data?.requestGrantCompletions.length ?? applicationIds.length);
      } else {
        await request({ variables: { id: applicationId!, message: message.trim(), dueDate } });
        onDone(1);
      }
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
          {submitLabel ?? t("grants.actions.requestCompletion")}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
