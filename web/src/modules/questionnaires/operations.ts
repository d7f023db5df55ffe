import { graphql } from "../../generated";

export const QuestionFieldsFragment = graphql(`
  fragment QuestionFields on Question {
    id
    code
    type
    textSv
    textEn
    allowsOther
    prefillCode
    choices {
      code
      sv
      en
    }
    options {
      code
      sv
      en
    }
    matrixRows {
      code
      sv
      en
    }
  }
`);

export const QuestionnaireRowFragment = graphql(`
  fragment QuestionnaireRow on Questionnaire {
    id
    titleSv
    titleEn
    year
    targetGroup
    status
    deadline
    sentAt
    remindedAt
    availableActions
    owner {
      id
      name
    }
    responseRate {
      recipients
      submitted
      share
    }
  }
`);

export const QuestionnairesQuery = graphql(`
  query Questionnaires($offset: Int!, $limit: Int!) {
    questionnaires(offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        ...QuestionnaireRow
      }
    }
  }
`);

export const MyQuestionnaireResponsesQuery = graphql(`
  query MyQuestionnaireResponses($offset: Int!, $limit: Int!) {
    myQuestionnaireResponses(offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        id
        status
        submittedAt
        questionnaire {
          id
          titleSv
          titleEn
          year
          deadline
          status
          owner {
            id
            name
          }
        }
      }
    }
  }
`);

export const QuestionnaireQuery = graphql(`
  query Questionnaire($id: ID!) {
    questionnaire(id: $id) {
      ...QuestionnaireRow
      questions {
        position
        section
        question {
          ...QuestionFields
        }
      }
    }
  }
`);

export const QuestionBankQuery = graphql(`
  query QuestionBank($search: String, $offset: Int!, $limit: Int!) {
    questionBank(search: $search, offset: $offset, limit: $limit) {
      total
      items {
        ...QuestionFields
      }
    }
  }
`);

export const SaveQuestionnaireMutation = graphql(`
  mutation SaveQuestionnaire($input: SaveQuestionnaireInput!) {
    saveQuestionnaire(input: $input) {
      ...QuestionnaireRow
    }
  }
`);

export const SendQuestionnaireMutation = graphql(`
  mutation SendQuestionnaire($id: ID!) {
    sendQuestionnaire(id: $id) {
      ...QuestionnaireRow
    }
  }
`);

export const RemindQuestionnaireMutation = graphql(`
  mutation RemindQuestionnaire($id: ID!) {
    remindQuestionnaireRecipients(id: $id) {
      ...QuestionnaireRow
    }
  }
`);

export const CloseQuestionnaireMutation = graphql(`
  mutation CloseQuestionnaire($id: ID!) {
    closeQuestionnaire(id: $id) {
      ...QuestionnaireRow
    }
  }
`);

export const QuestionnaireResultsQuery = graphql(`
  query QuestionnaireResults($questionnaireId: ID!, $countyCode: String) {
    questionnaireResults(questionnaireId: $questionnaireId, countyCode: $countyCode) {
      countyCode
      responseRate {
        recipients
        submitted
        share
      }
      byCounty {
        countyCode
        recipients
        submitted
        share
      }
      questions {
        position
        answered
        sum
        mean
        chart
        question {
          ...QuestionFields
        }
        choices {
          code
          count
          share
        }
        cells {
          row
          column
          count
          share
        }
      }
    }
  }
`);

export const ResponseFieldsFragment = graphql(`
  fragment ResponseFields on QuestionnaireResponse {
    id
    status
    submittedAt
    updatedAt
    availableActions
    answers {
      questionId
      otherText
      prefilled
      changedFromPrefill
      value {
        choice
        choices
        number
        text
        matrix {
          row
          column
        }
      }
    }
  }
`);

export const OpenQuestionnaireResponseMutation = graphql(`
  mutation OpenQuestionnaireResponse($questionnaireId: ID!) {
    openQuestionnaireResponse(questionnaireId: $questionnaireId) {
      ...ResponseFields
    }
  }
`);

export const SaveQuestionnaireAnswersMutation = graphql(`
  mutation SaveQuestionnaireAnswers($responseId: ID!, $answers: [AnswerInput!]!) {
    saveQuestionnaireAnswers(responseId: $responseId, answers: $answers) {
      ...ResponseFields
    }
  }
`);

export const SubmitQuestionnaireResponseMutation = graphql(`
  mutation SubmitQuestionnaireResponse($responseId: ID!) {
    submitQuestionnaireResponse(responseId: $responseId) {
      ...ResponseFields
    }
  }
`);

export const QuestionnaireCountiesQuery = graphql(`
  query QuestionnaireCounties {
    counties {
      code
      name
    }
  }
`);

export const CreateQuestionMutation = graphql(`
  mutation CreateQuestion($input: CreateQuestionInput!) {
    createQuestion(input: $input) {
      ...QuestionFields
    }
  }
`);

export const QuestionnaireRecipientsQuery = graphql(`
  query QuestionnaireRecipients($questionnaireId: ID!, $status: QuestionnaireResponseStatus, $offset: Int!, $limit: Int!) {
    questionnaireRecipients(questionnaireId: $questionnaireId, status: $status, offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        id
        status
        submittedAt
        organisation {
          id
          name
        }
      }
    }
  }
`);
