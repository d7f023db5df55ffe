import { defineErrors } from "../../shared/errors";

export const PersonalDataErrors = defineErrors("personalData", {
  emailInvalid: {
    code: "BAD_USER_INPUT",
    sv: "Ange en giltig e-postadress.",
    en: "Enter a valid e-mail address.",
  },
  reasonRequired: {
    code: "BAD_USER_INPUT",
    sv: "Ange skälet till raderingen (minst 10 tecken).",
    en: "Give the reason for the erasure (at least 10 characters).",
  },
  retentionRunning: {
    code: "CONFLICT",
    sv: "Gallringen körs redan. Försök igen när den är klar.",
    en: "The erasure is already running. Try again when it has finished.",
  },
});
