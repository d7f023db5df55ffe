import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from "typeorm";
import { NetworkTopic } from "../networks/network.entities";
import { Organisation } from "../organisations/organisation.entity";
import { StrategyStatus } from "./regional-strategy.state-machine";

export { StrategyStatus };

export enum CampaignScope {
  NATIONAL = "NATIONAL",
  REGIONAL = "REGIONAL",
}
registerEnumType(CampaignScope, { name: "CampaignScope", description: "Nationell kampanj som länet spridit, eller länets egen" });

export enum CampaignChannel {
  PRESS = "PRESS",
  SOCIAL_MEDIA = "SOCIAL_MEDIA",
  WEB = "WEB",
  EVENTS = "EVENTS",
  PRINTED_MATERIAL = "PRINTED_MATERIAL",
  RADIO_TV = "RADIO_TV",
  OUTDOOR = "OUTDOOR",
  OTHER = "OTHER",
}
registerEnumType(CampaignChannel, { name: "CampaignChannel" });

export enum StrategyKind {
  STRATEGY = "STRATEGY",
  ACTION_PLAN = "ACTION_PLAN",
}
registerEnumType(StrategyKind, { name: "StrategyKind", description: "Regional strategi eller handlingsplan" });

/** A kommunbesök: a visit of the länsstyrelse's utvecklingsledare to a kommun in its county. */
@ObjectType()
@Entity("municipality_visit")
@Index(["countyBoardOrganisationId", "year"])
export class MunicipalityVisit {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  countyBoardOrganisationId: number;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "countyBoardOrganisationId" })
  countyBoardRef?: Organisation;

  @Index()
  @Column({ type: "int" })
  kommunOrganisationId: number;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "kommunOrganisationId" })
  kommunRef?: Organisation;

  /** YYYY-MM-DD. */
  @Field()
  @Column({ type: "varchar", length: 10 })
  date: string;

  @Field(() => Int)
  @Column({ type: "int" })
  year: number;

  @Field(() => [NetworkTopic])
  @Column({ type: "simple-json" })
  topics: NetworkTopic[];

  /** Who took part, and in what role (free text). */
  @Field()
  @Column({ type: "text" })
  participants: string;

  @Field()
  @Column({ type: "text" })
  notes: string;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

/** A campaign or information effort the länsstyrelse ran or spread. */
@ObjectType()
@Entity("campaign")
@Index(["countyBoardOrganisationId", "year"])
export class Campaign {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  countyBoardOrganisationId: number;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "countyBoardOrganisationId" })
  countyBoardRef?: Organisation;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field(() => CampaignScope)
  @Column({ type: "varchar", length: 20 })
  scope: CampaignScope;

  @Field(() => NetworkTopic)
  @Column({ type: "varchar", length: 40 })
  topic: NetworkTopic;

  @Field(() => [CampaignChannel])
  @Column({ type: "simple-json" })
  channels: CampaignChannel[];

  @Field()
  @Column({ type: "varchar", length: 10 })
  periodStart: string;

  @Field()
  @Column({ type: "varchar", length: 10 })
  periodEnd: string;

  /** The year the campaign started. */
  @Field(() => Int)
  @Column({ type: "int" })
  year: number;

  @Field(() => Int, { nullable: true, description: "Kommuner reached, where known" })
  @Column({ type: "int", nullable: true })
  kommunerReached: number | null;

  @Field(() => Int, { nullable: true, description: "People reached, where known" })
  @Column({ type: "int", nullable: true })
  peopleReached: number | null;

  @Field(() => Int, { nullable: true, description: "Press articles, where known" })
  @Column({ type: "int", nullable: true })
  articles: number | null;

  @Field(() => Int, { nullable: true, description: "Readers of those articles, where known" })
  @Column({ type: "int", nullable: true })
  readers: number | null;

  /** Ids of the methods and materials the campaign spread. */
  @Column({ type: "simple-json" })
  methodIds: number[];

  @Field()
  @Column({ type: "text" })
  notes: string;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

/** A method or material länsstyrelser spread (reference data a platform administrator keeps). */
@ObjectType()
@Entity("method")
export class Method {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Field()
  @Index({ unique: true })
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field()
  @Column({ type: "text" })
  description: string;

  @Field()
  @Column({ type: "boolean", default: true })
  active: boolean;
}

/** A method or material spread in the county in a year. */
@ObjectType()
@Entity("method_spread")
@Index(["countyBoardOrganisationId", "year"])
export class MethodSpread {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  countyBoardOrganisationId: number;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "countyBoardOrganisationId" })
  countyBoardRef?: Organisation;

  @Index()
  @Column({ type: "int" })
  methodId: number;

  @ManyToOne(() => Method, { onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "methodId" })
  methodRef?: Method;

  @Field(() => Int)
  @Column({ type: "int" })
  year: number;

  @Field(() => Int, { nullable: true, description: "Kommuner reached, where known" })
  @Column({ type: "int", nullable: true })
  kommunerReached: number | null;

  @Field(() => Int, { nullable: true, description: "Other organisations reached, where known" })
  @Column({ type: "int", nullable: true })
  organisationsReached: number | null;

  @Field()
  @Column({ type: "text" })
  note: string;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

/** A regional strategy or action plan against violence, and where it stands. */
@ObjectType()
@Entity("regional_strategy")
@Index(["countyBoardOrganisationId", "year"])
export class RegionalStrategy {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  countyBoardOrganisationId: number;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "countyBoardOrganisationId" })
  countyBoardRef?: Organisation;

  @Field(() => StrategyKind)
  @Column({ type: "varchar", length: 20 })
  kind: StrategyKind;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  /** The year the record reports on. */
  @Field(() => Int)
  @Column({ type: "int" })
  year: number;

  @Field(() => StrategyStatus)
  @Column({ type: "varchar", length: 20 })
  status: StrategyStatus;

  /** Set when ADOPTED or REVISED: the date of the latest adoption. */
  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 10, nullable: true })
  adoptedOn: string | null;

  @Field({ description: "Linked to the county's strategy for gender mainstreaming (jämställdhetsintegrering)" })
  @Column({ type: "boolean", default: false })
  linkedToGenderMainstreaming: boolean;

  @Field()
  @Column({ type: "text" })
  notes: string;

  /** The adopted document, stored like meeting documents under DOCUMENTS_DIR. */
  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 255, nullable: true })
  documentFilename: string | null;

  @Column({ type: "varchar", length: 120, nullable: true })
  documentContentType: string | null;

  @Column({ type: "int", nullable: true })
  documentSize: number | null;

  @Column({ type: "varchar", length: 120, nullable: true })
  documentStorageName: string | null;

  @Field()
  @UpdateDateColumn({ type: "datetime" })
  updatedAt: Date;
}
