import { graphql } from "../../generated";

export const GrantCallFieldsFragment = graphql(`
  fragment GrantCallFields on GrantCall {
    id
    year
    title
    description
    budget
    grantedTotal
    isOpen
    availableActions
    opensAt
    closesAt
    eligibleKinds
    consultationDays
    minConsultationDays
    earliestConsultationDueDate
    followUpDueDate
    usableUntil
    assessedByReviewers
    consultationOrganisation {
      id
      name
    }
  }
`);

/** Stimulus-fund calls as everyone may see them (development funds have their own portal). */
export const GrantCallsQuery = graphql(`
  query GrantCalls {
    grantCalls(programme: SARSKILDA_STIMULANSMEDEL) {
      ...GrantCallFields
    }
  }
`);

/** Calls with how others' applications stand: Socialstyrelsen and analysts (grant.read.all). */
export const GrantCallsOverviewQuery = graphql(`
  query GrantCallsOverview {
    grantCalls(programme: SARSKILDA_STIMULANSMEDEL) {
      ...GrantCallFields
      requestedTotal
      remaining
      grantedCount
      statusCounts {
        status
        count
      }
    }
  }
`);

export const GrantCallQuery = graphql(`
  query GrantCall($id: ID!) {
    grantCall(id: $id) {
      ...GrantCallFields
    }
  }
`);

export const GrantCallFiguresQuery = graphql(`
  query GrantCallFigures($id: ID!) {
    grantCall(id: $id) {
      id
      requestedTotal
      remaining
      grantedCount
      statusCounts {
        status
        count
      }
    }
  }
`);

export const CreateGrantCallMutation = graphql(`
  mutation CreateGrantCall($input: CreateGrantCallInput!) {
    createGrantCall(input: $input) {
      ...GrantCallFields
    }
  }
`);

export const GrantApplicationRowFragment = graphql(`
  fragment GrantApplicationRow on GrantApplication {
    id
    title
    diarienummer
    status
    availableActions
    requestedAmount
    grantedAmount
    submittedAt
    updatedAt
    organisation {
      id
      name
    }
    call {
      id
      title
    }
  }
`);

export const GrantApplicationsQuery = graphql(`
  query GrantApplications($callId: ID, $statuses: [GrantApplicationStatus!], $limit: Int!, $offset: Int!) {
    grantApplications(callId: $callId, statuses: $statuses, limit: $limit, offset: $offset) {
      total
      offset
      limit
      hasMore
      items {
        ...GrantApplicationRow
      }
    }
  }
`);

export const GrantApplicationFieldsFragment = graphql(`
  fragment GrantApplicationFields on GrantApplication {
    id
    status
    availableActions
    version
    diarienummer
    title
    purpose
    plannedActivities
    targetGroups
    periodStart
    periodEnd
    requestedAmount
    budgetLines {
      category
      amount
    }
    contactName
    contactEmail
    contactPhone
    purposeCategories
    createdAt
    updatedAt
    submittedAt
    completionMessage
    completionDueDate
    outcome
    grantedAmount
    motivation
    decidedAt
    decidedWithoutOpinion
    decidableWithoutOpinion
    decidableWithoutOpinionFrom
    presentingOfficers {
      id
      name
    }
    decisionLetterUrl
    caseFileUrl
    hasCaseThread
    paidAt
    followUpReport
    followUpSubmittedAt
    usedAmount
    usedSoFar
    partialReports {
      year
      dueDate
      usedAmount
      report
      submittedAt
    }
    repaymentAmount
    repaidAt
    organisation {
      id
      name
      kind
    }
    call {
      id
      title
      year
      isOpen
      closesAt
      followUpDueDate
      usableUntil
      partialReportsCoded
      assessedByReviewers
      consultationDays
      minConsultationDays
      earliestConsultationDueDate
    }
    consultations {
      id
      requestedAt
      dueDate
      answeredAt
      opinion
      opinionText
      organisation {
        id
        name
      }
    }
    versions {
      id
      version
      submittedAt
      content
    }
  }
`);

export const GrantApplicationQuery = graphql(`
  query GrantApplication($id: ID!) {
    grantApplication(id: $id) {
      ...GrantApplicationFields
    }
  }
`);

export const SaveGrantApplicationMutation = graphql(`
  mutation SaveGrantApplication($input: SaveGrantApplicationInput!) {
    saveGrantApplication(input: $input) {
      ...GrantApplicationFields
    }
  }
`);

export const SubmitGrantApplicationMutation = graphql(`
  mutation SubmitGrantApplication($id: ID!) {
    submitGrantApplication(id: $id) {
      ...GrantApplicationFields
    }
  }
`);

export const WithdrawGrantApplicationMutation = graphql(`
  mutation WithdrawGrantApplication($id: ID!) {
    withdrawGrantApplication(id: $id) {
      ...GrantApplicationFields
    }
  }
`);

export const SubmitGrantFollowUpMutation = graphql(`
  mutation SubmitGrantFollowUp($id: ID!, $input: FollowUpInput!) {
    submitGrantFollowUp(id: $id, input: $input) {
      ...GrantApplicationFields
    }
  }
`);

export const RequestGrantCompletionMutation = graphql(`
  mutation RequestGrantCompletion($id: ID!, $message: String!, $dueDate: String!) {
    requestGrantCompletion(id: $id, message: $message, dueDate: $dueDate) {
      ...GrantApplicationFields
    }
  }
`);

export const RequestGrantCompletionsMutation = graphql(`
  mutation RequestGrantCompletions($applicationIds: [ID!]!, $message: String!, $dueDate: String!) {
    requestGrantCompletions(applicationIds: $applicationIds, message: $message, dueDate: $dueDate) {
      ...GrantApplicationRow
    }
  }
`);

export const RemindGrantCompletionsMutation = graphql(`
  mutation RemindGrantCompletions($applicationIds: [ID!]!) {
    remindGrantCompletions(applicationIds: $applicationIds) {
      id
      status
    }
  }
`);

export const RequestConsultationMutation = graphql(`
  mutation RequestConsultation($applicationIds: [ID!]!, $dueDate: String) {
    requestConsultation(applicationIds: $applicationIds, dueDate: $dueDate) {
      ...GrantApplicationRow
    }
  }
`);

export const DecideGrantApplicationMutation = graphql(`
  mutation DecideGrantApplication($id: ID!, $input: DecisionInput!) {
    decideGrantApplication(id: $id, input: $input) {
      ...GrantApplicationFields
    }
  }
`);

export const MarkGrantPaidMutation = graphql(`
  mutation MarkGrantPaid($id: ID!) {
    markGrantPaid(id: $id) {
      ...GrantApplicationFields
    }
  }
`);

export const MarkRepaymentReceivedMutation = graphql(`
  mutation MarkRepaymentReceived($id: ID!) {
    markRepaymentReceived(id: $id) {
      ...GrantApplicationFields
    }
  }
`);

export const ConsultationRequestsQuery = graphql(`
  query ConsultationRequests {
    consultationRequests {
      id
      requestedAt
      dueDate
      answeredAt
      opinion
      application {
        id
        title
        diarienummer
        requestedAmount
        status
        organisation {
          id
          name
        }
        call {
          id
          title
        }
      }
    }
  }
`);

export const SubmitConsultationOpinionMutation = graphql(`
  mutation SubmitConsultationOpinion($applicationId: ID!, $input: ConsultationOpinionInput!) {
    submitConsultationOpinion(applicationId: $applicationId, input: $input) {
      id
      answeredAt
      opinion
      opinionText
    }
  }
`);

/** A paid grant whose återrapportering is overdue (Socialstyrelsen and analysts, grant.read.all). */
export const GrantOverdueFollowUpFieldsFragment = graphql(`
  fragment GrantOverdueFollowUpFields on GrantApplication {
    id
    diarienummer
    grantedAmount
    organisation {
      id
      name
    }
    call {
      id
      followUpDueDate
    }
  }
`);

export const GrantOverdueFollowUpsQuery = graphql(`
  query GrantOverdueFollowUps($callId: ID!) {
    overdueFollowUps(callId: $callId) {
      ...GrantOverdueFollowUpFields
    }
  }
`);

/** Reminds every recipient (any call) whose återrapportering is due within the days and not filed, each once. */
export const GrantSendFollowUpRemindersMutation = graphql(`
  mutation GrantSendFollowUpReminders($withinDays: Int!) {
    sendFollowUpReminders(withinDays: $withinDays)
  }
`);

/** A year's stimulus funds as in Tabell 1, per organisation and per purpose: Socialstyrelsen and analysts (grant.read.all). */
export const StimulusSummaryQuery = graphql(`
  query StimulusSummary($year: Int!) {
    stimulusSummary(year: $year) {
      year
      calls
      available
      applicants
      recipients
      recipientsDescription
      total {
        applications
        requested
        granted
        paid
        used
        shareUsed
        repaid
        repaymentDue
      }
      byOrganisation {
        organisationId
        organisationName
        purposes
        purposeNotStated
        applications
        requested
        granted
        paid
        used
        shareUsed
        repaid
        repaymentDue
      }
      byPurpose {
        purpose
        recipients
        applications
        requested
        granted
        paid
        used
        shareUsed
        repaid
        repaymentDue
      }
    }
  }
`);

export const GrantCaseThreadQuery = graphql(`
  query GrantCaseThread($applicationId: ID!, $limit: Int) {
    grantCaseThread(applicationId: $applicationId) {
      applicationId
      canWrite
      canWriteInternal
      attachmentMaxBytes
      attachmentsMax
      messageMaxLength
      entries(limit: $limit) {
        total
        hasMore
        items {
          id
          kind
          internal
          fromApplicant
          text
          authorName
          createdAt
        }
      }
      attachments {
        id
        filename
        size
        url
        fromApplicant
        uploadedByName
        createdAt
        canRemove
      }
    }
  }
`);

export const PostGrantCaseMessageMutation = graphql(`
  mutation PostGrantCaseMessage($applicationId: ID!, $body: String!, $internal: Boolean) {
    postGrantCaseMessage(applicationId: $applicationId, body: $body, internal: $internal) {
      id
    }
  }
`);

export const RemoveGrantAttachmentMutation = graphql(`
  mutation RemoveGrantAttachment($id: ID!) {
    removeGrantAttachment(id: $id) {
      id
      filename
      removedAt
    }
  }
`);
