import type { AssessmentRecord } from "./assessment.entities";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { Organisation } from "../organisations/organisation.entity";
import { GrantCall } from "./grant-call.entity";
import { GrantApplicationStatus } from "./grant-application.state-machine";
import { FollowUpReviewStatus } from "./follow-up-review.state-machine";

export enum DecisionOutcome {
  APPROVED = "APPROVED",
  PARTIALLY_APPROVED = "PARTIALLY_APPROVED",
  REJECTED = "REJECTED",
}
registerEnumType(DecisionOutcome, { name: "DecisionOutcome", description: "Beslut: beviljad, delvis beviljad, avslag" });

@ObjectType()
export class BudgetLine {
  @Field()
  category: string;

  @Field(() => Int)
  amount: number;
}

/**
 * Ansökan (or, for development funds, rekvisition): from draft to decision, payout and follow-up.
 * What the applicant writes is the programme's own content, in a table of its own
 * (`StimulusApplicationContent`, the requisition, the NGO application's details), read through the
 * content of the call's policy (`programmes/application-content.ts`).
 */
@ObjectType()
@Entity("grant_application")
@Index(["callId", "status"])
export class GrantApplication {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  callId: number;

  @ManyToOne(() => GrantCall, { onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "callId" })
  call?: GrantCall;

  @Index()
  @Column({ type: "int" })
  organisationId: number;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "organisationId" })
  organisationRef?: Organisation;

  @Column({ type: "int" })
  createdById: number;

  @Field(() => GrantApplicationStatus)
  @Column({ type: "varchar", length: 30 })
  status: GrantApplicationStatus;

  /** Registry number given at first submission, e.g. `SoS 2026-1234`. */
  @Field(() => String, { nullable: true })
  @Index({ unique: true })
  @Column({ type: "varchar", length: 30, nullable: true })
  diarienummer: string | null;

  @Field()
  @Column({ type: "varchar", length: 200, default: "" })
  title: string;

  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  requestedAmount: number;

  /** How many times it has been submitted; each submission is kept as a version. */
  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  version: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  submittedAt: Date | null;

  /** Komplettering: what is missing, and by when. */
  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  completionMessage: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 10, nullable: true })
  completionDueDate: string | null;

  @Field(() => DecisionOutcome, { nullable: true })
  @Column({ type: "varchar", length: 20, nullable: true })
  outcome: DecisionOutcome | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  grantedAmount: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  motivation: string | null;

  /** Why money was granted past a higher-ranked application that was undecided or rejected (NGO competition). */
  @Field(() => String, { nullable: true, description: "Why money was granted past a higher-ranked application that was undecided or rejected" })
  @Column({ type: "text", nullable: true })
  rankingDeviationReason: string | null;

  /** Who took part in the assessment by reviewers, recorded with the decision (null where the call has no reviewers). */
  @Column({ type: "simple-json", nullable: true })
  assessmentRecord: AssessmentRecord | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  decidedAt: Date | null;

  @Column({ type: "int", nullable: true })
  decidedById: number | null;

  /** Föredragande: the officer who prepared and presented the case for decision (the decision maker when nobody else did). */
  @Column({ type: "int", nullable: true })
  presentedById: number | null;

  /** When the follow-up report is due, set at the decision: the call's date, or after the funded period when that ends later. */
  @Field(() => String, { nullable: true, description: "When the follow-up report is due (YYYY-MM-DD), set at the decision; always after the funded period" })
  @Column({ type: "varchar", length: 10, nullable: true })
  followUpDueDate: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  paidAt: Date | null;

  /** When the payment was first included in a payment file for the finance system; a payment is exported once. */
  @Field(() => Date, { nullable: true, description: "When the payment was included in a payment file for the finance system (exported once)" })
  @Column({ type: "datetime", nullable: true })
  paymentExportedAt: Date | null;

  /** Återrapportering: what was done and how much was used. */
  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  followUpReport: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  usedAmount: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  followUpSubmittedAt: Date | null;

  /** Återbetalning: the unused amount to repay. */
  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  repaymentAmount: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  repaidAt: Date | null;

  /** What of the repayment has come in (set when it is marked received), so a later reclaim is due on its own. */
  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  repaidAmount: number | null;

  /** Granskning of the follow-up report, for programmes whose policy reviews them; null until the report is submitted. */
  @Field(() => FollowUpReviewStatus, { nullable: true, description: "Socialstyrelsen's review of the follow-up report" })
  @Index()
  @Column({ type: "varchar", length: 30, nullable: true })
  followUpReview: FollowUpReviewStatus | null;

  /** What the follow-up report needs to be completed with, and by when. */
  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  reviewMessage: string | null;

  @Field(() => String, { nullable: true, description: "When the completed follow-up report is due (YYYY-MM-DD)" })
  @Column({ type: "varchar", length: 10, nullable: true })
  reviewDueDate: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  reviewedAt: Date | null;

  @Column({ type: "int", nullable: true })
  reviewedById: number | null;

  /** Återkrav: the amount reclaimed at the review and why; included in `repaymentAmount`. */
  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  reclaimAmount: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  reclaimMotivation: string | null;

  /** When the reminder to file the follow-up report was sent (once). */
  @Column({ type: "datetime", nullable: true })
  followUpReminderSentAt: Date | null;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: "datetime" })
  updatedAt: Date;
}
