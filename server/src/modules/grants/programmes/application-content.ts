import type { EntityManager } from "typeorm";
import type { BudgetLine } from "../grant-application.entity";
import type { StimulusPurpose } from "../stimulus-purpose";

/**
 * What an applicant writes, as the engine and the API see it (`GrantApplication.purpose`, …) and a
 * submitted version keeps it. Each kind of content stores it in a table of its own; what a kind
 * does not have reads as empty.
 */
export interface ApplicationContent {
  purpose: string;
  plannedActivities: string;
  targetGroups: string;
  /** YYYY-MM-DD */
  periodStart: string | null;
  periodEnd: string | null;
  budgetLines: BudgetLine[];
  contactName: string;
  contactEmail: string;
  contactPhone: string | null;
  /** What stimulus funds are for; empty where not stated (and for content without it). */
  purposeCategories: StimulusPurpose[];
}

export type ContentField = keyof ApplicationContent;

export const CONTENT_FIELDS: readonly ContentField[] = [
  "purpose",
  "plannedActivities",
  "targetGroups",
  "periodStart",
  "periodEnd",
  "budgetLines",
  "contactName",
  "contactEmail",
  "contactPhone",
  "purposeCategories",
];

/** The content of an application that has none (yet). */
export function emptyContent(): ApplicationContent {
  return {
    purpose: "",
    plannedActivities: "",
    targetGroups: "",
    periodStart: null,
    periodEnd: null,
    budgetLines: [],
    contactName: "",
    contactEmail: "",
    contactPhone: null,
    purposeCategories: [],
  };
}

/** Where one kind of content lives: read for many applications at once, written for one. */
export interface ApplicationContentStore {
  /** The contents of the applications, in one statement; an application without a row is left out. */
  load(m: EntityManager, applicationIds: readonly number[]): Promise<Map<number, ApplicationContent>>;
  /** Writes the application's content (what this kind does not keep is left aside). */
  save(m: EntityManager, applicationId: number, content: ApplicationContent): Promise<void>;
  /** What must be filled in before the application is submitted. */
  readonly required: ReadonlySet<ContentField>;
}

/** The content of one application. */
export async function loadContent(store: ApplicationContentStore, m: EntityManager, applicationId: number): Promise<ApplicationContent> {
  return (await store.load(m, [applicationId])).get(applicationId) ?? emptyContent();
}
