import { defineErrors } from "../shared/errors";

export const AuthErrors = defineErrors("auth", {
  invalidCredentials: {
    code: "UNAUTHENTICATED",
    sv: "Fel e-postadress eller lösenord.",
    en: "Wrong e-mail address or password.",
  },
  tooManyAttempts: {
    code: "FORBIDDEN",
    sv: "För många misslyckade inloggningsförsök. Vänta {minutes} minuter och försök igen.",
    en: "Too many failed sign-in attempts. Wait {minutes} minutes and try again.",
  },
  userNotFound: {
    code: "NOT_FOUND",
    sv: "Användaren hittades inte.",
    en: "The user was not found.",
  },
  invitationInvalid: {
    code: "BAD_USER_INPUT",
    sv: "Inbjudan är ogiltig eller har gått ut. Be din administratör om en ny inbjudan.",
    en: "The invitation is invalid or has expired. Ask your administrator for a new one.",
  },
});
