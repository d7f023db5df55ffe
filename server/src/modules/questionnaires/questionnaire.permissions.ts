import { allow, can, or } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

const manage = can("questionnaire.manage");
const answer = can("questionnaire.answer");
const results = or(can("questionnaire.results.read"), manage);

export const questionnairePermissions: PermissionFragment = {
  Query: {
    questionBank: manage,
    questionnaires: results,
    questionnaire: or(results, answer),
    questionnaireRecipients: manage,
    questionnaireResponseRate: results,
    questionnaireResults: results,
    myQuestionnaireResponses: answer,
    questionnaireResponse: or(answer, manage),
  },
  Mutation: {
    createQuestion: manage,
    saveQuestionnaire: manage,
    sendQuestionnaire: manage,
    remindQuestionnaireRecipients: manage,
    closeQuestionnaire: manage,
    openQuestionnaireResponse: answer,
    saveQuestionnaireAnswers: answer,
    submitQuestionnaireResponse: answer,
  },
  Question: allow,
  QuestionChoice: allow,
  QuestionPage: allow,
  Questionnaire: allow,
  QuestionnairePage: allow,
  QuestionnaireQuestion: allow,
  QuestionnaireResponse: allow,
  QuestionnaireResponsePage: allow,
  QuestionnaireAnswer: allow,
  AnswerValueView: allow,
  MatrixCell: allow,
  ResponseRate: allow,
  CountyResponseRate: allow,
  QuestionnaireResults: allow,
  QuestionResult: allow,
  ChoiceCount: allow,
  MatrixCellCount: allow,
};
