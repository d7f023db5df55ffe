import type { EntityManager } from "typeorm";
import type { Ability } from "../../../auth/abilities";
import type { OrganisationKind } from "../../organisations/organisation.entity";
import type { AnswerInput } from "../../questionnaires/questionnaire.inputs";
import type { renderDecisionLetter } from "../decision-letter";
import type { GrantApplication } from "../grant-application.entity";
import type { GrantApplicationStatus } from "../grant-application.state-machine";
import type { GrantCall, GrantProgramme } from "../grant-call.entity";
import type { RankedDecision } from "../ranked-decision";

/** What an applicant writes: a stimulus application, a requisition of an allotment, or an NGO's application in competition. */
export enum GrantApplicationContentType {
  STIMULUS = "STIMULUS",
  REQUISITION = "REQUISITION",
  NGO = "NGO",
}

export type PolicyCall = Pick<GrantCall, "id" | "programme" | "mode" | "requiresConsultation" | "roundId">;
export type PolicyApplication = Pick<GrantApplication, "id">;

/**
 * Everything in which one programme's applications differ. The grant engine asks the policy of an
 * application's call and never branches on the programme itself.
 */
export interface GrantProgrammePolicy {
  readonly programme: GrantProgramme;
  /** Kinds of organisation that may apply when a new call names none. */
  readonly defaultEligibleKinds: readonly OrganisationKind[];
  /** The ability of the people who apply to (or requisition from) the call; they hear about their applications. */
  applicantAbility(call: PolicyCall): Ability;
  /**
   * Whether Socialstyrelsen reviews each follow-up report (granskning): approves it, asks for a
   * completion, or decides a reclaim (återkrav).
   */
  readonly reviewsFollowUps: boolean;
  /**
   * Checks and stores a partial report's coded answers (where the programme's follow-up is a form),
   * in the partial report's transaction; returns the answers by code for the audit row.
   */
  partialReportAnswers?(
    m: EntityManager,
    app: { callId: number },
    partialReportId: number,
    usedAmount: number,
    answers: AnswerInput[],
  ): Promise<Record<string, unknown>>;
  /** The heading of a reclaim decision: a phrase of the message catalogue. */
  readonly reclaimHeading: string;
  /** Whether a decision waits for the consultation body (remiss). */
  requiresConsultation(call: PolicyCall): boolean;
  /** The state an application of the call starts in; a joint requisition waits for its members. */
  firstState(call: PolicyCall, opts?: { joint?: boolean }): GrantApplicationStatus;
  /** Where the applicant opens the application in the web app. */
  applicantLink(call: PolicyCall, app: PolicyApplication): string;
  /** Where Socialstyrelsen's officers open the application in the web app. */
  officerLink(call: PolicyCall, app: PolicyApplication): string;
  /** Where a call is shown. */
  callLink(call: PolicyCall): string;
  /** Where a reviewer (bedömare) of the programme's calls finds the applications to assess. */
  readonly reviewQueueLink: string;
  /** The consultation body's queue of the programme. */
  readonly consultationQueueLink: string;
  /** What the applicant writes in an application of the call, and so where it is stored (`CONTENT_STORES` in `index.ts`). */
  contentType(call: PolicyCall): GrantApplicationContentType;
  /** The heading of the decision letter: a phrase of the message catalogue (`shared/messages/letters.ts`), in the reader's language. */
  readonly letterHeading: string;
  /**
   * The statutory information on appeal (överklagandehänvisning) of the programme's decisions: a
   * phrase of the catalogue saying how to appeal, or that the decision cannot be appealed, as the
   * rules the funds are distributed under say: the built-in text of the APPEAL_INFORMATION letter template.
   */
  readonly appealInformation: string;
  /** The decision letter (beslutsbrev) of a decided application. */
  readonly decisionLetter: typeof renderDecisionLetter;
  /**
   * The ranking a call's decisions follow, or null when its applications are not decided in ranking
   * order; granting past a higher-ranked application that is undecided or rejected needs a reason.
   */
  decisionRanking(m: EntityManager, call: PolicyCall): Promise<RankedDecision[] | null>;
  /**
   * Whether the call's applications are scored on its criteria by assigned reviewers (bedömare),
   * each of whom first declares whether they are disqualified by a conflict of interest (jäv).
   */
  assessedByReviewers(call: PolicyCall): boolean;
}
