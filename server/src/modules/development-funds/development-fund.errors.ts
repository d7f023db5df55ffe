import { defineErrors } from "../../shared/errors";

export const FundErrors = defineErrors("devfunds", {
  notDevelopmentFundApplication: {
    code: "NOT_FOUND",
    sv: "Ansökan hör inte till någon omgång av utvecklingsmedel.",
    en: "The application does not belong to a development-fund round.",
  },
  paymentExportRace: {
    code: "CONFLICT",
    sv: "En annan betalfil togs fram samtidigt för samma utbetalningar. Hämta betalfilen igen; inget har markerats som exporterat av detta försök.",
    en: "Another payment file was produced at the same time for the same payments. Download the payment file again; this attempt marked nothing as exported.",
  },
  roundNotFound: { code: "NOT_FOUND", sv: "Omgången av utvecklingsmedel hittades inte.", en: "The development-fund round was not found." },
  roundExists: { code: "CONFLICT", sv: "Utvecklingsmedel för {year} är redan öppnade.", en: "Development funds for {year} are already open." },
  notPublished: { code: "CONFLICT", sv: "Fördelningen för {year} är inte publicerad ännu.", en: "The allocation for {year} has not been published yet." },
  alreadyDeclined: {
    code: "CONFLICT",
    sv: "Er organisation har redan avstått från tilldelningen i denna omgång.",
    en: "Your organisation has already declined its allotment in this round.",
  },
  notDeclined: {
    code: "CONFLICT",
    sv: "Er organisation har inte avstått från tilldelningen i denna omgång.",
    en: "Your organisation has not declined its allotment in this round.",
  },
  noticeAlreadyPublished: {
    code: "CONFLICT",
    sv: "Förhandsbeskedet för {year} är redan publicerat.",
    en: "The advance notice for {year} has already been published.",
  },
  alreadyPublished: { code: "CONFLICT", sv: "Fördelningen är redan publicerad.", en: "The allocation has already been published." },
  noAllotment: { code: "FORBIDDEN", sv: "Din organisation har ingen tilldelning i denna omgång.", en: "Your organisation has no allotment in this round." },
  windowClosed: {
    code: "CONFLICT",
    sv: "Rekvisitionstiden är {opens}–{closes}. Rekvisitionen kan inte göras nu.",
    en: "Requisitions are accepted {opens}–{closes}. It cannot be made now.",
  },
  overAllotment: {
    code: "BAD_USER_INPUT",
    sv: "Rekvirerat belopp ({amount}) är större än tilldelningen ({allotment}).",
    en: "The requisitioned amount ({amount}) exceeds the allotment ({allotment}).",
  },
  alreadyRequisitioned: {
    code: "CONFLICT",
    sv: "{organisation} har redan rekvirerat medel i denna omgång.",
    en: "{organisation} has already requisitioned funds in this round.",
  },
  invalidPaymentNumber: {
    code: "BAD_USER_INPUT",
    sv: "{method}numret {number} är inte giltigt. Kontrollera siffrorna.",
    en: "The {method} number {number} is not valid. Check the digits.",
  },
  invalidOrganisationNumber: {
    code: "BAD_USER_INPUT",
    sv: "Organisationsnumret är inte giltigt. Skriv det som NNNNNN-NNNN.",
    en: "The organisation number is not valid. Write it as NNNNNN-NNNN.",
  },
  ngoNotEligible: {
    code: "BAD_USER_INPUT",
    sv: "Organisationen uppfyller inte villkoren för att söka utvecklingsmedel. Se meddelandena vid fälten.",
    en: "The organisation does not meet the conditions to apply for development funds. See the messages next to the fields.",
  },
  jointNotKommun: {
    code: "BAD_USER_INPUT",
    sv: "En gemensam rekvisition kan bara göras av kommuner med egen tilldelning.",
    en: "A joint requisition can only be made by kommuner with their own allotment.",
  },
  notJointMember: {
    code: "NOT_FOUND",
    sv: "Det finns ingen gemensam rekvisition att bekräfta för din organisation.",
    en: "There is no joint requisition for your organisation to confirm.",
  },
  jointUnconfirmed: {
    code: "CONFLICT",
    sv: "Alla kommuner i den gemensamma rekvisitionen har inte bekräftat: {missing}.",
    en: "Not every kommun of the joint requisition has confirmed: {missing}.",
  },
  windowAlreadyClosed: {
    code: "CONFLICT",
    sv: "Rekvisitionstiden gick redan ut {closes}.",
    en: "The requisition window already closed {closes}.",
  },
  redistributionBeforeClose: {
    code: "CONFLICT",
    sv: "Omfördelning görs efter att rekvisitionstiden gått ut ({closes}).",
    en: "Redistribution is done after the requisition window closes ({closes}).",
  },
  scoreOwnOrganisation: {
    code: "FORBIDDEN",
    sv: "Du kan inte bedöma en ansökan från din egen organisation.",
    en: "You cannot score an application from your own organisation.",
  },
  notNgoApplication: { code: "NOT_FOUND", sv: "Ansökan om utvecklingsmedel hittades inte.", en: "The development-fund application was not found." },
  invalid: { code: "BAD_USER_INPUT", sv: "{reason}", en: "{reason}" },
});
