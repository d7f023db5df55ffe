import { defineErrors } from "../../shared/errors";

export const CountyWorkErrors = defineErrors("countyWork", {
  visitNotFound: { code: "NOT_FOUND", sv: "Kommunbesöket hittades inte.", en: "The municipality visit was not found." },
  campaignNotFound: { code: "NOT_FOUND", sv: "Kampanjen hittades inte.", en: "The campaign was not found." },
  methodSpreadNotFound: { code: "NOT_FOUND", sv: "Metodspridningen hittades inte.", en: "The method spread was not found." },
  strategyNotFound: { code: "NOT_FOUND", sv: "Strategin hittades inte.", en: "The strategy was not found." },
  methodNotFound: { code: "NOT_FOUND", sv: "Metoden hittades inte.", en: "The method was not found." },
  otherCounty: {
    code: "FORBIDDEN",
    sv: "Du kan bara se och registrera ditt eget läns arbete.",
    en: "You can only see and record your own county's work.",
  },
  notACountyBoard: {
    code: "FORBIDDEN",
    sv: "Länets arbete registreras av länsstyrelsen.",
    en: "County work is recorded by the county board.",
  },
  invalid: { code: "BAD_USER_INPUT", sv: "{reason}", en: "{reason}" },
});
