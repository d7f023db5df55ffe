import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatAmount, parseKronor } from "../../../app/format";
import { useMe } from "../../../app/session";
import { isDate } from "../../../app/stockholmTime";
import { CheckboxField, RadioGroup, SelectField, TextAreaField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { DevFundApplicationFieldsFragment, NgoActivityArea, NgoLegalForm, PaymentMethod } from "../../../generated/graphql";
import { AmountRows } from "../../../app/ui/AmountRows";
import { checkRows, devFundRowsTexts, newAmountRow, rowsSum } from "./amountRows";
import { NGO_AREAS, NGO_LEGAL_FORMS } from "../labels";
import { DevFundCountiesQuery, DevFundSubmitNgoMutation } from "../operations";
import type { Round } from "../round";
import { DateField } from "../../../app/ui/DateTimeFields";
import { bankgiroProblem, organisationNumberProblem, plusgiroProblem } from "../../../app/swedishNumbers";
import { KronorField } from "../../../app/ui/AmountInput";

const IDS: Record<string, string> = {
  title: "df-ngo-title",
  organisationNumber: "df-ngo-orgnr",
  legalForm: "df-ngo-legal-form",
  activeLocally: "df-ngo-local",
  paymentMethod: "df-ngo-method",
  paymentNumber: "df-ngo-number",
  activityArea: "df-ngo-area",
  description: "df-ngo-description",
  countyCode: "df-ngo-county",
  supportMissing: "df-ngo-missing",
  targetGroups: "df-ngo-groups",
  periodStart: "df-ngo-start",
  periodEnd: "df-ngo-end",
  requestedAmount: "df-ngo-amount",
  budgetLines: "df-ngo-budget",
  contactName: "df-ngo-contact",
  contactEmail: "df-ngo-email",
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function idFor(path: string): string | undefined {
  const m = /^budgetLines\.(\d+)\.(category|amount)$/.exec(path);
  if (m) return `df-ngo-budget-${m[1]}-${m[2]}`;
  return IDS[path.split(".")[0]];
}

/** Ansökan från en ideell organisation, in competition within the NGO pot. */
export function NgoApplicationForm({ round, onDone, onCancel }: { round: Round; onDone(app: DevFundApplicationFieldsFragment): void; onCancel(): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const counties = useQuery(DevFundCountiesQuery).data?.counties ?? [];
  const [title, setTitle] = useState("");
  const [orgNumber, setOrgNumber] = useState("");
  const [legalForm, setLegalForm] = useState<NgoLegalForm | "">("");
  const [activeLocally, setActiveLocally] = useState(false);
  const [paymentMethod, setPaymentMethod] = useState<PaymentMethod>("BANKGIRO");
  const [paymentNumber, setPaymentNumber] = useState("");
  const [area, setArea] = useState<NgoActivityArea | "">("");
  const [description, setDescription] = useState("");
  const [county, setCounty] = useState("");
  const [supportMissing, setSupportMissing] = useState(false);
  const [targetGroups, setTargetGroups] = useState("");
  const [start, setStart] = useState(`${round.year}-01-01`);
  const [end, setEnd] = useState(`${round.year}-12-31`);
  const [amount, setAmount] = useState("");
  const [rows, setRows] = useState(() => [newAmountRow()]);
  const [contactName, setContactName] = useState(me.name);
  const [contactEmail, setContactEmail] = useState(me.email);
  const errors = useFormErrors();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [submitApplication, { loading }] = useMutation(DevFundSubmitNgoMutation, { refetchQueries: ["DevFundApplications"] });
  const amountValue = parseKronor(amount);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = { ...checkRows(rows, "budgetLines", t) };
    if (title.trim().length < 3) local.title = [t("devfunds.ngoApply.titleRequired")];
    const orgProblem = organisationNumberProblem(orgNumber);
    if (orgProblem) local.organisationNumber = [orgProblem === "FORMAT" ? t("devfunds.ngoApply.orgNumberInvalid") : t("devfunds.ngoApply.orgNumberCheckDigit")];
    // Whether the legal form and local activity make the organisation eligible is the server's to say, next to the fields.
    if (!legalForm) local.legalForm = [t("devfunds.ngoApply.legalFormRequired")];
    const bankgiro = paymentMethod === "BANKGIRO";
    const accountProblem = bankgiro ? bankgiroProblem(paymentNumber) : plusgiroProblem(paymentNumber);
    if (!paymentNumber.trim()) local.paymentNumber = [t("devfunds.requisition.numberRequired")];
    else if (accountProblem === "FORMAT") local.paymentNumber = [t(bankgiro ? "devfunds.requisition.bankgiroFormat" : "devfunds.requisition.plusgiroFormat")];
    else if (accountProblem === "CHECK_DIGIT")
      local.paymentNumber = [t(bankgiro ? "devfunds.requisition.bankgiroCheckDigit" : "devfunds.requisition.plusgiroCheckDigit")];
    if (!area) local.activityArea = [t("devfunds.ngoApply.areaRequired")];
    if (description.trim().length < 10) local.description = [t("devfunds.ngoApply.descriptionRequired")];
    if (!county) local.countyCode = [t("devfunds.ngoApply.countyRequired")];
    if (!targetGroups.trim()) local.targetGroups = [t("devfunds.ngoApply.targetGroupsRequired")];
    if (!isDate(start)) local.periodStart = [t("devfunds.dateInvalid")];
    if (!isDate(end)) local.periodEnd = [t("devfunds.dateInvalid")];
    else if (isDate(start) && end < start) local.periodEnd = [t("devfunds.ngoApply.endBeforeStart")];
    if (amountValue == null || !Number.isFinite(amountValue) || amountValue <= 0) local.requestedAmount = [t("devfunds.ngoApply.amountRequired")];
    else if (rowsSum(rows) !== amountValue && !Object.keys(local).some((k) => k.startsWith("budgetLines")))
      local.budgetLines = [t("devfunds.ngoApply.budgetSum", { sum: formatAmount(rowsSum(rows)), amount: formatAmount(amountValue) })];
    if (contactName.trim().length < 2) local.contactName = [t("devfunds.requisition.contactRequired")];
    if (!EMAIL.test(contactEmail.trim())) local.contactEmail = [t("devfunds.requisition.emailInvalid")];
    if (!errors.check(local)) return;
    try {
      const res = await submitApplication({
        variables: {
          input: {
            roundId: round.id,
            title: title.trim(),
            organisationNumber: orgNumber.trim(),
            legalForm: legalForm as NgoLegalForm,
            activeLocally,
            paymentMethod,
            paymentNumber: paymentNumber.trim(),
            activityArea: area as NgoActivityArea,
            description: description.trim(),
            countyCode: county,
            supportMissing,
            targetGroups: targetGroups.trim(),
            periodStart: start,
            periodEnd: end,
            requestedAmount: amountValue!,
            budgetLines: rows.map((r) => ({ category: r.category.trim(), amount: parseKronor(r.amount)! })),
            contactName: contactName.trim(),
            contactEmail: contactEmail.trim(),
          },
        },
      });
      onDone(res.data!.submitNgoApplication);
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <section className="section" aria-labelledby="df-ngo-form-heading">
      <h2 id="df-ngo-form-heading" tabIndex={-1} ref={headingRef}>
        {t("devfunds.ngoApply.formHeading", { year: round.year })}
      </h2>
      <p>{t("devfunds.ngoApply.formIntro")}</p>
      <form className="form df-form" onSubmit={submit} noValidate>
        <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId="df-ngo-title" />
        <TextField id={IDS.title} label={t("devfunds.ngoApply.title")} value={title} onChange={(e) => setTitle(e.target.value)} errors={errors.of("title")} />
        <TextField
          id={IDS.organisationNumber}
          label={t("devfunds.ngoApply.orgNumber")}
          hint={t("devfunds.ngoApply.orgNumberHint")}
          inputMode="numeric"
          className="input--short"
          value={orgNumber}
          onChange={(e) => setOrgNumber(e.target.value)}
          errors={errors.of("organisationNumber")}
        />
        <SelectField
          id={IDS.legalForm}
          label={t("devfunds.ngoApply.legalForm")}
          hint={t("devfunds.ngoApply.legalFormHint")}
          value={legalForm}
          onChange={(e) => setLegalForm(e.target.value as NgoLegalForm | "")}
          errors={errors.of("legalForm")}
        >
          <option value="">{t("devfunds.ngoApply.chooseLegalForm")}</option>
          {NGO_LEGAL_FORMS.map((f) => (
            <option key={f} value={f}>
              {t(`devfunds.legalForm.${f}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          id={IDS.activeLocally}
          label={t("devfunds.ngoApply.activeLocally")}
          hint={t("devfunds.ngoApply.activeLocallyHint")}
          checked={activeLocally}
          onChange={(e) => setActiveLocally(e.target.checked)}
          errors={errors.of("activeLocally")}
        />
        <SelectField
          id={IDS.activityArea}
          label={t("devfunds.ngoApply.area")}
          value={area}
          onChange={(e) => setArea(e.target.value as NgoActivityArea | "")}
          errors={errors.of("activityArea")}
        >
          <option value="">{t("devfunds.ngoApply.chooseArea")}</option>
          {NGO_AREAS.map((a) => (
            <option key={a} value={a}>
              {t(`devfunds.ngoArea.${a}`)}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          id={IDS.description}
          label={t("devfunds.ngoApply.description")}
          hint={t("devfunds.ngoApply.descriptionHint")}
          rows={6}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          errors={errors.of("description")}
        />
        <SelectField
          id={IDS.countyCode}
          label={t("devfunds.ngoApply.county")}
          value={county}
          onChange={(e) => setCounty(e.target.value)}
          errors={errors.of("countyCode")}
        >
          <option value="">{t("devfunds.ngoApply.chooseCounty")}</option>
          {counties.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <CheckboxField
          id={IDS.supportMissing}
          label={t("devfunds.ngoApply.supportMissing")}
          hint={t("devfunds.ngoApply.supportMissingHint")}
          checked={supportMissing}
          onChange={(e) => setSupportMissing(e.target.checked)}
        />
        <TextAreaField
          id={IDS.targetGroups}
          label={t("devfunds.ngoApply.targetGroups")}
          rows={3}
          value={targetGroups}
          onChange={(e) => setTargetGroups(e.target.value)}
          errors={errors.of("targetGroups")}
        />
        <fieldset className="fieldset">
          <legend>{t("devfunds.ngoApply.period")}</legend>
          <div className="form-grid">
            <DateField
              id={IDS.periodStart}
              label={t("devfunds.ngoApply.periodStart")}
              value={start}
              onChange={(e) => setStart(e.target.value)}
              errors={errors.of("periodStart")}
            />
            <DateField
              id={IDS.periodEnd}
              label={t("devfunds.ngoApply.periodEnd")}
              value={end}
              onChange={(e) => setEnd(e.target.value)}
              errors={errors.of("periodEnd")}
            />
          </div>
        </fieldset>
        <KronorField
          id={IDS.requestedAmount}
          label={t("devfunds.ngoApply.amount")}
          hint={t("devfunds.ngoApply.amountHint", { budget: formatAmount(round.ngoPot.budget) })}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          errors={errors.of("requestedAmount")}
        />
        <AmountRows
          id="df-ngo-budget"
          legend={t("devfunds.ngoApply.budget")}
          hint={t("devfunds.ngoApply.budgetHint")}
          rows={rows}
          onChange={setRows}
          newRow={newAmountRow}
          target={amountValue != null && Number.isFinite(amountValue) ? amountValue : null}
          texts={devFundRowsTexts(t, t("devfunds.ngoApply.targetLabel"))}
          errors={errors.of("budgetLines")}
          rowErrors={(i, f) => errors.of(`budgetLines.${i}.${f}`)}
        />
        <fieldset className="fieldset">
          <legend>{t("devfunds.ngoApply.accountHeading")}</legend>
          <RadioGroup<PaymentMethod>
            id={IDS.paymentMethod}
            legend={t("devfunds.requisition.paymentMethod")}
            inline
            value={paymentMethod}
            onChange={setPaymentMethod}
            options={[
              { value: "BANKGIRO", label: t("devfunds.paymentMethod.BANKGIRO") },
              { value: "PLUSGIRO", label: t("devfunds.paymentMethod.PLUSGIRO") },
            ]}
            errors={errors.of("paymentMethod")}
          />
          <TextField
            id={IDS.paymentNumber}
            label={t("devfunds.requisition.paymentNumber")}
            hint={paymentMethod === "BANKGIRO" ? t("devfunds.requisition.bankgiroHint") : t("devfunds.requisition.plusgiroHint")}
            inputMode="numeric"
            autoComplete="off"
            className="input--short"
            value={paymentNumber}
            onChange={(e) => setPaymentNumber(e.target.value)}
            errors={errors.of("paymentNumber")}
          />
        </fieldset>
        <div className="form-grid">
          <TextField
            id={IDS.contactName}
            label={t("devfunds.requisition.contactName")}
            autoComplete="name"
            value={contactName}
            onChange={(e) => setContactName(e.target.value)}
            errors={errors.of("contactName")}
          />
          <TextField
            id={IDS.contactEmail}
            type="email"
            label={t("devfunds.requisition.contactEmail")}
            autoComplete="email"
            value={contactEmail}
            onChange={(e) => setContactEmail(e.target.value)}
            errors={errors.of("contactEmail")}
          />
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t("devfunds.ngoApply.submit")}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel}>
            {t("common.cancel")}
          </button>
          {loading && (
            <span className="inline-status" role="status">
              {t("devfunds.requisition.sending")}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
