import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import type { BudgetLine } from "../grants/grant-application.entity";
import { NgoLegalForm } from "./ngo-eligibility";

export enum PaymentMethod {
  BANKGIRO = "BANKGIRO",
  PLUSGIRO = "PLUSGIRO",
}
registerEnumType(PaymentMethod, { name: "PaymentMethod" });

/** Planned or reported use of development funds, by category. */
export enum FundUseCategory {
  SAMORDNING = "SAMORDNING",
  KOMPETENSUTVECKLING = "KOMPETENSUTVECKLING",
  METODER = "METODER",
  RUTINER = "RUTINER",
  SAMVERKAN = "SAMVERKAN",
  OTHER = "OTHER",
}
registerEnumType(FundUseCategory, {
  name: "FundUseCategory",
  description: "Samordning, kompetensutveckling, metoder (t.ex. FREDA), rutiner, samverkan, annat",
});

/** The seven activity areas of NGO applications (seed 001, "Ideella organisationers användning av medel"). */
export enum NgoActivityArea {
  KVALITETSUTVECKLING = "KVALITETSUTVECKLING",
  UNIVERSELLT_FOREBYGGANDE = "UNIVERSELLT_FOREBYGGANDE",
  VALDSUTSATTA_KVINNOR = "VALDSUTSATTA_KVINNOR",
  SARSKILT_UTSATTA_GRUPPER = "SARSKILT_UTSATTA_GRUPPER",
  BARN = "BARN",
  VALDSUTOVARE = "VALDSUTOVARE",
  PROSTITUTION_MANNISKOHANDEL = "PROSTITUTION_MANNISKOHANDEL",
}
registerEnumType(NgoActivityArea, { name: "NgoActivityArea" });

/** Why a kommun or region will not requisition its allotment (avstår). */
export enum DeclineReason {
  AMOUNT_TOO_SMALL = "AMOUNT_TOO_SMALL",
  NO_CAPACITY = "NO_CAPACITY",
  JOINT_WITH_OTHER_KOMMUN = "JOINT_WITH_OTHER_KOMMUN",
  OTHER = "OTHER",
}
registerEnumType(DeclineReason, {
  name: "DeclineReason",
  description: "Varför kommunen eller regionen avstår: för litet belopp, saknar kapacitet, samarbete med annan kommun, annat",
});

/** A year's development funds: one pot (grant call) per recipient kind. */
@ObjectType()
@Entity("development_fund_round")
export class DevelopmentFundRound {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Field(() => Int)
  @Index({ unique: true })
  @Column({ type: "int" })
  year: number;

  @Field()
  @Column({ type: "datetime" })
  opensAt: Date;

  @Field()
  @Column({ type: "datetime" })
  closesAt: Date;

  @Field()
  @Column({ type: "varchar", length: 10 })
  followUpDueDate: string;

  /** Får användas till och med (YYYY-MM-DD): funds used over more than one year; null within the round's year. */
  @Field(() => String, { nullable: true, description: "The last day the round's funds may be used (YYYY-MM-DD) when longer than its year" })
  @Column({ type: "varchar", length: 10, nullable: true })
  usableUntil: string | null;

  /** Lägsta belopp per kommun. */
  @Field(() => Int)
  @Column({ type: "int" })
  floorAmount: number;

  @Column({ type: "int" })
  kommunCallId: number;

  @Column({ type: "int" })
  regionCallId: number;

  @Column({ type: "int" })
  ngoCallId: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  allocationPublishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  redistributedAt: Date | null;

  /** Förhandsbesked: each recipient's expected allotment, published before the allocation. */
  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  noticePublishedAt: Date | null;

  /** The follow-up form (återrapportering), a questionnaire Socialstyrelsen edits per year. */
  @Field(() => ID, { nullable: true })
  @Column({ type: "int", nullable: true })
  followUpQuestionnaireId: number | null;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

/** An organisation's share of a pot by the allocation key, and what redistribution added. */
@ObjectType()
@Entity("allotment")
export class Allotment {
  @PrimaryColumn({ type: "int" })
  roundId: number;

  @PrimaryColumn({ type: "int" })
  organisationId: number;

  @Index()
  @Column({ type: "int" })
  callId: number;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  population: number | null;

  @Field(() => Int)
  @Column({ type: "int" })
  amount: number;

  /** Set while the recipient declines (avstår); cleared when it withdraws the decline. */
  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  declinedAt: Date | null;

  @Field(() => DeclineReason, { nullable: true })
  @Column({ type: "varchar", length: 30, nullable: true })
  declineReason: DeclineReason | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 1000, nullable: true })
  declineComment: string | null;

  @Column({ type: "int", nullable: true })
  declinedById: number | null;
}

/**
 * Förhandsbesked: a recipient's expected allotment as published before the allocation, kept as
 * it was then (a later change of the population figures or the pots does not rewrite it).
 */
@ObjectType()
@Entity("allotment_notice")
export class AllotmentNotice {
  @PrimaryColumn({ type: "int" })
  roundId: number;

  @PrimaryColumn({ type: "int" })
  organisationId: number;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  population: number | null;

  @Field(() => Int, { description: "The population figures are of 31 December of this year" })
  @Column({ type: "int" })
  populationYear: number;

  @Field(() => Int)
  @Column({ type: "int" })
  amount: number;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

/** The requisition-specific part of a grant application (rekvisition), with what the kommun or region wrote. */
@ObjectType()
@Entity("requisition")
export class Requisition {
  @PrimaryColumn({ type: "int" })
  applicationId: number;

  @Index()
  @Column({ type: "int" })
  roundId: number;

  @Field(() => PaymentMethod)
  @Column({ type: "varchar", length: 10 })
  paymentMethod: PaymentMethod;

  @Field()
  @Column({ type: "varchar", length: 20 })
  paymentNumber: string;

  @Field()
  @Column({ type: "boolean", default: false })
  wantsMore: boolean;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  wantsMoreUpTo: number | null;

  /** Added by the redistribution of unrequisitioned funds. */
  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  redistributedAmount: number;

  /** The planned use by category (`GrantApplication.budgetLines`). */
  @Column({ type: "simple-json" })
  plannedUse: BudgetLine[];

  @Column({ type: "varchar", length: 200, default: "" })
  contactName: string;

  @Column({ type: "varchar", length: 254, default: "" })
  contactEmail: string;
}

/** A member of a joint requisition (the lead kommun is one too). */
@ObjectType()
@Entity("joint_requisition_member")
export class JointRequisitionMember {
  @PrimaryColumn({ type: "int" })
  applicationId: number;

  @Index()
  @PrimaryColumn({ type: "int" })
  organisationId: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  confirmedAt: Date | null;
}

/** The NGO-specific part of a grant application, with what the organisation wrote. */
@ObjectType()
@Entity("ngo_application_details")
export class NgoApplicationDetails {
  @PrimaryColumn({ type: "int" })
  applicationId: number;

  @Field({ description: "Organisationsnummer, NNNNNN-NNNN" })
  @Column({ type: "varchar", length: 11 })
  organisationNumber: string;

  @Field(() => NgoActivityArea)
  @Column({ type: "varchar", length: 40 })
  activityArea: NgoActivityArea;

  @Field({ description: "Länskod where the organisation works" })
  @Column({ type: "varchar", length: 2 })
  countyCode: string;

  @Field({ description: "Such support is otherwise missing there (priority)" })
  @Column({ type: "boolean" })
  supportMissing: boolean;

  /** Null on applications sent before the legal form was asked. */
  @Field(() => NgoLegalForm, { nullable: true })
  @Column({ type: "varchar", length: 20, nullable: true })
  legalForm: NgoLegalForm | null;

  @Field(() => Boolean, { nullable: true, description: "Active at local level, in its kommun or county (null: not asked)" })
  @Column({ type: "boolean", nullable: true })
  activeLocally: boolean | null;

  @Field(() => PaymentMethod, { nullable: true })
  @Column({ type: "varchar", length: 10, nullable: true })
  paymentMethod: PaymentMethod | null;

  @Field(() => String, { nullable: true, description: "Bankgiro NNNN-NNNN or plusgiro N…N-N" })
  @Column({ type: "varchar", length: 20, nullable: true })
  paymentNumber: string | null;

  /** What the organisation will do (`GrantApplication.purpose`). */
  @Column({ type: "text" })
  description: string;

  @Column({ type: "text" })
  targetGroups: string;

  /** YYYY-MM-DD */
  @Column({ type: "varchar", length: 10, nullable: true })
  periodStart: string | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  periodEnd: string | null;

  @Column({ type: "simple-json" })
  budgetLines: BudgetLine[];

  @Column({ type: "varchar", length: 200, default: "" })
  contactName: string;

  @Column({ type: "varchar", length: 254, default: "" })
  contactEmail: string;
}

/** One assessor's score of an NGO application. */
@ObjectType()
@Entity("ngo_score")
export class NgoScore {
  @PrimaryColumn({ type: "int" })
  applicationId: number;

  @PrimaryColumn({ type: "int" })
  assessorUserId: number;

  @Field(() => Int)
  @Column({ type: "int" })
  score: number;

  @Field()
  @Column({ type: "text" })
  comment: string;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

/** The yearly follow-up items of the national report (Tabell 3–5), beside the engine's used amount. */
@ObjectType()
@Entity("fund_follow_up_details")
export class FundFollowUpDetails {
  @PrimaryColumn({ type: "int" })
  applicationId: number;

  @Field(() => [FundUseLine])
  @Column({ type: "simple-json" })
  usedByCategory: FundUseLine[];

  @Field(() => String, { nullable: true, description: "Where the coordinating function is placed" })
  @Column({ type: "varchar", length: 200, nullable: true })
  coordinatorPlacement: string | null;

  @Field(() => [String])
  @Column({ type: "simple-json" })
  targetGroups: string[];

  @Field(() => [String], { description: "FREDA, SARA, PATRIARK, …" })
  @Column({ type: "simple-json" })
  assessmentMethods: string[];
}

@ObjectType()
export class FundUseLine {
  @Field(() => FundUseCategory)
  category: FundUseCategory;

  @Field(() => Int)
  amount: number;
}
