import { recordPartialReportAnswers } from "../../development-funds/coded-answers";
import { loadNgoRanking } from "../../development-funds/ngo-ranking";
import { OrganisationKind } from "../../organisations/organisation.entity";
import { renderDecisionLetter } from "../decision-letter";
import { GrantApplicationStatus } from "../grant-application.state-machine";
import { GrantCallMode, GrantProgramme } from "../grant-call.entity";
import { GrantApplicationContentType, type GrantProgrammePolicy, type PolicyCall } from "./grant-programme-policy";

const requisition = (call: PolicyCall) => call.mode === GrantCallMode.REQUISITION;
/** The development-fund portal shows every application, requisition and follow-up on its round's page. */
const roundLink = (call: PolicyCall) => (call.roundId ? `/utvecklingsmedel/omgangar/${call.roundId}` : "/utvecklingsmedel");

/**
 * Utvecklingsmedel: kommuner and regioner requisition their allotment (granted by the allocation
 * key, jointly once every member has confirmed); NGOs apply in competition, decided without consultation.
 */
export const developmentFundsProgramme: GrantProgrammePolicy = {
  programme: GrantProgramme.UTVECKLINGSMEDEL,
  defaultEligibleKinds: [OrganisationKind.KOMMUN, OrganisationKind.REGION, OrganisationKind.IDEELL_ORGANISATION],
  applicantAbility: (call) => (requisition(call) ? "devfunds.requisition" : "devfunds.apply"),
  requiresConsultation: () => false,
  reviewsFollowUps: true,
  partialReportAnswers: recordPartialReportAnswers,
  reclaimHeading: "letter.heading.reclaimDevelopmentFunds",
  firstState: (call, opts) =>
    requisition(call) ? (opts?.joint ? GrantApplicationStatus.AWAITING_CONFIRMATION : GrantApplicationStatus.REQUISITIONED) : GrantApplicationStatus.DRAFT,
  applicantLink: roundLink,
  officerLink: roundLink,
  callLink: roundLink,
  reviewQueueLink: "/utvecklingsmedel/bedomningar",
  consultationQueueLink: "/utvecklingsmedel",
  contentType: (call) => (requisition(call) ? GrantApplicationContentType.REQUISITION : GrantApplicationContentType.NGO),
  letterHeading: "letter.heading.developmentFunds",
  // Distributed under the Government's decision S2020/01591/SOF, not a grant ordinance that excludes appeal:
  // förvaltningslagen (2017:900) 40–44 §§ apply.
  appealInformation: "letter.appeal.forvaltningslagen",
  decisionLetter: renderDecisionLetter,
  // NGOs compete: their applications are decided in the order of the assessors' ranking.
  decisionRanking: async (m, call) =>
    requisition(call)
      ? null
      : (await loadNgoRanking(m, call.id)).map((r) => ({ applicationId: r.application.id, rank: r.rank, outcome: r.application.outcome })),
  // NGO applications compete on the call's criteria; requisitions are granted by the allocation key.
  assessedByReviewers: (call) => !requisition(call),
};
