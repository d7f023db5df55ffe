import type { CatalogueSection } from "./types";

/** Personal data: the register extract (GDPR article 15) and why records are kept. */
export const personalDataMessages: CatalogueSection = {
  messages: {},
  phrases: {
    "personalData.extract.title": { sv: "Registerutdrag", en: "Register extract" },
    "personalData.extract.intro": {
      sv: "Utdrag enligt artikel 15 i dataskyddsförordningen (GDPR): de personuppgifter Samverka behandlar om e-postadressen {email}.",
      en: "Extract under article 15 of the General Data Protection Regulation (GDPR): the personal data Samverka processes about the e-mail address {email}.",
    },
    "personalData.extract.generatedAt": { sv: "Framtaget", en: "Produced" },
    "personalData.extract.count": { sv: "Antal", en: "Count" },
    "personalData.extract.none": { sv: "Inga uppgifter.", en: "Nothing." },
    "personalData.extract.erasable": { sv: "Raderas på begäran.", en: "Erased on request." },
    "personalData.extract.kept": { sv: "Sparas: {reason}", en: "Kept: {reason}" },
    "personalData.extract.truncated": { sv: "De första {shown} av {count} visas.", en: "The first {shown} of {count} are shown." },
    "personalData.extract.retention": {
      sv: "Deltagares, mötesdeltagares och kontaktpersoners uppgifter gallras {months} månader efter utbildningen, mötet eller ansökan.",
      en: "The data of participants, meeting attendees and contacts is erased {months} months after the training, meeting or application.",
    },
    "personalData.kind.USER_ACCOUNT": { sv: "Användarkonto", en: "User account" },
    "personalData.kind.TRAINING_REGISTRATION": { sv: "Anmälningar till utbildningar", en: "Training registrations" },
    "personalData.kind.COURSE_LEADER": { sv: "Kursledarregistret", en: "Course-leader registry" },
    "personalData.kind.MEETING_ATTENDEE": { sv: "Anmälda deltagare på nätverksmöten", en: "Attendees of network meetings" },
    "personalData.kind.NETWORK_CONTACT": { sv: "Kontaktperson i nätverk", en: "Contact person of a network" },
    "personalData.kind.APPLICATION_CONTACT": { sv: "Kontaktperson i ansökningar och rekvisitioner", en: "Contact person of applications and requisitions" },
    "personalData.kind.OUTBOX_MAIL": { sv: "E-post till adressen", en: "E-mail to the address" },
    "personalData.kind.AUDIT_ENTRY": { sv: "Händelser i loggen", en: "Entries of the audit log" },
    "personalData.kept.account": {
      sv: "kontot behövs för att logga in, och namnet står i beslut och i loggen. Avaktivera kontot under Användare för att stänga det.",
      en: "the account is needed to sign in, and the name appears in decisions and in the audit log. Deactivate the account under Users to close it.",
    },
    "personalData.kept.decision": {
      sv: "ansökan har ett beslut, som är en allmän handling och ska bevaras (arkivlagen).",
      en: "the application has a decision, which is an official document that must be kept (the Archives Act).",
    },
    "personalData.kept.audit": {
      sv: "loggen visar vem som gjorde vad och när och ändras inte; raderade uppgifter står där som ”Gallrad”.",
      en: "the audit log shows who did what and when and is not changed; erased values read “Gallrad” there.",
    },
  },
};
