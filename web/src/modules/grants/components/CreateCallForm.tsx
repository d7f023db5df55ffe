import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseKronor } from "../../../app/format";
import { isDate, stockholmToIso, todayInStockholm } from "../../../app/stockholmTime";
import { CheckboxGroup, TextAreaField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { GrantCallFieldsFragment, OrganisationKind } from "../../../generated/graphql";
import { CreateGrantCallMutation } from "../operations";
import { DateField } from "../../../app/ui/DateTimeFields";
import { KronorField } from "../../../app/ui/AmountInput";

const KINDS: OrganisationKind[] = ["LANSSTYRELSE", "NATIONELLT_KUNSKAPSCENTRUM", "KOMMUN", "REGION", "IDEELL_ORGANISATION"];
const FIELDS = [
  "year",
  "title",
  "description",
  "budget",
  "eligibleKinds",
  "opensAt",
  "closesAt",
  "consultationDays",
  "minConsultationDays",
  "followUpDueDate",
  "usableUntil",
];
const idFor = (path: string) => (FIELDS.includes(path) ? `call-${path}` : undefined);

/** Ny utlysning: a call for applications with a budget, an application period and a consultation period. */
export function CreateCallForm({ onCreated }: { onCreated(call: GrantCallFieldsFragment): void }) {
  const { t } = useTranslation();
  const year = Number(todayInStockholm().slice(0, 4));
  const [v, setV] = useState({
    year: String(year),
    title: "",
    description: "",
    budget: "",
    eligibleKinds: ["LANSSTYRELSE", "NATIONELLT_KUNSKAPSCENTRUM"] as OrganisationKind[],
    opensAt: todayInStockholm(),
    closesAt: "",
    consultationDays: "14",
    minConsultationDays: "10",
    followUpDueDate: "",
    usableUntil: "",
  });
  const errors = useFormErrors();
  const [create, { loading }] = useMutation(CreateGrantCallMutation, { refetchQueries: ["GrantCallsOverview", "GrantCalls"] });
  const field = (key: Exclude<keyof typeof v, "eligibleKinds">) => ({
    id: `call-${key}`,
    value: v[key],
    onChange: (e: { target: { value: string } }) => setV((old) => ({ ...old, [key]: e.target.value })),
    errors: errors.of(key),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    const budget = parseKronor(v.budget);
    const yearNumber = Number(v.year);
    const days = Number(v.consultationDays);
    const minDays = Number(v.minConsultationDays);
    if (!/^\d{4}$/.test(v.year)) local.year = [t("grants.call.yearInvalid")];
    if (v.title.trim().length < 3) local.title = [t("grants.call.titleRequired")];
    if (budget == null || !Number.isFinite(budget) || budget < 1) local.budget = [t("grants.call.budgetRequired")];
    if (v.eligibleKinds.length === 0) local.eligibleKinds = [t("grants.call.kindsRequired")];
    if (!isDate(v.opensAt)) local.opensAt = [t("grants.dateInvalid")];
    if (!isDate(v.closesAt)) local.closesAt = [t("grants.dateInvalid")];
    else if (isDate(v.opensAt) && v.closesAt < v.opensAt) local.closesAt = [t("grants.call.closesAfterOpens")];
    if (!Number.isInteger(days) || days < 1) local.consultationDays = [t("grants.call.daysInvalid")];
    if (!Number.isInteger(minDays) || minDays < 1) local.minConsultationDays = [t("grants.call.daysInvalid")];
    if (!isDate(v.followUpDueDate)) local.followUpDueDate = [t("grants.dateInvalid")];
    // Whether the date is sane for the call's year is the server's to say (its message lands on the field).
    if (v.usableUntil.trim() && !isDate(v.usableUntil.trim())) local.usableUntil = [t("grants.dateInvalid")];
    if (!errors.check(local)) return;
    try {
      const res = await create({
        variables: {
          input: {
            year: yearNumber,
            title: v.title.trim(),
            description: v.description,
            budget: budget!,
            eligibleKinds: v.eligibleKinds,
            // The call is open from the start of its first day to the end of its last, Swedish time.
            opensAt: stockholmToIso(v.opensAt, "00:00")!,
            closesAt: stockholmToIso(v.closesAt, "23:59")!,
            consultationDays: days,
            minConsultationDays: minDays,
            followUpDueDate: v.followUpDueDate,
            usableUntil: v.usableUntil.trim() || null,
          },
        },
      });
      onCreated(res.data!.createGrantCall);
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate aria-busy={loading}>
      <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId="call-title" />
      <div className="form-grid">
        <TextField {...field("year")} inputMode="numeric" className="input--short" label={t("grants.call.year")} />
        <KronorField {...field("budget")} label={t("grants.call.budget")} hint={t("grants.form.amountHint")} />
      </div>
      <TextField {...field("title")} label={t("grants.call.title")} />
      <TextAreaField {...field("description")} label={t("grants.call.description")} rows={5} />
      <CheckboxGroup
        id="call-eligibleKinds"
        legend={t("grants.call.eligibleKinds")}
        options={KINDS.map((k) => ({ value: k, label: t(`organisationKinds.${k}`) }))}
        value={v.eligibleKinds}
        onChange={(kinds) => setV((old) => ({ ...old, eligibleKinds: kinds }))}
        errors={errors.of("eligibleKinds")}
      />
      <div className="form-grid">
        <DateField {...field("opensAt")} label={t("grants.call.opensAt")} />
        <DateField {...field("closesAt")} label={t("grants.call.closesAt")} hint={t("grants.call.closesHint")} />
        <TextField {...field("consultationDays")} type="number" min={1} max={180} className="input--short" label={t("grants.call.consultationDays")} />
        <TextField
          {...field("minConsultationDays")}
          type="number"
          min={1}
          max={180}
          className="input--short"
          label={t("grants.call.minConsultationDays")}
          hint={t("grants.call.minConsultationDaysHint")}
        />
        <DateField {...field("followUpDueDate")} label={t("grants.call.followUpDueDate")} />
        <DateField {...field("usableUntil")} label={t("grants.call.usableUntil")} hint={t("grants.call.usableUntilHint")} />
      </div>
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t("grants.call.create")}
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
