import { Field, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

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
}
