import { registerEnumType } from "type-graphql";
import { OrganisationKind } from "../organisations/organisation.entity";
import { StateMachine } from "../../shared/state-machine";

/**
 * The reporting dates the government set in its decision S2020/01591/SOF (2020-03-12) on
 * development funds and competence support 2020–2022, with the year whose figures each report
 * gives. Vårdanalys's own evaluation is listed for the overview; it is handed in outside Samverka.
 */
export interface ReportDeadline {
  key: string;
  /** YYYY-MM-DD */
  dueDate: string;
  /** The report's year: the figures of this year are put together. */
  year: number;
  responsible: OrganisationKind;
}

export const DECISION_REFERENCE = "S2020/01591/SOF";

export const REPORT_DEADLINES: readonly ReportDeadline[] = [
  { key: "plan-2020", dueDate: "2020-09-01", year: 2020, responsible: OrganisationKind.SOCIALSTYRELSEN },
  { key: "interim-2021", dueDate: "2021-10-30", year: 2021, responsible: OrganisationKind.SOCIALSTYRELSEN },
  { key: "final-2023", dueDate: "2023-09-30", year: 2022, responsible: OrganisationKind.SOCIALSTYRELSEN },
  { key: "evaluation-2023", dueDate: "2023-11-30", year: 2022, responsible: OrganisationKind.VARDANALYS },
];

export enum ReportDeadlineStatus {
  UPCOMING = "UPCOMING",
  OVERDUE = "OVERDUE",
  SUBMITTED = "SUBMITTED",
}
registerEnumType(ReportDeadlineStatus, { name: "ReportDeadlineStatus", description: "Upcoming, overdue (the date passed without a report), or submitted" });

/** A deadline is upcoming until its date passes (then overdue); either way it may be submitted once. */
export const reportDeadlineMachine = new StateMachine<ReportDeadlineStatus>(
  { sv: "Redovisningen", en: "The report" },
  {
    UPCOMING: [ReportDeadlineStatus.OVERDUE, ReportDeadlineStatus.SUBMITTED],
    OVERDUE: [ReportDeadlineStatus.SUBMITTED],
    SUBMITTED: [],
  },
  {
    UPCOMING: { sv: "kommande", en: "upcoming" },
    OVERDUE: { sv: "försenad", en: "overdue" },
    SUBMITTED: { sv: "inlämnad", en: "submitted" },
  },
);

/** Submitted when a copy is kept; otherwise overdue once the day after the due date has begun in Stockholm. */
export function deadlineStatus(d: ReportDeadline, submitted: boolean, today: string): ReportDeadlineStatus {
  if (submitted) return ReportDeadlineStatus.SUBMITTED;
  return today > d.dueDate ? ReportDeadlineStatus.OVERDUE : ReportDeadlineStatus.UPCOMING;
}
