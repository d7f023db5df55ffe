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
  emailInvalid: {
    code: "BAD_USER_INPUT",
    sv: "Ange en giltig e-postadress.",
    en: "Enter a valid e-mail address.",
  },
  twoFactorEnrolmentRequired: {
    code: "FORBIDDEN",
    sv: "Beslut om och utbetalning av pengar kräver tvåstegsinloggning. Aktivera den under Mitt konto och försök igen.",
    en: "Deciding on and paying out money requires two-factor sign-in. Turn it on under My account and try again.",
  },
  wrongSecondFactor: {
    code: "UNAUTHENTICATED",
    sv: "Koden stämmer inte. Ange koden som appen visar nu, eller en av dina reservkoder.",
    en: "The code is not right. Enter the code the app shows now, or one of your recovery codes.",
  },
  signInChallengeInvalid: {
    code: "UNAUTHENTICATED",
    sv: "Inloggningen har gått ut eller för många fel koder har angetts. Logga in igen.",
    en: "The sign-in has expired or too many wrong codes were entered. Sign in again.",
  },
  resetLinkInvalid: {
    code: "BAD_USER_INPUT",
    sv: "Länken har redan använts eller gått ut. Begär en ny länk under Glömt lösenord.",
    en: "The link has already been used or has expired. Ask for a new one under Forgot password.",
  },
  tooManyResetRequests: {
    code: "FORBIDDEN",
    sv: "För många begäranden om nytt lösenord. Vänta {minutes} minuter och försök igen.",
    en: "Too many requests for a new password. Wait {minutes} minutes and try again.",
  },
  wrongCurrentPassword: {
    code: "BAD_USER_INPUT",
    sv: "Det nuvarande lösenordet stämmer inte.",
    en: "The current password is not right.",
  },
  weakPassword: {
    code: "BAD_USER_INPUT",
    sv: "Lösenordet är för lätt att gissa. Välj minst 12 tecken, med bokstäver, som inte bygger på din e-postadress, ett vanligt lösenord eller samma få tecken upprepade.",
    en: "The password is too easy to guess. Choose at least 12 characters, letters among them, that are not based on your e-mail address, a common password or the same few characters repeated.",
  },
  twoFactorAlreadyEnabled: {
    code: "CONFLICT",
    sv: "Tvåstegsinloggning är redan aktiverad för ditt konto.",
    en: "Two-factor sign-in is already turned on for your account.",
  },
  twoFactorNotEnabled: {
    code: "CONFLICT",
    sv: "Tvåstegsinloggning är inte aktiverad för kontot.",
    en: "Two-factor sign-in is not turned on for the account.",
  },
  twoFactorRequiredCannotDisable: {
    code: "FORBIDDEN",
    sv: "Tvåstegsinloggning krävs för dig, eftersom du beslutar om eller betalar ut pengar. Den kan inte stängas av.",
    en: "Two-factor sign-in is required of you, since you decide on or pay out money. It cannot be turned off.",
  },
  twoFactorNotStarted: {
    code: "CONFLICT",
    sv: "Starta aktiveringen av tvåstegsinloggning först.",
    en: "Start turning on two-factor sign-in first.",
  },
  passwordSignInDisabled: {
    code: "FORBIDDEN",
    sv: "{organisation} loggar in via sin egen inloggningstjänst. Välj Logga in via {organisation} på inloggningssidan.",
    en: "{organisation} signs in through its own sign-in service. Choose Sign in via {organisation} on the sign-in page.",
  },
  sessionNotFound: {
    code: "NOT_FOUND",
    sv: "Inloggningen hittades inte; den kan redan vara avslutad.",
    en: "The session was not found; it may already have ended.",
  },
});
