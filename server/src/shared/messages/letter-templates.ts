import type { CatalogueSection } from "./types";

/**
 * Letter and e-mail templates: the built-in texts, written with Mustache `{{placeholders}}`, that
 * apply while no version is stored for a programme or call; and the e-mail sent from a stored version.
 */
export const letterTemplateMessages: CatalogueSection = {
  messages: {
    // An e-mail written from a stored template: subject and text are rendered in both languages when it is sent.
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
    // A decision letter's conditions: with the funded period when the application names both its ends.
    "letterTemplate.builtIn.DECISION_CONDITIONS": {
      sv: "{{#periodStart}}Medlen ska användas för det ändamål som anges i ansökan under perioden {{periodStart}}–{{periodEnd}}.{{/periodStart}}{{^periodStart}}Medlen ska användas för det ändamål som anges i ansökan.{{/periodStart}} Återrapportering om hur medlen använts ska lämnas senast {{followUpDueDate}}. Medel som inte används ska betalas tillbaka till Socialstyrelsen.",
      en: "{{#periodStart}}The funds are to be used for the purpose stated in the application during the period {{periodStart}}–{{periodEnd}}.{{/periodStart}}{{^periodStart}}The funds are to be used for the purpose stated in the application.{{/periodStart}} A follow-up report on how the funds were used is due by {{followUpDueDate}}. Funds not used are to be repaid to Socialstyrelsen.",
    },
    // APPEAL_INFORMATION has no phrase of its own: its built-in text is the programme's appeal phrase (letter.appeal.*).
    "letterTemplate.builtIn.RECLAIM_EMAIL.subject": { sv: "Beslut om återkrav: {{diarienummer}}", en: "Reclaim decision: {{diarienummer}}" },
    "letterTemplate.builtIn.RECLAIM_EMAIL": {
      sv: "Socialstyrelsen har beslutat att {{amount}} av medlen för ”{{title}}” ska betalas tillbaka: {{reason}} Beslutet finns att hämta i Samverka.",
      en: "Socialstyrelsen has decided that {{amount}} of the funds for “{{title}}” is to be repaid: {{reason}} The decision letter can be downloaded in Samverka.",
    },
    "letterTemplate.builtIn.FOLLOW_UP_COMPLETION_EMAIL.subject": {
      sv: "Komplettera återrapporteringen: {{diarienummer}}",
      en: "Complete the follow-up report: {{diarienummer}}",
    },
    "letterTemplate.builtIn.FOLLOW_UP_COMPLETION_EMAIL": {
      sv: "Socialstyrelsen ber er komplettera återrapporteringen av ”{{title}}” senast {{dueDate}}: {{message}}",
      en: "Socialstyrelsen asks you to complete the follow-up report on “{{title}}” by {{dueDate}}: {{message}}",
    },
    "letterTemplate.sample.call.SARSKILDA_STIMULANSMEDEL": { sv: "Särskilda stimulansmedel", en: "Särskilda stimulansmedel" },
    "letterTemplate.sample.call.UTVECKLINGSMEDEL": { sv: "Utvecklingsmedel", en: "Utvecklingsmedel" },
    "letterTemplate.sample.organisation": { sv: "Exempelkommunen", en: "Exempelkommunen" },
    "letterTemplate.sample.title": { sv: "Exempelprojekt mot våld i nära relationer", en: "Example project against violence in close relationships" },
    "letterTemplate.sample.completion": {
      sv: "Redovisa hur medlen till samordning har använts.",
      en: "Describe how the funds for coordination were used.",
    },
    "letterTemplate.sample.reason": { sv: "Ansökan uppfyller villkoren för medlen.", en: "The application meets the conditions for the funds." },
  },
};
