import { graphql } from "../../generated";

export const LetterTemplateVersionFields = graphql(`
  fragment LetterTemplateVersionFields on LetterTemplateVersion {
    id
    version
    callId
    subjectSv
    subjectEn
    bodySv
    bodyEn
    createdAt
  }
`);

export const LetterTemplateQuery = graphql(`
  query LetterTemplate($kind: LetterTemplateKind!, $programme: GrantProgramme!, $callId: ID) {
    letterTemplate(kind: $kind, programme: $programme, callId: $callId) {
      kind
      programme
      callId
      inherited
      hasSubject
      placeholders
      current {
        ...LetterTemplateVersionFields
      }
      builtInSv {
        subject
        body
      }
      builtInEn {
        subject
        body
      }
    }
    letterTemplateVersions(kind: $kind, programme: $programme, callId: $callId, limit: 20) {
      ...LetterTemplateVersionFields
    }
  }
`);

export const LetterTemplateCallsQuery = graphql(`
  query LetterTemplateCalls($programme: GrantProgramme!) {
    grantCalls(programme: $programme) {
      id
      title
      year
    }
  }
`);

export const LetterTemplateApplicationsQuery = graphql(`
  query LetterTemplateApplications($callId: ID) {
    grantApplications(callId: $callId, limit: 50, offset: 0) {
      items {
        id
        title
        diarienummer
        decidedAt
      }
    }
  }
`);

export const PreviewLetterTemplateQuery = graphql(`
  query PreviewLetterTemplate($input: LetterTemplateInput!, $applicationId: ID) {
    previewLetterTemplate(input: $input, applicationId: $applicationId) {
      applicationId
      sv {
        subject
        body
      }
      en {
        subject
        body
      }
    }
  }
`);

export const PublishLetterTemplateMutation = graphql(`
  mutation PublishLetterTemplate($input: LetterTemplateInput!) {
    publishLetterTemplate(input: $input) {
      ...LetterTemplateVersionFields
    }
  }
`);
