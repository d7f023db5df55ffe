import { z } from "zod";
import { formatAmount, parseKronor } from "../../app/format";
import i18n from "../../app/i18n";
import { bankgiroProblem, organisationNumberProblem, plusgiroProblem } from "../../app/swedishNumbers";
import type { PaymentMethod } from "../../generated/graphql";
import { type AmountRow, checkRows, rowsSum } from "./components/amountRows";
import type { KommunOption } from "./components/KommunPicker";

/** The requisition as the form holds it; field names are the API's, so its field messages land on the right field. */
export interface RequisitionValues {
  /** As typed: whole kronor, grouped. */
  amount: string;
  contactName: string;
  contactEmail: string;
  /** Prefilled with the one kept on the organisation; kept again for the next round. */
  organisationNumber: string;
  paymentMethod: PaymentMethod;
  paymentNumber: string;
  plannedUse: AmountRow[];
  wantsMore: boolean;
  wantsMoreUpTo: string;
  joint: boolean;
  jointMemberOrganisationIds: KommunOption[];
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Messages by path (`amount`, `plannedUse.0.amount`) for what is missing or wrong, in the order the form shows them. */
export function requisitionProblems(v: RequisitionValues, allotment: number): Record<string, string[]> {
  const t = (key: string, params?: Record<string, unknown>) => i18n.t(key, params);
  const out: Record<string, string[]> = { ...checkRows(v.plannedUse, "plannedUse", t) };
  const amount = parseKronor(v.amount);
  if (amount == null || !Number.isFinite(amount) || amount <= 0) out.amount = [t("devfunds.requisition.amountInvalid")];
  else if (!v.joint && amount > allotment) out.amount = [t("devfunds.requisition.overAllotment", { allotment: formatAmount(allotment) })];
  else if (rowsSum(v.plannedUse) !== amount && !Object.keys(out).some((k) => k.startsWith("plannedUse")))
    out.plannedUse = [t("devfunds.requisition.useSum", { sum: formatAmount(rowsSum(v.plannedUse)), amount: formatAmount(amount) })];
  if (v.contactName.trim().length < 2) out.contactName = [t("devfunds.requisition.contactRequired")];
  if (!EMAIL.test(v.contactEmail.trim())) out.contactEmail = [t("devfunds.requisition.emailInvalid")];
  const orgProblem = organisationNumberProblem(v.organisationNumber);
  if (!v.organisationNumber.trim()) out.organisationNumber = [t("devfunds.requisition.orgNumberRequired")];
  else if (orgProblem === "FORMAT") out.organisationNumber = [t("devfunds.requisition.orgNumberInvalid")];
  else if (orgProblem === "CHECK_DIGIT") out.organisationNumber = [t("devfunds.requisition.orgNumberCheckDigit")];
  const bankgiro = v.paymentMethod === "BANKGIRO";
  const problem = bankgiro ? bankgiroProblem(v.paymentNumber) : plusgiroProblem(v.paymentNumber);
  if (!v.paymentNumber.trim()) out.paymentNumber = [t("devfunds.requisition.numberRequired")];
  else if (problem === "FORMAT") out.paymentNumber = [t(bankgiro ? "devfunds.requisition.bankgiroFormat" : "devfunds.requisition.plusgiroFormat")];
  else if (problem === "CHECK_DIGIT") out.paymentNumber = [t(bankgiro ? "devfunds.requisition.bankgiroCheckDigit" : "devfunds.requisition.plusgiroCheckDigit")];
  const upTo = parseKronor(v.wantsMoreUpTo);
  if (v.wantsMore && (upTo == null || !Number.isFinite(upTo) || upTo <= 0)) out.wantsMoreUpTo = [t("devfunds.requisition.upToInvalid")];
  if (v.joint && v.jointMemberOrganisationIds.length === 0) out.jointMemberOrganisationIds = [t("devfunds.requisition.membersRequired")];
  return out;
}

/**
 * What the form checks before it sends: the problems above as a zod schema, built per check so
 * its messages are in the reader's language of the moment. The server checks again and has the last word.
 */
export function requisitionSchema(allotment: number) {
  return z.custom<RequisitionValues>().superRefine((v, ctx) => {
    for (const [path, messages] of Object.entries(requisitionProblems(v, allotment)))
      for (const message of messages) ctx.addIssue({ code: "custom", path: path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p)), message });
  });
}
