import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatAmount, formatDate, parseKronor } from "../../../app/format";
import { useMe } from "../../../app/session";
import { CheckboxField, RadioGroup, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { DevFundMyAllotmentQuery, FundUseCategory, PaymentMethod } from "../../../generated/graphql";
import { AmountRows } from "../../../app/ui/AmountRows";
import { checkRows, devFundRowsTexts, fundUseOptions, newAmountRow, rowsSum } from "./amountRows";
import { type KommunOption, KommunPicker } from "./KommunPicker";
import { kronorInput } from "../labels";
import { DevFundMyAllotmentQuery as MyAllotmentQuery, DevFundRequisitionMutation } from "../operations";
import type { Round } from "../round";
import { KronorField } from "../../../app/ui/AmountInput";
import { bankgiroProblem, plusgiroProblem } from "../../../app/swedishNumbers";

type Allotment = NonNullable<DevFundMyAllotmentQuery["myAllotment"]["allotment"]>;

const IDS: Record<string, string> = {
  amount: "df-req-amount",
  contactName: "df-req-contact",
  contactEmail: "df-req-email",
  paymentMethod: "df-req-method",
  paymentNumber: "df-req-number",
  plannedUse: "df-req-use",
  wantsMore: "df-req-more",
  wantsMoreUpTo: "df-req-more-upto",
  jointMemberOrganisationIds: "df-req-members",
};
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function idFor(path: string): string | undefined {
  const m = /^plannedUse\.(\d+)\.(category|amount)$/.exec(path);
  if (m) return `df-req-use-${m[1]}-${m[2]}`;
  return IDS[path.split(".")[0]];
}

/** Rekvisition: how much of the allotment, where to pay it, what it will be used for, and whether we want more. */
export function RequisitionForm({ round, allotment, onDone }: { round: Round; allotment: Allotment; onDone(message: string): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const isKommun = allotment.organisation.kind === "KOMMUN";
  const [amount, setAmount] = useState(kronorInput(allotment.amount));
  const [contactName, setContactName] = useState(me.name);
  const [contactEmail, setContactEmail] = useState(me.email);
  const [method, setMethod] = useState<PaymentMethod>("BANKGIRO");
  const [number, setNumber] = useState("");
  const [rows, setRows] = useState(() => [newAmountRow("", kronorInput(allotment.amount))]);
  const [wantsMore, setWantsMore] = useState(false);
  const [upTo, setUpTo] = useState("");
  const [joint, setJoint] = useState(false);
  const [members, setMembers] = useState<KommunOption[]>([]);
  const errors = useFormErrors();
  const [requisition, { loading }] = useMutation(DevFundRequisitionMutation, {
    refetchQueries: [{ query: MyAllotmentQuery, variables: { roundId: round.id } }],
    awaitRefetchQueries: true,
  });
  const amountValue = parseKronor(amount);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = { ...checkRows(rows, "plannedUse", t) };
    if (amountValue == null || !Number.isFinite(amountValue) || amountValue <= 0) local.amount = [t("devfunds.requisition.amountInvalid")];
    else if (!joint && amountValue > allotment.amount) local.amount = [t("devfunds.requisition.overAllotment", { allotment: formatAmount(allotment.amount) })];
    else if (rowsSum(rows) !== amountValue && !Object.keys(local).some((k) => k.startsWith("plannedUse")))
      local.plannedUse = [t("devfunds.requisition.useSum", { sum: formatAmount(rowsSum(rows)), amount: formatAmount(amountValue) })];
    if (contactName.trim().length < 2) local.contactName = [t("devfunds.requisition.contactRequired")];
    if (!EMAIL.test(contactEmail.trim())) local.contactEmail = [t("devfunds.requisition.emailInvalid")];
    const numberProblem = method === "BANKGIRO" ? bankgiroProblem(number) : plusgiroProblem(number);
    if (!number.trim()) local.paymentNumber = [t("devfunds.requisition.numberRequired")];
    else if (numberProblem === "FORMAT")
      local.paymentNumber = [method === "BANKGIRO" ? t("devfunds.requisition.bankgiroFormat") : t("devfunds.requisition.plusgiroFormat")];
    else if (numberProblem === "CHECK_DIGIT")
      local.paymentNumber = [method === "BANKGIRO" ? t("devfunds.requisition.bankgiroCheckDigit") : t("devfunds.requisition.plusgiroCheckDigit")];
    const upToValue = parseKronor(upTo);
    if (wantsMore && (upToValue == null || !Number.isFinite(upToValue) || upToValue <= 0)) local.wantsMoreUpTo = [t("devfunds.requisition.upToInvalid")];
    if (joint && members.length === 0) local.jointMemberOrganisationIds = [t("devfunds.requisition.membersRequired")];
    if (!errors.check(local)) return;
    try {
      const res = await requisition({
        variables: {
          input: {
            roundId: round.id,
            amount: amountValue!,
            contactName: contactName.trim(),
            contactEmail: contactEmail.trim(),
            paymentMethod: method,
            paymentNumber: number.trim(),
            plannedUse: rows.map((r) => ({ category: r.category as FundUseCategory, amount: parseKronor(r.amount)! })),
            wantsMore,
            wantsMoreUpTo: wantsMore ? upToValue : null,
            jointMemberOrganisationIds: joint ? members.map((m) => m.id) : null,
          },
        },
      });
      const app = res.data!.requisitionDevelopmentFunds;
      onDone(
        app.status === "AWAITING_CONFIRMATION"
          ? t("devfunds.requisition.sentJoint", { diarienummer: app.diarienummer })
          : t("devfunds.requisition.sent", { diarienummer: app.diarienummer }),
      );
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <section className="section" aria-labelledby="df-req-heading">
      <h2 id="df-req-heading">{t("devfunds.requisition.heading")}</h2>
      <p>{t("devfunds.requisition.intro", { date: formatDate(round.closesAt) })}</p>
      <form className="form df-form" onSubmit={submit} noValidate>
        <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId="df-req-amount" />
        <KronorField
          id={IDS.amount}
          label={t("devfunds.requisition.amount")}
          hint={joint ? t("devfunds.requisition.amountHintJoint") : t("devfunds.requisition.amountHint", { allotment: formatAmount(allotment.amount) })}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
          errors={errors.of("amount")}
        />
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
        <RadioGroup<PaymentMethod>
          id={IDS.paymentMethod}
          legend={t("devfunds.requisition.paymentMethod")}
          inline
          value={method}
          onChange={setMethod}
          options={[
            { value: "BANKGIRO", label: t("devfunds.paymentMethod.BANKGIRO") },
            { value: "PLUSGIRO", label: t("devfunds.paymentMethod.PLUSGIRO") },
          ]}
          errors={errors.of("paymentMethod")}
        />
        <TextField
          id={IDS.paymentNumber}
          label={t("devfunds.requisition.paymentNumber")}
          hint={method === "BANKGIRO" ? t("devfunds.requisition.bankgiroHint") : t("devfunds.requisition.plusgiroHint")}
          inputMode="numeric"
          autoComplete="off"
          className="input--short"
          value={number}
          onChange={(e) => setNumber(e.target.value)}
          errors={errors.of("paymentNumber")}
        />
        <AmountRows
          id="df-req-use"
          legend={t("devfunds.requisition.plannedUse")}
          hint={t("devfunds.requisition.plannedUseHint")}
          rows={rows}
          onChange={setRows}
          newRow={newAmountRow}
          categoryOptions={fundUseOptions(t)}
          target={amountValue != null && Number.isFinite(amountValue) ? amountValue : null}
          texts={devFundRowsTexts(t, t("devfunds.requisition.targetLabel"))}
          errors={errors.of("plannedUse")}
          rowErrors={(i, f) => errors.of(`plannedUse.${i}.${f}`)}
        />
        <CheckboxField
          id={IDS.wantsMore}
          label={t("devfunds.requisition.wantsMore")}
          hint={t("devfunds.requisition.wantsMoreHint")}
          checked={wantsMore}
          onChange={(e) => setWantsMore(e.target.checked)}
        />
        {wantsMore && (
          <KronorField
            id={IDS.wantsMoreUpTo}
            label={t("devfunds.requisition.upTo")}
            fieldClassName="df-indent"
            value={upTo}
            onChange={(e) => setUpTo(e.target.value)}
            errors={errors.of("wantsMoreUpTo")}
          />
        )}
        {isKommun && (
          <>
            <CheckboxField
              id="df-req-joint"
              label={t("devfunds.requisition.joint")}
              hint={t("devfunds.requisition.jointHint")}
              checked={joint}
              onChange={(e) => setJoint(e.target.checked)}
            />
            {joint && (
              <div className="df-indent">
                <KommunPicker
                  id={IDS.jointMemberOrganisationIds}
                  label={t("devfunds.requisition.members")}
                  value={members}
                  onChange={setMembers}
                  excludeIds={[allotment.organisation.id]}
                  errors={errors.of("jointMemberOrganisationIds")}
                />
              </div>
            )}
          </>
        )}
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t("devfunds.requisition.submit")}
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
