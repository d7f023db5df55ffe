import { graphql } from "../../generated";

/** Operations of the Utvecklingsmedel portal. Every name starts with DevFund so it never meets another portal's. */

export const DevFundPotFieldsFragment = graphql(`
  fragment DevFundPotFields on GrantCall {
    availableActions
    id
    title
    budget
    grantedTotal
    remaining
    isOpen
    opensAt
    closesAt
  }
`);

export const DevFundRoundFieldsFragment = graphql(`
  fragment DevFundRoundFields on DevelopmentFundRound {
    id
    year
    opensAt
    closesAt
    followUpDueDate
    usableUntil
    followUpQuestionnaireId
    floorAmount
    isOpen
    allocationPublishedAt
    noticePublishedAt
    phase
    availableActions
    redistributedAt
    createdAt
    kommunPot {
      ...DevFundPotFields
    }
    regionPot {
      ...DevFundPotFields
    }
    ngoPot {
      ...DevFundPotFields
    }
  }
`);

export const DevFundRoundsQuery = graphql(`
  query DevFundRounds {
    developmentFundRounds {
      ...DevFundRoundFields
    }
  }
`);

export const DevFundRoundQuery = graphql(`
  query DevFundRound($id: ID!) {
    developmentFundRound(id: $id) {
      ...DevFundRoundFields
    }
  }
`);

/** Overdue återrapportering in the round: overdueFollowUps once per pot. */
export const DevFundOverdueFollowUpsQuery = graphql(`
  query DevFundOverdueFollowUps($kommunCallId: ID!, $regionCallId: ID!, $ngoCallId: ID!) {
    kommun: overdueFollowUps(callId: $kommunCallId) {
      ...GrantOverdueFollowUpFields
    }
    region: overdueFollowUps(callId: $regionCallId) {
      ...GrantOverdueFollowUpFields
    }
    ngo: overdueFollowUps(callId: $ngoCallId) {
      ...GrantOverdueFollowUpFields
    }
  }
`);

export const DevFundOpenRoundMutation = graphql(`
  mutation DevFundOpenRound($input: OpenDevelopmentFundRoundInput!) {
    openDevelopmentFundRound(input: $input) {
      ...DevFundRoundFields
    }
  }
`);

export const DevFundAllocationPreviewQuery = graphql(`
  query DevFundAllocationPreview($roundId: ID!) {
    allocationPreview(roundId: $roundId) {
      amount
      population
      organisation {
        id
        code
        name
        kind
      }
    }
  }
`);

export const DevFundPublishAllocationMutation = graphql(`
  mutation DevFundPublishAllocation($roundId: ID!) {
    publishAllocation(roundId: $roundId) {
      id
      allocationPublishedAt
    }
  }
`);

export const DevFundPublishAdvanceNoticeMutation = graphql(`
  mutation DevFundPublishAdvanceNotice($roundId: ID!) {
    publishAdvanceNotice(roundId: $roundId) {
      id
      noticePublishedAt
      phase
      availableActions
    }
  }
`);

export const DevFundDeclineAllotmentMutation = graphql(`
  mutation DevFundDeclineAllotment($input: DeclineAllotmentInput!) {
    declineAllotment(input: $input) {
      declinedAt
      declineReason
      declineComment
    }
  }
`);

export const DevFundWithdrawDeclineMutation = graphql(`
  mutation DevFundWithdrawDecline($roundId: ID!) {
    withdrawAllotmentDecline(roundId: $roundId) {
      declinedAt
    }
  }
`);

/** A coded answer of a follow-up (the final report's or a partial report's) as CodedAnswers shows it. */
export const DevFundCodedAnswerFieldsFragment = graphql(`
  fragment DevFundCodedAnswerFields on FollowUpAnswer {
    code
    textSv
    textEn
    shownSv
    shownEn
    comment
    older
  }
`);

export const DevFundApplicationFieldsFragment = graphql(`
  fragment DevFundApplicationFields on GrantApplication {
    id
    title
    status
    availableActions
    diarienummer
    requestedAmount
    grantedAmount
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
    submittedAt
    decidedAt
    paidAt
    paymentExportedAt
    repaidAt
    followUpSubmittedAt
    followUpReview
    reviewMessage
    reviewDueDate
    reclaimAmount
    reclaimMotivation
    repaidAmount
    caseFileUrl
    hasCaseThread
    motivation
    contactName
    contactEmail
    organisation {
      id
      code
      name
      kind
    }
    call {
      id
      followUpDueDate
    }
    requisition {
      paymentMethod
      paymentNumber
      wantsMore
      wantsMoreUpTo
      redistributedAmount
    }
    ngoDetails {
      paymentMethod
      paymentNumber
    }
    jointMembers {
      confirmedAt
      organisation {
        id
        name
      }
    }
  }
`);

export const DevFundMyAllotmentQuery = graphql(`
  query DevFundMyAllotment($roundId: ID!) {
    myAllotment(roundId: $roundId) {
      status
      availableActions
      differenceFromNotice
      notice {
        amount
        population
        populationYear
      }
      allotment {
        amount
        population
        declinedAt
        declineReason
        declineComment
        organisation {
          id
          name
          kind
          organisationNumber
        }
      }
      requisition {
        ...DevFundApplicationFields
        budgetLines {
          category
          amount
        }
        fundFollowUp {
          usedByCategory {
            category
            amount
          }
          coordinatorPlacement
          targetGroups
          assessmentMethods
        }
        followUpReport
        followUpAnswers {
          ...DevFundCodedAnswerFields
          otherText
          value {
            choice
            choices
            number
            text
          }
        }
      }
    }
  }
`);

/** The round's follow-up form, as our organisation is asked it. */
export const DevFundFollowUpFormQuery = graphql(`
  query DevFundFollowUpForm($applicationId: ID!) {
    developmentFundFollowUpForm(applicationId: $applicationId) {
      questionnaireId
      questions {
        section
        required
        areaAmount
        question {
          ...QuestionFields
        }
      }
    }
  }
`);

/** Tabell 3–5 and Figur 2 of the year, from the coded follow-ups. */
export const DevFundFollowUpTablesQuery = graphql(`
  query DevFundFollowUpTables($year: Int!, $groupBy: FundingGroupBy!) {
    developmentFundFollowUpTables(year: $year, groupBy: $groupBy) {
      year
      reported
      coordinatorFunded
      groups {
        key
        label
        reported
      }
      placement {
        ...DevFundFollowUpTableFields
      }
      targetGroups {
        ...DevFundFollowUpTableFields
      }
      assessmentMethods {
        ...DevFundFollowUpTableFields
      }
      areas {
        ...DevFundFollowUpTableFields
      }
      ngoAreas {
        ...DevFundFollowUpTableFields
      }
    }
  }
`);

export const DevFundFollowUpTableFields = graphql(`
  fragment DevFundFollowUpTableFields on FollowUpTable {
    id
    titleSv
    titleEn
    reported
    chart
    rows {
      code
      sv
      en
      count
      amount
      byGroup
    }
  }
`);

export const DevFundRequisitionMutation = graphql(`
  mutation DevFundRequisition($input: RequisitionInput!) {
    requisitionDevelopmentFunds(input: $input) {
      ...DevFundApplicationFields
    }
  }
`);

export const DevFundConfirmJointMutation = graphql(`
  mutation DevFundConfirmJoint($id: ID!) {
    confirmJointRequisition(id: $id) {
      ...DevFundApplicationFields
    }
  }
`);

export const DevFundFollowUpMutation = graphql(`
  mutation DevFundFollowUp($input: DevelopmentFundFollowUpInput!) {
    submitDevelopmentFundFollowUp(input: $input) {
      ...DevFundApplicationFields
    }
  }
`);

/** Delrapport: one year of funds used over more than one year. */
export const DevFundPartialReportMutation = graphql(`
  mutation DevFundPartialReport($id: ID!, $input: PartialReportInput!) {
    submitPartialReport(id: $id, input: $input) {
      ...DevFundApplicationFields
    }
  }
`);

export const DevFundKommunSearchQuery = graphql(`
  query DevFundKommunSearch($search: String, $limit: Int!) {
    organisations(search: $search, kinds: [KOMMUN], limit: $limit) {
      total
      items {
        id
        code
        name
        kind
        county {
          code
          name
        }
      }
    }
  }
`);

/** Requisitions or applications of one pot, a page at a time. */
export const DevFundApplicationsQuery = graphql(`
  query DevFundApplications($callId: ID!, $readyFor: GrantApplicationAction, $offset: Int!, $limit: Int!) {
    grantApplications(callId: $callId, readyFor: $readyFor, offset: $offset, limit: $limit) {
      total
      items {
        ...DevFundApplicationFields
      }
    }
  }
`);

export const DevFundNotRequisitionedQuery = graphql(`
  query DevFundNotRequisitioned($roundId: ID!) {
    notRequisitioned(roundId: $roundId) {
      id
      code
      name
      kind
    }
  }
`);

/** Ends the requisition window now; redistribution can then start. */
export const DevFundCloseWindowMutation = graphql(`
  mutation DevFundCloseWindow($roundId: ID!) {
    closeRequisitionWindow(roundId: $roundId) {
      ...DevFundRoundFields
    }
  }
`);

export const DevFundRedistributeMutation = graphql(`
  mutation DevFundRedistribute($roundId: ID!, $dryRun: Boolean!) {
    redistributeDevelopmentFunds(roundId: $roundId, dryRun: $dryRun) {
      applied
      alreadyApplied
      pool
      rows {
        applicationId
        amount
        organisation {
          id
          name
          kind
        }
      }
    }
  }
`);

export const DevFundMarkPaidMutation = graphql(`
  mutation DevFundMarkPaid($roundId: ID!, $recipientIds: [ID!]!) {
    markDevelopmentFundsPaid(roundId: $roundId, recipientIds: $recipientIds) {
      id
      status
      paidAt
    }
  }
`);

export const DevFundRepaymentReceivedMutation = graphql(`
  mutation DevFundRepaymentReceived($id: ID!) {
    markRepaymentReceived(id: $id) {
      id
      status
      repaidAt
    }
  }
`);

export const DevFundNgoRankingQuery = graphql(`
  query DevFundNgoRanking($roundId: ID!) {
    ngoRanking(roundId: $roundId) {
      rank
      scores
      averageScore
      rankingScore
      supportMissingBonus
      details {
        activityArea
        countyCode
        organisationNumber
        supportMissing
        legalForm
        activeLocally
        paymentMethod
        paymentNumber
        eligibility {
          condition
          passed
        }
      }
      application {
        id
        title
        status
        availableActions
        diarienummer
        requestedAmount
        grantedAmount
        contactName
        contactEmail
        organisation {
          id
          name
        }
        rankingDeviationReason
        decisionNeedsRankingReason
        hasCaseThread
        purpose
        targetGroups
        periodStart
        periodEnd
        budgetLines {
          category
          amount
        }
      }
    }
  }
`);

export const DevFundScoreMutation = graphql(`
  mutation DevFundScore($id: ID!, $input: NgoScoreInput!) {
    scoreNgoApplication(id: $id, input: $input) {
      score
      comment
      createdAt
    }
  }
`);

export const DevFundDecideMutation = graphql(`
  mutation DevFundDecide($id: ID!, $input: DecisionInput!) {
    decideGrantApplication(id: $id, input: $input) {
      ...DevFundApplicationFields
    }
  }
`);

export const DevFundSubmitNgoMutation = graphql(`
  mutation DevFundSubmitNgo($input: NgoApplicationInput!) {
    submitNgoApplication(input: $input) {
      ...DevFundApplicationFields
    }
  }
`);

export const DevFundCountiesQuery = graphql(`
  query DevFundCounties {
    counties {
      code
      name
    }
  }
`);

export const DevFundStatisticsQuery = graphql(`
  query DevFundStatistics($year: Int!, $groupBy: FundingGroupBy!, $countyCode: String) {
    fundingStatistics(year: $year, groupBy: $groupBy, countyCode: $countyCode) {
      year
      countyCode
      groupBy
      populationYear
      usableUntil
      byRecipientKind {
        kind
        usedSoFar
        available
        participants
        granted
        grantedAmount
        used
        shareUsed
        repaid
        reclaimed
        awaitingReview
      }
      kommunUsage {
        notRequisitioned
        declined
        declineReasons {
          reason
          count
        }
        usedAllOrPart
        repaidEverything
        awaitingReport
        inPeriod
      }
      groups {
        key
        label
        kommuner
        used
        shareUsed
      }
      total {
        key
        label
        kommuner
        used
        shareUsed
      }
      kommuner {
        status
        declineReason
        allotment
        granted
        used
        usedSoFar
        review
        reclaimed
        kronorPerInhabitant
        organisation {
          id
          code
          name
          population
          countyCode
        }
      }
    }
  }
`);

/** The round's follow-up reports and how their review (granskning) stands, the report first due first. */
export const DevFundFollowUpReviewsQuery = graphql(`
  query DevFundFollowUpReviews($callIds: [ID!], $reviews: [FollowUpReviewStatus!], $limit: Int!) {
    grantApplications(callIds: $callIds, followUpReviews: $reviews, limit: $limit) {
      total
      items {
        ...DevFundApplicationFields
        followUpReport
        followUpAnswers {
          ...DevFundCodedAnswerFields
        }
      }
    }
  }
`);

export const DevFundApproveFollowUpMutation = graphql(`
  mutation DevFundApproveFollowUp($id: ID!) {
    approveGrantFollowUp(id: $id) {
      ...DevFundApplicationFields
    }
  }
`);

export const DevFundRequestFollowUpCompletionMutation = graphql(`
  mutation DevFundRequestFollowUpCompletion($id: ID!, $message: String!, $dueDate: String!) {
    requestGrantFollowUpCompletion(id: $id, message: $message, dueDate: $dueDate) {
      ...DevFundApplicationFields
    }
  }
`);

export const DevFundReclaimMutation = graphql(`
  mutation DevFundReclaim($id: ID!, $input: ReclaimInput!) {
    reclaimGrant(id: $id, input: $input) {
      ...DevFundApplicationFields
    }
  }
`);

export const DevFundCallAssessmentQuery = graphql(`
  query DevFundCallAssessment($callId: ID!) {
    grantCall(id: $callId) {
      id
      assessedByReviewers
      assessmentCriteria {
        id
        name
        nameEn
        maxPoints
      }
      reviewers {
        id
        name
        canRemove
      }
      eligibleReviewers {
        id
        name
      }
    }
  }
`);

export const DevFundSetCriteriaMutation = graphql(`
  mutation DevFundSetCriteria($callId: ID!, $criteria: [AssessmentCriterionInput!]!) {
    setAssessmentCriteria(callId: $callId, criteria: $criteria) {
      id
    }
  }
`);

export const DevFundAssignReviewersMutation = graphql(`
  mutation DevFundAssignReviewers($callId: ID!, $userIds: [ID!]!) {
    assignReviewers(callId: $callId, userIds: $userIds) {
      id
      name
    }
  }
`);

export const DevFundRemoveReviewerMutation = graphql(`
  mutation DevFundRemoveReviewer($callId: ID!, $userId: ID!) {
    removeReviewer(callId: $callId, userId: $userId) {
      id
      name
      canRemove
    }
  }
`);

export const DevFundReviewTaskFieldsFragment = graphql(`
  fragment DevFundReviewTaskFields on ReviewTask {
    applicationId
    title
    diarienummer
    applicantName
    callId
    callTitle
    status
    availableActions
    total
    comment
    link
    scores {
      criterionId
      points
    }
  }
`);

export const DevFundMyReviewsQuery = graphql(`
  query DevFundMyReviews($limit: Int!) {
    myReviews(limit: $limit) {
      total
      items {
        ...DevFundReviewTaskFields
      }
    }
  }
`);

export const DevFundDeclareMutation = graphql(`
  mutation DevFundDeclare($applicationId: ID!, $input: ImpartialityInput!) {
    declareImpartiality(applicationId: $applicationId, input: $input) {
      ...DevFundReviewTaskFields
    }
  }
`);

export const DevFundReviewScoreMutation = graphql(`
  mutation DevFundReviewScore($applicationId: ID!, $input: ReviewScoreInput!) {
    scoreApplication(applicationId: $applicationId, input: $input) {
      ...DevFundReviewTaskFields
    }
  }
`);

export const DevFundCriteriaQuery = graphql(`
  query DevFundCriteria($callId: ID!) {
    grantCall(id: $callId) {
      id
      assessmentCriteria {
        id
        name
        nameEn
        maxPoints
      }
    }
  }
`);

export const DevFundAssessmentQuery = graphql(`
  query DevFundAssessment($applicationId: ID!) {
    applicationAssessment(applicationId: $applicationId) {
      applicationId
      averageTotal
      maxTotal
      criteria {
        id
        name
        nameEn
        maxPoints
      }
      reviews {
        reviewerId
        reviewerName
        status
        total
        comment
        scores {
          criterionId
          points
        }
      }
      proposal {
        outcome
        amount
        motivation
        proposedByName
        proposedAt
      }
    }
    grantApplication(id: $applicationId) {
      id
      decisionAssessment {
        participants {
          name
          total
        }
        disqualified
        noneDisqualifiedTookPart
      }
    }
  }
`);

export const DevFundProposeMutation = graphql(`
  mutation DevFundPropose($applicationId: ID!, $input: DecisionProposalInput!) {
    proposeDecision(applicationId: $applicationId, input: $input) {
      applicationId
    }
  }
`);

/** A partial report's coded answers, read when the year is opened (kept out of the application lists, which they would make too costly). */
export const DevFundPartialReportAnswersQuery = graphql(`
  query DevFundPartialReportAnswers($id: ID!) {
    grantApplication(id: $id) {
      id
      partialReports {
        year
        answers {
          ...DevFundCodedAnswerFields
        }
      }
    }
  }
`);
