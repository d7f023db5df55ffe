import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { OrganisationKind } from "../organisations/organisation.entity";

/** Which money a call distributes. One grant engine serves both. */
export enum GrantProgramme {
  /** Särskilda stimulansmedel: by application from länsstyrelser, NCK and Barnafrid. */
  SARSKILDA_STIMULANSMEDEL = "SARSKILDA_STIMULANSMEDEL",
  /** Utvecklingsmedel: by requisition (kommuner, regioner) or application in competition (NGOs). */
  UTVECKLINGSMEDEL = "UTVECKLINGSMEDEL",
}
registerEnumType(GrantProgramme, { name: "GrantProgramme" });

/** How money of a pot is claimed: by application (assessed and decided) or by requisition of an allotment. */
export enum GrantCallMode {
  APPLICATION = "APPLICATION",
  REQUISITION = "REQUISITION",
}
registerEnumType(GrantCallMode, { name: "GrantCallMode" });

/** Utlysning: a pot of money with a budget that decisions never exceed. */
@ObjectType()
@Entity("grant_call")
export class GrantCall {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Field(() => GrantProgramme)
  @Column({ type: "varchar", length: 40 })
  programme: GrantProgramme;

  @Field(() => Int)
  @Index()
  @Column({ type: "int" })
  year: number;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field()
  @Column({ type: "text" })
  description: string;

  /** Total budget in whole kronor. */
  @Field(() => Int)
  @Column({ type: "int" })
  budget: number;

  /** Sum of granted amounts; only ever changed by a conditional UPDATE that keeps it within the budget. */
  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  grantedTotal: number;

  @Field(() => [OrganisationKind])
  @Column({ type: "simple-array" })
  eligibleKinds: OrganisationKind[];

  @Field()
  @Column({ type: "datetime" })
  opensAt: Date;

  @Field()
  @Column({ type: "datetime" })
  closesAt: Date;

  /** Remissinstans, by default Jämställdhetsmyndigheten. */
  @Column({ type: "int", nullable: true })
  consultationOrganisationId: number | null;

  /** The consultation period a request gets unless Socialstyrelsen sets its own due date. */
  @Field(() => Int)
  @Column({ type: "int", default: 14 })
  consultationDays: number;

  /** The shortest consultation period allowed: a due date is at least this many days after the request. */
  @Field(() => Int)
  @Column({ type: "int", default: 10 })
  minConsultationDays: number;

  /** Återrapportering due, YYYY-MM-DD. */
  @Field()
  @Column({ type: "varchar", length: 10 })
  followUpDueDate: string;

  /**
   * Funds used over more than one year: the last day the funds may be used (YYYY-MM-DD), after the
   * call's year; null when they are used within the year. Each earlier calendar year of the period
   * gets a partial report (delrapport); the follow-up report above is the final one, for the whole period.
   */
  @Field(() => String, { nullable: true, description: "The last day the funds may be used (YYYY-MM-DD) when longer than the call's year" })
  @Column({ type: "varchar", length: 10, nullable: true })
  usableUntil: string | null;

  @Column({ type: "int", nullable: true })
  createdById: number | null;

  @Field(() => GrantCallMode)
  @Column({ type: "varchar", length: 20, default: GrantCallMode.APPLICATION })
  mode: GrantCallMode;

  /** Decisions wait for the consultation body's views (särskilda stimulansmedel). */
  @Field()
  @Column({ type: "boolean", default: true })
  requiresConsultation: boolean;

  /** The development-fund round the pot belongs to, if any. */
  @Field(() => ID, { nullable: true })
  @Column({ type: "int", nullable: true })
  roundId: number | null;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}
