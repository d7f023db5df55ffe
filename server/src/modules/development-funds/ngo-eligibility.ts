import { registerEnumType } from "type-graphql";
import type { FieldMessageKey } from "../../shared/field-messages";
import { checkOrganisationNumber } from "../../shared/swedish-numbers";

/** The legal form an NGO states when it applies (juridisk form). */
export enum NgoLegalForm {
  IDEELL_FORENING = "IDEELL_FORENING",
  STIFTELSE = "STIFTELSE",
  EKONOMISK_FORENING = "EKONOMISK_FORENING",
  AKTIEBOLAG = "AKTIEBOLAG",
  OTHER = "OTHER",
}
registerEnumType(NgoLegalForm, { name: "NgoLegalForm", description: "Ideell förening, stiftelse, ekonomisk förening, aktiebolag, annan" });

/** The conditions an NGO meets to apply for development funds. */
export enum NgoEligibilityCondition {
  /** An ideell förening or a stiftelse. */
  LEGAL_FORM = "LEGAL_FORM",
  /** Active at local level, in its kommun or county. */
  LOCAL_ACTIVITY = "LOCAL_ACTIVITY",
  /** An organisation number of 10 digits whose check digit (mod 10) matches. */
  ORGANISATION_NUMBER = "ORGANISATION_NUMBER",
  /** The organisation number of an association or foundation: its first digit is 8. */
  NON_PROFIT_NUMBER = "NON_PROFIT_NUMBER",
}
registerEnumType(NgoEligibilityCondition, { name: "NgoEligibilityCondition" });

export const ELIGIBLE_LEGAL_FORMS: readonly NgoLegalForm[] = [NgoLegalForm.IDEELL_FORENING, NgoLegalForm.STIFTELSE];

export interface NgoEligibilityFacts {
  legalForm: NgoLegalForm | null;
  activeLocally: boolean | null;
  organisationNumber: string;
}

export interface NgoEligibilityCheck {
  condition: NgoEligibilityCondition;
  /** Null when the fact was not asked (applications sent before it was). */
  passed: boolean | null;
  /** The input field the condition reads, and what it says when the condition is not met. */
  field: "legalForm" | "activeLocally" | "organisationNumber";
  message: FieldMessageKey;
}

/**
 * Whether an NGO may apply for development funds: one check per condition, in a fixed order. An
 * application is refused when any check did not pass; the officer sees every check of a stored one.
 */
export function ngoEligibility(facts: NgoEligibilityFacts): NgoEligibilityCheck[] {
  const number = checkOrganisationNumber(facts.organisationNumber);
  return [
    {
      condition: NgoEligibilityCondition.LEGAL_FORM,
      passed: facts.legalForm === null ? null : ELIGIBLE_LEGAL_FORMS.includes(facts.legalForm),
      field: "legalForm",
      message: "developmentFunds.ngoLegalFormNotEligible",
    },
    {
      condition: NgoEligibilityCondition.LOCAL_ACTIVITY,
      passed: facts.activeLocally,
      field: "activeLocally",
      message: "developmentFunds.ngoNotActiveLocally",
    },
    {
      condition: NgoEligibilityCondition.ORGANISATION_NUMBER,
      passed: number.ok,
      field: "organisationNumber",
      message: !number.ok && number.problem === "FORMAT" ? "developmentFunds.organisationNumberFormat" : "developmentFunds.invalidOrganisationNumber",
    },
    {
      condition: NgoEligibilityCondition.NON_PROFIT_NUMBER,
      passed: number.ok ? number.value.startsWith("8") : null,
      field: "organisationNumber",
      message: "developmentFunds.ngoNumberNotNonProfit",
    },
  ];
}
