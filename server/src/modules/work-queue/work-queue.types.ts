import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Actor } from "../../auth/actor";

/** At most this many items of each kind are listed; the group's total says how many there are. */
export const WORK_ITEMS_PER_KIND = 5;

/** The kinds of work the start page lists, in the order it shows them. */
export enum WorkItemKind {
  CONSULTATION_TO_ANSWER = "CONSULTATION_TO_ANSWER",
  APPLICATION_TO_DECIDE = "APPLICATION_TO_DECIDE",
  APPLICATION_TO_ASSESS = "APPLICATION_TO_ASSESS",
  COMPLETION_REQUESTED = "COMPLETION_REQUESTED",
  FOLLOW_UP_DUE = "FOLLOW_UP_DUE",
  PARTIAL_REPORT_DUE = "PARTIAL_REPORT_DUE",
  FOLLOW_UP_TO_REVIEW = "FOLLOW_UP_TO_REVIEW",
  MINUTES_TO_APPROVE = "MINUTES_TO_APPROVE",
  INVITATION_TO_ANSWER = "INVITATION_TO_ANSWER",
  REQUISITION_WINDOW_CLOSING = "REQUISITION_WINDOW_CLOSING",
  TRAINING_REGISTRATION_CLOSING = "TRAINING_REGISTRATION_CLOSING",
  QUESTIONNAIRE_TO_ANSWER = "QUESTIONNAIRE_TO_ANSWER",
}
registerEnumType(WorkItemKind, {
  name: "WorkItemKind",
  description: "Vilket slags arbete som väntar",
  valuesConfig: {
    CONSULTATION_TO_ANSWER: { description: "Remiss att besvara" },
    APPLICATION_TO_DECIDE: { description: "Ansökan att besluta om" },
    APPLICATION_TO_ASSESS: { description: "Ansökan att bedöma: pröva jäv och poängsätta" },
    COMPLETION_REQUESTED: { description: "Komplettering begärd av den egna organisationen" },
    FOLLOW_UP_DUE: { description: "Återrapportering som snart ska in eller är försenad" },
    PARTIAL_REPORT_DUE: { description: "Delrapport för ett år av medel som används över flera år, som snart ska in eller är försenad" },
    FOLLOW_UP_TO_REVIEW: { description: "Återrapportering som väntar på granskning" },
    MINUTES_TO_APPROVE: { description: "Protokoll att justera" },
    INVITATION_TO_ANSWER: { description: "Inbjudan till nätverksmöte att svara på" },
    REQUISITION_WINDOW_CLOSING: { description: "Utvecklingsmedel att rekvirera innan fönstret stänger" },
    TRAINING_REGISTRATION_CLOSING: { description: "Utbildning vars sista anmälningsdag är inom 14 dagar" },
    QUESTIONNAIRE_TO_ANSWER: { description: "Enkät att besvara" },
  },
});

/** One piece of work: what it is, by when, and where it is done. */
@ObjectType()
export class WorkItem {
  @Field(() => WorkItemKind)
  kind: WorkItemKind;

  @Field({ description: "What the work concerns: the application's, training's, meeting's or questionnaire's own title" })
  title: string;

  @Field(() => String, { nullable: true, description: "A short addition: the diarienummer, the organisation or the network" })
  detail: string | null;

  @Field(() => String, { nullable: true, description: "The last day (YYYY-MM-DD, Europe/Stockholm); none where the work has no date" })
  deadline: string | null;

  @Field({ description: "The deadline has passed" })
  overdue: boolean;

  @Field({ description: "Where in the web app the work is done" })
  link: string;
}

/** The items of one kind: at most a few, with how many there are in all. */
@ObjectType()
export class WorkQueueGroup {
  @Field(() => WorkItemKind)
  kind: WorkItemKind;

  @Field(() => Int, { description: "How many items of this kind there are, also beyond those listed" })
  total: number;

  @Field(() => [WorkItem], { description: "The most urgent items, earliest deadline first" })
  items: WorkItem[];
}

@ObjectType({ description: "What needs the signed-in person now, for their roles and organisation" })
export class WorkQueue {
  @Field(() => Int)
  total: number;

  @Field(() => [WorkQueueGroup], { description: "Only the kinds that have items" })
  groups: WorkQueueGroup[];
}

/** The items of one kind for the actor: at most `limit`, with the full count. */
export interface WorkItems {
  items: Omit<WorkItem, "kind" | "overdue">[];
  total: number;
}

/**
 * A domain's contribution to the queue. A provider reads a bounded number of rows in a fixed
 * number of statements, applies its own domain's rules and scopes everything to the actor.
 */
export interface WorkQueueProvider {
  kind: WorkItemKind;
  items(actor: Actor, limit: number): Promise<WorkItems>;
}
