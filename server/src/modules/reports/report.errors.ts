import { defineErrors } from "../../shared/errors";

export const ReportErrors = defineErrors("report", {
  invalidYear: { code: "BAD_USER_INPUT", sv: "Välj ett år mellan 2000 och 2099.", en: "Choose a year between 2000 and 2099." },
  deadlineNotFound: { code: "NOT_FOUND", sv: "Redovisningstillfället finns inte.", en: "There is no such reporting date." },
  notOurs: {
    code: "FORBIDDEN",
    sv: "Redovisningen lämnas av en annan myndighet och markeras inte här.",
    en: "That report is handed in by another agency and is not marked here.",
  },
  notSubmitted: { code: "NOT_FOUND", sv: "Redovisningen har inte lämnats in ännu.", en: "The report has not been submitted yet." },
});
