import type { CatalogueSection } from "./types";

/** Questionnaires (enkäter): sending, reminders, submitted answers. */
export const questionnaireMessages: CatalogueSection = {
  messages: {
    "questionnaire.sent": {
      sv: { title: "Enkät att besvara: {title}", body: "{owner} ber er organisation besvara enkäten {title}. Sista svarsdag är {deadline}." },
      en: {
        title: "Questionnaire to answer: {title}",
        body: "{owner} asks your organisation to answer the questionnaire {title}. The last day to answer is {deadline}.",
      },
    },
    "questionnaire.reminder": {
      sv: { title: "Påminnelse: {title}", body: "Er organisation har ännu inte skickat in svaret på enkäten {title}. Sista svarsdag är {deadline}." },
      en: {
        title: "Reminder: {title}",
        body: "Your organisation has not yet submitted its answer to the questionnaire {title}. The last day to answer is {deadline}.",
      },
    },
    "questionnaire.submitted": {
      sv: { title: "Enkätsvar inskickat: {title}", body: "{organisation} har skickat in sitt svar på enkäten {title}." },
      en: { title: "Questionnaire answer submitted: {title}", body: "{organisation} has submitted its answer to the questionnaire {title}." },
    },
    "questionnaire.closed": {
      sv: { title: "Enkäten är stängd: {title}", body: "Enkäten {title} är stängd. Svaren kan inte längre ändras." },
      en: { title: "Questionnaire closed: {title}", body: "The questionnaire {title} is closed. The answers can no longer be changed." },
    },
  },
};
