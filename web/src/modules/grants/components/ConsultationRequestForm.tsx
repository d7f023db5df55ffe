import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../app/format";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import { addDays, isDate, todayInStockholm } from "../../../app/stockholmTime";
import { RequestConsultationMutation } from "../operations";
import { DateField } from "../../../app/ui/DateTimeFields";

interface Props {
  idPrefix: string;
  applicationIds: string[];
  /** The call's periods and the earliest due date allowed today, as the server gives them. */
  call: { consultationDays: number; minConsultationDays: number; earliestConsultationDueDate: string };
  /** Text of the button, e.g. "Skicka på remiss (2 valda)". */
  submitLabel: string;
  onDone(count: number): void;
  onCancel?(): void;
}

/** Skicka på remiss: one or several applications, with the date the answer is due. */
export function ConsultationRequestForm({ idPrefix, applicationIds, call, submitLabel, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const earliest = call.earliestConsultationDueDate;
  const [dueDate, setDueDate] = useState(() => {
    const usual = addDays(todayInStockholm(), call.consultationDays);
    return usual < earliest ? earliest : usual;
  });
  const errors = useFormErrors();
  const [request, { loading }] = useMutation(RequestConsultationMutation, { refetchQueries: ["GrantApplications", "GrantCallFigures", "GrantApplication"] });
  const dueId = `${idPrefix}-due`;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (applicationIds.length === 0) local.applicationIds = [t("grants.consult.chooseFirst")];
    if (!isDate(dueDate)) local.dueDate = [t("grants.dateInvalid")];
    else if (dueDate < earliest) local.dueDate = [t("grants.consult.dueTooSoon", { date: formatDate(earliest), count: call.minConsultationDays })];
    if (!errors.check(local)) return;
    try {
      const res = await request({ variables: { applicationIds, dueDate } });
      errors.clear();
      onDone(res.data?.requestConsultation.length ?? applicationIds.length);
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={loading}>
      <FormErrorSummary failure={errors.failure} idFor={(p) => (p === "dueDate" ? dueId : undefined)} fallbackId={`${idPrefix}-submit`} />
      <DateField
        id={dueId}
        label={t("grants.consult.dueDate")}
        hint={`${t("grants.consult.dueHint", { count: call.consultationDays })} ${t("grants.consult.minHint", { date: formatDate(earliest), count: call.minConsultationDays })}`}
        value={dueDate}
        onChange={(e) => setDueDate(e.target.value)}
        errors={errors.of("dueDate")}
      />
      <div className="button-row">
        <button type="submit" id={`${idPrefix}-submit`} className="button" disabled={loading}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
