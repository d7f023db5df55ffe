import type { CatalogueSection } from "./types";

/**
 * Letter and e-mail templates: the built-in texts, written with Mustache `{{placeholders}}`, that
 * apply while no version is stored for a programme or call; and the e-mail sent from a stored version.
 */
export const letterTemplateMessages: CatalogueSection = {
  messages: {
    // A decision e-mail written from a stored template: subject and text are rendered in both languages when it is sent.
    "letterTemplate.mail": { sv: { title: "{subject}", body: "{text}" }, en: { title: "{subject}", body: "{text}" } },
  },
  phrases: {
    "letterTemplate.builtIn.DECISION_LETTER": { sv: "{{outcome}}", en: "{{outcome}}" },
    "letterTemplate.builtIn.RECLAIM_LETTER": {
      sv: "Socialstyrelsen har granskat återrapporteringen och beslutar att {{amount}} av de utbetalda medlen ska betalas tillbaka.",
      en: "Socialstyrelsen has reviewed the follow-up report and decides that {{amount}} of the funds paid is to be repaid.",
    },
    "letterTemplate.builtIn.DECISION_EMAIL.subject": { sv: "Beslut: {{diarienummer}}", en: "Decision: {{diarienummer}}" },
    "letterTemplate.builtIn.DECISION_EMAIL": {
      sv: "Ansökan ”{{title}}” har {{outcome}}. Beviljat belopp: {{amount}}. Beslutsbrevet finns att hämta i Samverka.",
      en: "The application “{{title}}” has been {{outcome}}. Amount granted: {{amount}}. The decision letter can be downloaded in Samverka.",
    },
    "letterTemplate.sample.call.SARSKILDA_STIMULANSMEDEL": { sv: "Särskilda stimulansmedel", en: "Särskilda stimulansmedel" },
    "letterTemplate.sample.call.UTVECKLINGSMEDEL": { sv: "Utvecklingsmedel", en: "Utvecklingsmedel" },
    "letterTemplate.sample.organisation": { sv: "Exempelkommunen", en: "Exempelkommunen" },
    "letterTemplate.sample.title": { sv: "Exempelprojekt mot våld i nära relationer", en: "Example project against violence in close relationships" },
    "letterTemplate.sample.reason": { sv: "Ansökan uppfyller villkoren för medlen.", en: "The application meets the conditions for the funds." },
  },
};
