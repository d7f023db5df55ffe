import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { ReviewStatus } from "./review.state-machine";

/** A criterion (bedömningsgrund) a call's applications are scored on, with the most points it gives. */
@ObjectType()
@Entity("assessment_criterion")
@Index(["callId", "position"])
export class AssessmentCriterion {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: "int" })
  callId: number;

  @Field(() => Int)
  @Column({ type: "int" })
  position: number;

  @Field({ description: "The criterion's name in Swedish" })
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => String, { nullable: true, description: "The criterion's name in English, when given" })
  @Column({ type: "varchar", length: 200, nullable: true })
  nameEn: string | null;

  @Field(() => Int)
  @Column({ type: "int" })
  maxPoints: number;
}

/** A bedömare of a call: a Socialstyrelsen officer assigned to score its applications. */
@Entity("call_reviewer")
export class CallReviewer {
  @PrimaryColumn({ type: "int" })
  callId: number;

  @PrimaryColumn({ type: "int" })
  userId: number;

  @Column({ type: "int" })
  assignedById: number;

  @CreateDateColumn({ type: "datetime" })
  assignedAt: Date;
}

/** The points one reviewer gave on one criterion. */
@ObjectType()
export class CriterionPoints {
  @Field(() => ID)
  criterionId: number;

  @Field(() => Int)
  points: number;
}

/**
 * One reviewer's part in one application: the declaration of impartiality (jäv, förvaltningslagen
 * 16–18 §§) and the scores. No row means the reviewer is assigned and has not declared yet.
 */
@Entity("application_review")
export class ApplicationReview {
  @PrimaryColumn({ type: "int" })
  applicationId: number;

  @PrimaryColumn({ type: "int" })
  reviewerUserId: number;

  @Column({ type: "varchar", length: 20 })
  status: ReviewStatus;

  @Column({ type: "datetime" })
  declaredAt: Date;

  /** What the reviewer gave as the circumstance of jäv, when disqualified. */
  @Column({ type: "text", nullable: true })
  disqualificationReason: string | null;

  @Column({ type: "simple-json" })
  scores: CriterionPoints[];

  @Column({ type: "int", nullable: true })
  total: number | null;

  @Column({ type: "text", nullable: true })
  comment: string | null;

  @Column({ type: "datetime", nullable: true })
  scoredAt: Date | null;
}

/** The officer's proposal for a decision (förslag till beslut). */
@ObjectType()
@Entity("decision_proposal")
export class DecisionProposal {
  @PrimaryColumn({ type: "int" })
  applicationId: number;

  @Field({ description: "APPROVED, PARTIALLY_APPROVED or REJECTED" })
  @Column({ type: "varchar", length: 20 })
  outcome: string;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  amount: number | null;

  @Field()
  @Column({ type: "text" })
  motivation: string;

  @Column({ type: "int" })
  proposedById: number;

  @Field()
  @Column({ type: "datetime" })
  proposedAt: Date;
}

/** Who took part in the assessment of a decided application, recorded with the decision. */
export interface AssessmentRecord {
  /** The reviewers who declared no jäv and scored, with their totals. */
  participants: { userId: number; name: string; total: number }[];
  /** The reviewers who declared jäv and so took no part. */
  disqualified: { userId: number; name: string }[];
  /** Nobody who declared jäv scored, presented or decided. */
  noneDisqualifiedTookPart: true;
}
