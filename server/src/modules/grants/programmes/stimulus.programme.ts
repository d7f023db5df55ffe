import { OrganisationKind } from "../../organisations/organisation.entity";
import { renderDecisionLetter } from "../decision-letter";
import { GrantApplicationStatus } from "../grant-application.state-machine";
import { GrantProgramme } from "../grant-call.entity";
import { GrantApplicationContentType, type GrantProgrammePolicy } from "./grant-programme-policy";

/** Särskilda stimulansmedel: länsstyrelser and the national knowledge centres apply; decisions after consultation. */
export const stimulusProgramme: GrantProgrammePolicy = {
  programme: GrantProgramme.SARSKILDA_STIMULANSMEDEL,
  defaultEligibleKinds: [OrganisationKind.LANSSTYRELSE, OrganisationKind.NATIONELLT_KUNSKAPSCENTRUM],
  applicantAbility: () => "grant.application.apply",
  requiresConsultation: (call) => call.requiresConsultation,
  // The stimulus funds' follow-up reports are read in the yearly summary, not reviewed one by one.
  reviewsFollowUps: false,
  reclaimHeading: "letter.heading.reclaimStimulus",
  firstState: () => GrantApplicationStatus.DRAFT,
  applicantLink: (_call, app) => `/stimulansmedel/ansokningar/${app.id}`,
  officerLink: (_call, app) => `/stimulansmedel/ansokningar/${app.id}`,
  callLink: (call) => `/stimulansmedel/utlysningar/${call.id}`,
  reviewQueueLink: "/stimulansmedel/bedomningar",
  consultationQueueLink: "/stimulansmedel/remisser",
  contentType: () => GrantApplicationContentType.STIMULUS,
  letterHeading: "letter.heading.stimulus",
  // Distributed under the Government's decision S2020/01591/SOF, not a grant ordinance that excludes appeal:
  // förvaltningslagen (2017:900) 40–44 §§ apply.
  appealInformation: "letter.appeal.forvaltningslagen",
  decisionLetter: renderDecisionLetter,
  decisionRanking: async () => null,
  assessedByReviewers: () => true,
};
