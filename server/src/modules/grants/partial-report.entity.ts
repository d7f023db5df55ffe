import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { AnswerColumns } from "../questionnaires/questionnaire.entities";

/**
 * Delrapport: what a recipient of funds used over more than one year reports for one calendar year
 * of the period. It records the amount used that year and what was done; it never settles the
 * repayment, which only the final follow-up report does, over the whole period.
 */
@Entity("grant_partial_report")
@Index("IDX_grant_partial_report_year", ["applicationId", "year"], { unique: true })
export class GrantPartialReport {
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  applicationId: number;

  @Column({ type: "int" })
  year: number;

  @Column({ type: "int" })
  usedAmount: number;

  @Column({ type: "text" })
  report: string;

  @Column({ type: "datetime" })
  submittedAt: Date;

  @Column({ type: "int", nullable: true })
  submittedById: number | null;
}

/**
 * One coded answer of a partial report to the round's follow-up form: the same question, value
 * shape (the questionnaire engine's AnswerValue), "other" text and comment as an answer of the
 * final report, kept per partial report because the form holds one response per organisation.
 */
@Entity("grant_partial_report_answer")
export class GrantPartialReportAnswer extends AnswerColumns {
  @PrimaryColumn({ type: "int" })
  partialReportId: number;

  @PrimaryColumn({ type: "int" })
  questionId: number;
}

export enum PartialReminderKind {
  DUE = "DUE",
  OVERDUE = "OVERDUE",
}

/** A reminder about a year's partial report, sent once per application, year and kind (the key holds it). */
@Entity("grant_partial_report_reminder")
export class GrantPartialReportReminder {
  @PrimaryColumn({ type: "int" })
  applicationId: number;

  @PrimaryColumn({ type: "int" })
  year: number;

  @PrimaryColumn({ type: "varchar", length: 10 })
  kind: PartialReminderKind;

  /** Who claimed the reminder: the process whose claim is stored sends it. */
  @Column({ type: "varchar", length: 36 })
  claim: string;

  @Column({ type: "datetime" })
  sentAt: Date;
}

/** One calendar year of a multi-year grant: its partial report, due or submitted. */
@ObjectType({ description: "Delrapport: one calendar year of funds used over more than one year" })
export class PartialReport {
  @Field(() => Int)
  year: number;

  @Field({ description: "When the partial report is due (YYYY-MM-DD)" })
  dueDate: string;

  @Field(() => Int, { nullable: true, description: "Used during the year, as reported" })
  usedAmount: number | null;

  @Field(() => String, { nullable: true })
  report: string | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  /** The filed report's row, for its coded answers. */
  reportId: number | null;
}
