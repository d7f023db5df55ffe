import { defineErrors } from "../../shared/errors";

export const UserErrors = defineErrors("user", {
  unknownEmailFrequency: {
    code: "BAD_USER_INPUT",
    sv: "Välj hur du vill få e-post om aviseringar: IMMEDIATE, DAILY eller OFF.",
    en: "Choose how you want e-mail about notifications: IMMEDIATE, DAILY or OFF.",
  },
  unknownLanguage: {
    code: "BAD_USER_INPUT",
    sv: "Språket {language} finns inte i Samverka. Välj svenska (SV) eller engelska (EN).",
    en: "Samverka has no language {language}. Choose Swedish (SV) or English (EN).",
  },
  emailTaken: {
    code: "CONFLICT",
    sv: "Det finns redan ett konto med e-postadressen {email}.",
    en: "There is already an account with the e-mail address {email}.",
  },
  roleNotAllowed: {
    code: "BAD_USER_INPUT",
    sv: "Rollen {role} kan inte ges till en användare i {organisation}.",
    en: "The role {role} cannot be given to a user of {organisation}.",
  },
  cannotRemoveOwnAdmin: {
    code: "CONFLICT",
    sv: "Du kan inte ta bort din egen administratörsroll. Be en annan administratör göra det.",
    en: "You cannot remove your own administrator role. Ask another administrator to do it.",
  },
  otherOrganisation: {
    code: "FORBIDDEN",
    sv: "Du kan bara administrera användare i din egen organisation.",
    en: "You can only administer users of your own organisation.",
  },
  roleNotGrantable: {
    code: "FORBIDDEN",
    sv: "Du kan inte ge eller ta bort rollen {role}: du har den inte själv.",
    en: "You cannot give or remove the role {role}: you do not hold it yourself.",
  },
  userHasRoleNotGrantable: {
    code: "FORBIDDEN",
    sv: "Du kan inte ändra ett konto med rollen {role}: du har den inte själv.",
    en: "You cannot change an account with the role {role}: you do not hold it yourself.",
  },
  lastPlatformAdmin: {
    code: "CONFLICT",
    sv: "Det måste finnas minst en aktiv plattformsadministratör. Utse en till innan du tar bort den här.",
    en: "There must be at least one active platform administrator. Appoint another before removing this one.",
  },
  cannotDeactivateSelf: {
    code: "CONFLICT",
    sv: "Du kan inte inaktivera ditt eget konto.",
    en: "You cannot deactivate your own account.",
  },
  notFound: { code: "NOT_FOUND", sv: "Användaren hittades inte.", en: "The user was not found." },
  organisationNotFound: { code: "NOT_FOUND", sv: "Organisationen hittades inte.", en: "The organisation was not found." },
});
