import { fieldMessage } from "../../shared/field-messages";
import { checkBankgiro, checkOrganisationNumber, checkPlusgiro } from "../../shared/swedish-numbers";
import { PaymentMethod } from "./development-fund.entities";
import { FundErrors } from "./development-fund.errors";

/** A bankgiro or plusgiro number as written in the payment file, or a refusal saying what is wrong with it. */
export function checkedAccount(method: PaymentMethod, input: string, field = "paymentNumber"): string {
  const bankgiro = method === PaymentMethod.BANKGIRO;
  const checked = bankgiro ? checkBankgiro(input) : checkPlusgiro(input);
  if (checked.ok) return checked.value;
  const name = bankgiro ? "Bankgiro" : "Plusgiro";
  throw FundErrors.invalidPaymentNumber(
    { method: name, number: input },
    {
      fields: [
        {
          field,
          path: `input.${field}`,
          // Too few or too many digits says how many there should be; a wrong check digit says so.
          message:
            checked.problem === "FORMAT"
              ? fieldMessage(bankgiro ? "developmentFunds.bankgiroFormat" : "developmentFunds.plusgiroFormat")
              : fieldMessage("developmentFunds.invalidPaymentNumber", { method: name.toLowerCase() }),
        },
      ],
    },
  );
}

/** An organisation number written NNNNNN-NNNN, or a refusal telling a wrong length from a wrong check digit. */
export function checkedOrganisationNumber(input: string, field = "organisationNumber"): string {
  const checked = checkOrganisationNumber(input);
  if (checked.ok) return checked.value;
  throw FundErrors.invalidOrganisationNumber(undefined, {
    fields: [
      {
        field,
        path: `input.${field}`,
        message: fieldMessage(checked.problem === "FORMAT" ? "developmentFunds.organisationNumberFormat" : "developmentFunds.invalidOrganisationNumber"),
      },
    ],
  });
}
