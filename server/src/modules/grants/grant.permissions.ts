import { allow, can, isAuthenticated, or } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

// Each sees what the service scopes to it: own organisation, what was sent for consultation, or everything.
const anyGrantRole = or(can("grant.application.apply"), can("grant.read.all"), can("grant.consult"), can("devfunds.apply"), can("devfunds.requisition"));

export const grantPermissions: PermissionFragment = {
  Query: {
    grantCalls: isAuthenticated,
    grantCall: isAuthenticated,
    grantApplications: anyGrantRole,
    grantApplication: anyGrantRole,
    consultationRequests: can("grant.consult"),
    overdueFollowUps: can("grant.read.all"),
    stimulusSummary: can("grant.read.all"),
    // Reviewers (bedömare): the service shows each only the applications of the calls they review.
    myReviews: can("grant.application.assess"),
    myReview: can("grant.application.assess"),
    // The service refuses whoever declared jäv in the application.
    applicationAssessment: can("grant.read.all"),
    // The service allows the applicant organisation and Socialstyrelsen's officers; internal notes only the latter.
    grantCaseThread: anyGrantRole,
  },
  Mutation: {
    createGrantCall: can("grant.call.manage"),
    saveGrantApplication: can("grant.application.apply"),
    submitGrantApplication: can("grant.application.apply"),
    withdrawGrantApplication: can("grant.application.apply"),
    submitGrantFollowUp: can("grant.application.apply"),
    submitPartialReport: or(can("grant.application.apply"), can("devfunds.requisition"), can("devfunds.apply")),
    requestGrantCompletion: can("grant.application.assess"),
    requestGrantCompletions: can("grant.application.assess"),
    remindGrantCompletions: can("grant.application.assess"),
    requestConsultation: can("grant.application.assess"),
    submitConsultationOpinion: can("grant.consult"),
    decideGrantApplication: can("grant.decide"),
    markGrantPaid: can("grant.payout"),
    markRepaymentReceived: can("grant.payout"),
    approveGrantFollowUp: can("grant.application.assess"),
    requestGrantFollowUpCompletion: can("grant.application.assess"),
    reclaimGrant: can("grant.decide"),
    sendFollowUpReminders: can("grant.payout"),
    setAssessmentCriteria: can("grant.call.manage"),
    assignReviewers: can("grant.call.manage"),
    removeReviewer: can("grant.call.manage"),
    declareImpartiality: can("grant.application.assess"),
    scoreApplication: can("grant.application.assess"),
    proposeDecision: can("grant.application.assess"),
    postGrantCaseMessage: or(can("grant.application.apply"), can("grant.application.assess"), can("devfunds.apply"), can("devfunds.requisition")),
    // The service allows the uploader's organisation (draft, completion requested) and Socialstyrelsen's officers (until decided).
    removeGrantAttachment: or(can("grant.application.apply"), can("grant.application.assess"), can("devfunds.apply"), can("devfunds.requisition")),
  },
  GrantCall: {
    "*": allow,
    // How others' applications stand is Socialstyrelsen's and the analysts' to see.
    requestedTotal: can("grant.read.all"),
    statusCounts: can("grant.read.all"),
    grantedCount: can("grant.read.all"),
    reviewers: can("grant.read.all"),
    eligibleReviewers: can("grant.call.manage"),
  },
  GrantApplication: {
    "*": allow,
    // The ranking of others' applications is Socialstyrelsen's to weigh.
    rankingDeviationReason: can("grant.read.all"),
    decisionNeedsRankingReason: can("grant.read.all"),
    decisionAssessment: can("grant.read.all"),
  },
  GrantApplicationPage: allow,
  GrantApplicationVersion: allow,
  GrantStatusCount: allow,
  PartialReport: allow,
  GrantCaseThread: allow,
  GrantCaseEntryPage: allow,
  GrantCaseEntry: allow,
  GrantAttachment: allow,
  BudgetLine: allow,
  ConsultationRequest: allow,
  StimulusSummary: allow,
  AssessmentCriterion: allow,
  CriterionPoints: allow,
  Reviewer: allow,
  AssignedReviewer: allow,
  ReviewTask: allow,
  ReviewTaskPage: allow,
  ReviewerScores: allow,
  DecisionProposalView: allow,
  ApplicationAssessment: allow,
  AssessmentParticipant: allow,
  DecisionAssessmentRecord: allow,
  StimulusFigures: allow,
  StimulusRecipientSummary: allow,
  StimulusPurposeSummary: allow,
};
