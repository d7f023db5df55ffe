import { registerEnumType } from "type-graphql";
import { StateMachine } from "../../shared/state-machine";

export enum QuestionnaireStatus {
  DRAFT = "DRAFT",
  SENT = "SENT",
  CLOSED = "CLOSED",
}
registerEnumType(QuestionnaireStatus, { name: "QuestionnaireStatus" });

export enum ResponseStatus {
  DRAFT = "DRAFT",
  SUBMITTED = "SUBMITTED",
}
registerEnumType(ResponseStatus, { name: "QuestionnaireResponseStatus" });

const Q = QuestionnaireStatus;

/** A questionnaire is built as a draft, sent to its target group, and closed. */
export const questionnaireMachine = new StateMachine<QuestionnaireStatus>(
  { sv: "Enkäten", en: "The questionnaire" },
  {
    DRAFT: [Q.SENT],
    SENT: [Q.CLOSED],
    CLOSED: [],
  },
  {
    DRAFT: { sv: "utkast", en: "draft" },
    SENT: { sv: "utskickad", en: "sent" },
    CLOSED: { sv: "stängd", en: "closed" },
  },
);

/**
 * An organisation's answer is a draft until submitted. A submitted answer stays submitted; its
 * answers may still be corrected until the deadline.
 */
export const responseMachine = new StateMachine<ResponseStatus>(
  { sv: "Enkätsvaret", en: "The questionnaire response" },
  {
    DRAFT: [ResponseStatus.SUBMITTED],
    SUBMITTED: [],
  },
  {
    DRAFT: { sv: "utkast", en: "draft" },
    SUBMITTED: { sv: "inskickat", en: "submitted" },
  },
);

/** What a person may do with a questionnaire. */
export enum QuestionnaireAction {
  EDIT = "EDIT",
  SEND = "SEND",
  REMIND = "REMIND",
  CLOSE = "CLOSE",
  READ_RESULTS = "READ_RESULTS",
}
registerEnumType(QuestionnaireAction, {
  name: "QuestionnaireAction",
  description: "Vad som kan göras med enkäten: ändra, skicka ut, påminna, stänga, läsa resultat",
});

/** What a person may do with their organisation's response. */
export enum QuestionnaireResponseAction {
  SAVE = "SAVE",
  SUBMIT = "SUBMIT",
}
registerEnumType(QuestionnaireResponseAction, {
  name: "QuestionnaireResponseAction",
  description: "Vad som kan göras med svaret: spara (utkast eller rättelse), skicka in",
});
