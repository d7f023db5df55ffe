import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { type FieldErrors, type Resolver, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { formatAmount, formatDate, parseKronor } from "../../../app/format";
import { useMe } from "../../../app/session";
import { KronorField } from "../../../app/ui/AmountInput";
import { AmountRows } from "../../../app/ui/AmountRows";
import { CheckboxField, RadioGroup, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { errorPaths, useFormErrors } from "../../../app/ui/useFormErrors";
import type { DevFundMyAllotmentQuery, FundUseCategory, PaymentMethod } from "../../../generated/graphql";
import { kronorInput } from "../labels";
import { DevFundMyAllotmentQuery as MyAllotmentQuery, DevFundRequisitionMutation } from "../operations";
import { type RequisitionValues, requisitionSchema } from "../requisitionValues";
import type { Round } from "../round";
import { devFundRowsTexts, fundUseOptions, newAmountRow } from "./amountRows";
import { KommunPicker } from "./KommunPicker";

type Allotment = NonNullable<DevFundMyAllotmentQuery["myAllotment"]["allotment"]>;

const IDS: Record<string, string> = {
  amount: "df-req-amount",
  contactName: "df-req-contact",
  contactEmail: "df-req-email",
  organisationNumber: "df-req-orgnr",
  paymentMethod: "df-req-method",
  paymentNumber: "df-req-number",
  plannedUse: "df-req-use",
  wantsMore: "df-req-more",
  wantsMoreUpTo: "df-req-more-upto",
  jointMemberOrganisationIds: "df-req-members",
};

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
  const form = useForm<RequisitionValues>({
    defaultValues: {
      amount: kronorInput(allotment.amount),
      contactName: me.name,
      contactEmail: me.email,
      organisationNumber: allotment.organisation.organisationNumber ?? "",
      paymentMethod: "BANKGIRO",
      paymentNumber: "",
      plannedUse: [newAmountRow("", kronorInput(allotment.amount))],
      wantsMore: false,
      wantsMoreUpTo: "",
      joint: false,
      jointMemberOrganisationIds: [],
    },
    // Built per check, so its messages are in the reader's language of the moment.
    resolver: (values, context, options) =>
      (zodResolver(requisitionSchema(allotment.amount)) as unknown as Resolver<RequisitionValues>)(values, context, options),
    shouldFocusError: false,
  });
  const values = useWatch({ control: form.control }) as RequisitionValues;
  const errors = useFormErrors();
  const live = errorPaths(form.formState.errors);
  const of = (path: string) => live[path] ?? errors.of(path);
  const set = <K extends keyof RequisitionValues>(key: K, value: RequisitionValues[K]) =>
    form.setValue(key, value as never, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  const [requisition, { loading }] = useMutation(DevFundRequisitionMutation, {
    refetchQueries: [{ query: MyAllotmentQuery, variables: { roundId: round.id } }],
    awaitRefetchQueries: true,
  });
  const amountValue = parseKronor(values.amount);
  const joint = values.joint;

  function invalid(found: FieldErrors<RequisitionValues>) {
    errors.check(errorPaths(found));
  }

  async function send(v: RequisitionValues) {
    errors.clear();
    try {
      const res = await requisition({
        variables: {
          input: {
            roundId: round.id,
            amount: parseKronor(v.amount)!,
            contactName: v.contactName.trim(),
            contactEmail: v.contactEmail.trim(),
            organisationNumber: v.organisationNumber.trim(),
            paymentMethod: v.paymentMethod,
            paymentNumber: v.paymentNumber.trim(),
            plannedUse: v.plannedUse.map((r) => ({ category: r.category as FundUseCategory, amount: parseKronor(r.amount)! })),
            wantsMore: v.wantsMore,
            wantsMoreUpTo: v.wantsMore ? parseKronor(v.wantsMoreUpTo) : null,
            jointMemberOrganisationIds: v.joint ? v.jointMemberOrganisationIds.map((m) => m.id) : null,
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
      <form className="form df-form" onSubmit={(e) => void form.handleSubmit(send, invalid)(e)} noValidate>
        <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId="df-req-amount" />
        <KronorField
          id={IDS.amount}
          label={t("devfunds.requisition.amount")}
          hint={joint ? t("devfunds.requisition.amountHintJoint") : t("devfunds.requisition.amountHint", { allotment: formatAmount(allotment.amount) })}
          value={values.amount}
          onChange={(e) => set("amount", e.target.value)}
          errors={of("amount")}
        />
        <div className="form-grid">
          <TextField
            id={IDS.contactName}
            label={t("devfunds.requisition.contactName")}
            autoComplete="name"
            value={values.contactName}
            onChange={(e) => set("contactName", e.target.value)}
            errors={of("contactName")}
          />
          <TextField
            id={IDS.contactEmail}
            type="email"
            label={t("devfunds.requisition.contactEmail")}
            autoComplete="email"
            value={values.contactEmail}
            onChange={(e) => set("contactEmail", e.target.value)}
            errors={of("contactEmail")}
          />
        </div>
        <TextField
          id={IDS.organisationNumber}
          label={t("devfunds.requisition.orgNumber")}
          hint={t("devfunds.requisition.orgNumberHint")}
          inputMode="numeric"
          autoComplete="off"
          className="input--short"
          value={values.organisationNumber}
          onChange={(e) => set("organisationNumber", e.target.value)}
          errors={of("organisationNumber")}
        />
        <RadioGroup<PaymentMethod>
          id={IDS.paymentMethod}
          legend={t("devfunds.requisition.paymentMethod")}
          inline
          value={values.paymentMethod}
          onChange={(v) => set("paymentMethod", v)}
          options={[
            { value: "BANKGIRO", label: t("devfunds.paymentMethod.BANKGIRO") },
            { value: "PLUSGIRO", label: t("devfunds.paymentMethod.PLUSGIRO") },
          ]}
          errors={of("paymentMethod")}
        />
        <TextField
          id={IDS.paymentNumber}
          label={t("devfunds.requisition.paymentNumber")}
          hint={values.paymentMethod === "BANKGIRO" ? t("devfunds.requisition.bankgiroHint") : t("devfunds.requisition.plusgiroHint")}
          inputMode="numeric"
          autoComplete="off"
          className="input--short"
          value={values.paymentNumber}
          onChange={(e) => set("paymentNumber", e.target.value)}
          errors={of("paymentNumber")}
        />
        <AmountRows
          id="df-req-use"
          legend={t("devfunds.requisition.plannedUse")}
          hint={t("devfunds.requisition.plannedUseHint")}
          rows={values.plannedUse}
          onChange={(rows) => set("plannedUse", rows)}
          newRow={newAmountRow}
          categoryOptions={fundUseOptions(t)}
          target={amountValue != null && Number.isFinite(amountValue) ? amountValue : null}
          texts={devFundRowsTexts(t, t("devfunds.requisition.targetLabel"))}
          errors={of("plannedUse")}
          rowErrors={(i, f) => of(`plannedUse.${i}.${f}`)}
        />
        <CheckboxField
          id={IDS.wantsMore}
          label={t("devfunds.requisition.wantsMore")}
          hint={t("devfunds.requisition.wantsMoreHint")}
          checked={values.wantsMore}
          onChange={(e) => set("wantsMore", e.target.checked)}
        />
        {values.wantsMore && (
          <KronorField
            id={IDS.wantsMoreUpTo}
            label={t("devfunds.requisition.upTo")}
            fieldClassName="df-indent"
            value={values.wantsMoreUpTo}
            onChange={(e) => set("wantsMoreUpTo", e.target.value)}
            errors={of("wantsMoreUpTo")}
          />
        )}
        {isKommun && (
          <>
            <CheckboxField
              id="df-req-joint"
              label={t("devfunds.requisition.joint")}
              hint={t("devfunds.requisition.jointHint")}
              checked={joint}
              onChange={(e) => set("joint", e.target.checked)}
            />
            {joint && (
              <div className="df-indent">
                <KommunPicker
                  id={IDS.jointMemberOrganisationIds}
                  label={t("devfunds.requisition.members")}
                  value={values.jointMemberOrganisationIds}
                  onChange={(members) => set("jointMemberOrganisationIds", members)}
                  excludeIds={[allotment.organisation.id]}
                  errors={of("jointMemberOrganisationIds")}
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
