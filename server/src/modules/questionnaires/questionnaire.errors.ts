import { defineErrors } from "../../shared/errors";

export const QuestionnaireErrors = defineErrors("questionnaire", {
  questionnaireNotFound: { code: "NOT_FOUND", sv: "Enkäten hittades inte.", en: "The questionnaire was not found." },
  responseNotFound: { code: "NOT_FOUND", sv: "Enkätsvaret hittades inte.", en: "The questionnaire response was not found." },
  questionNotFound: { code: "NOT_FOUND", sv: "Frågan hittades inte.", en: "The question was not found." },
  answeredInItsOwnFlow: {
    code: "CONFLICT",
    sv: "Formuläret besvaras i sitt eget flöde (återrapporteringen) och skickas inte ut.",
    en: "The form is answered in its own flow (the follow-up report) and is not sent out.",
  },
  notOwner: {
    code: "FORBIDDEN",
    sv: "Bara organisationen som äger enkäten kan göra detta.",
    en: "Only the organisation that owns the questionnaire can do this.",
  },
  resultsForbidden: {
    code: "FORBIDDEN",
    sv: "Resultaten läses av enkätens ägare, Socialstyrelsen och Vårdanalys.",
    en: "The results are read by the questionnaire's owner, Socialstyrelsen and Vårdanalys.",
  },
  notEditable: {
    code: "CONFLICT",
    sv: "Enkäten har status {status} och kan inte längre ändras.",
    en: "The questionnaire is {status} and can no longer be changed.",
  },
  notSent: { code: "CONFLICT", sv: "Enkäten har inte skickats ut än.", en: "The questionnaire has not been sent yet." },
  deadlinePassed: {
    code: "CONFLICT",
    sv: "Sista svarsdag var {deadline}. Svaret kan inte längre ändras.",
    en: "The last day to answer was {deadline}. The response can no longer be changed.",
  },
  questionnaireClosed: {
    code: "CONFLICT",
    sv: "Enkäten är stängd. Svaret kan inte längre ändras.",
    en: "The questionnaire is closed. The response can no longer be changed.",
  },
  codeTaken: {
    code: "CONFLICT",
    sv: "Det finns redan en fråga med koden {code}.",
    en: "There is already a question with the code {code}.",
  },
  incomplete: {
    code: "BAD_USER_INPUT",
    sv: "Besvara alla frågor innan svaret skickas in ({count} saknas).",
    en: "Answer every question before submitting ({count} missing).",
  },
  invalid: { code: "BAD_USER_INPUT", sv: "{reason}", en: "{reason}" },
});
