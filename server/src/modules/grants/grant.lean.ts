import { ALL_BUT_TEXTS, type LeanNeeds } from "../../db/lean-read";

/**
 * What the field resolvers of an application (grant.fields.ts, development-fund.fields.ts) read
 * from its row besides its keys, for the lean read of lists (db/lean-read.ts). A field resolver
 * that reads more must say so here.
 */
export const APPLICATION_NEEDS: LeanNeeds = {
  decisionNeedsRankingReason: ["status"],
  // What the applicant wrote lives in the programme's content table, read by a loader.
  purpose: [],
  plannedActivities: [],
  targetGroups: [],
  periodStart: [],
  periodEnd: [],
  budgetLines: [],
  contactName: [],
  contactEmail: [],
  contactPhone: [],
  purposeCategories: [],
  call: [],
  organisation: [],
  consultations: [],
  decidableWithoutOpinion: ["status"],
  decidableWithoutOpinionFrom: ["status"],
  decidedWithoutOpinion: ["decidedAt"],
  versions: [],
  // The actions of every programme's policy (grant-application.actions.ts) read the application's state, never its texts.
  availableActions: [ALL_BUT_TEXTS],
  presentingOfficers: [],
  decisionLetterUrl: ["decidedAt"],
  caseFileUrl: ["status"],
  requisition: [],
  jointMembers: [],
  ngoDetails: [],
  fundFollowUp: [],
  followUpAnswers: [],
  // Funds used over more than one year: the call and the partial reports come from loaders.
  partialReports: ["status"],
  usedSoFar: [],
  // The side in the thread follows from the application's organisation and call, keys read always.
  hasCaseThread: [],
  // Who took part in the assessment, recorded with the decision.
  decisionAssessment: ["assessmentRecord"],
};

/**
 * What the field resolvers of a call (grant.fields.ts, assessment.resolver.ts) read from its row
 * besides its keys. The call loader (grant.loaders.ts) reads every column but the description
 * unless the request selects it.
 */
export const CALL_NEEDS: LeanNeeds = {
  // The programme's policy (programmes/) reads the call's settings, never its description.
  partialReportsCoded: [ALL_BUT_TEXTS],
  assessedByReviewers: [ALL_BUT_TEXTS],
  availableActions: [ALL_BUT_TEXTS],
  isOpen: ["opensAt", "closesAt"],
  earliestConsultationDueDate: ["minConsultationDays"],
  remaining: ["budget", "grantedTotal"],
  requestedTotal: [],
  statusCounts: [],
  grantedCount: [],
  consultationOrganisation: [],
  assessmentCriteria: [],
  reviewers: [],
  eligibleReviewers: [],
};
