import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { StoredFileColumns } from "../../shared/stored-file.entity";
import { Organisation } from "../organisations/organisation.entity";
import { AttendanceStatus } from "../trainings/training.entities";
import { MinutesStatus } from "./meeting-minutes.state-machine";
import { MeetingStatus } from "./network-meeting.state-machine";

export enum NetworkTopic {
  VALD_I_NARA_RELATIONER = "VALD_I_NARA_RELATIONER",
  HEDERSRELATERAT_VALD = "HEDERSRELATERAT_VALD",
  PROSTITUTION_MANNISKOHANDEL = "PROSTITUTION_MANNISKOHANDEL",
  VALDSFOREBYGGANDE = "VALDSFOREBYGGANDE",
  BARN = "BARN",
  OTHER = "OTHER",
}
registerEnumType(NetworkTopic, { name: "NetworkTopic" });

/**
 * A länssamverkan (the county's regional collaboration body: agencies, kommuner, region, police,
 * NGOs) has members and meetings like any network, so it is a network of its own kind.
 */
export enum NetworkKind {
  NETWORK = "NETWORK",
  LANSSAMVERKAN = "LANSSAMVERKAN",
}
registerEnumType(NetworkKind, { name: "NetworkKind", description: "Nätverk, eller länssamverkan (regionalt samverkansorgan)" });

export { MeetingStatus, MinutesStatus };

/** Nätverk convened by a länsstyrelse, NCK or Socialstyrelsen. */
@ObjectType()
@Entity("network")
export class Network {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field(() => NetworkTopic)
  @Column({ type: "varchar", length: 40 })
  topic: NetworkTopic;

  @Field(() => NetworkKind)
  @Column({ type: "varchar", length: 20, default: NetworkKind.NETWORK })
  kind: NetworkKind;

  @Field()
  @Column({ type: "text" })
  description: string;

  @Index()
  @Column({ type: "int" })
  convenerOrganisationId: number;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "convenerOrganisationId" })
  convenerRef?: Organisation;

  /** Null for networks seeded with the platform. */
  @Column({ type: "int", nullable: true })
  createdById: number | null;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

/** A member organisation, or a co-convener (who may also run the network's meetings). */
@ObjectType()
@Entity("network_member")
export class NetworkMember {
  @PrimaryColumn({ type: "int" })
  networkId: number;

  @Index()
  @PrimaryColumn({ type: "int" })
  organisationId: number;

  @Field()
  @Column({ type: "boolean", default: false })
  coConvener: boolean;

  @Field()
  @Column({ type: "datetime" })
  addedAt: Date;
}

/** A named contact person of a member organisation. */
@ObjectType()
@Entity("network_contact")
@Index(["networkId", "organisationId"])
export class NetworkContact {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  networkId: number;

  @Column({ type: "int" })
  organisationId: number;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field()
  @Column({ type: "varchar", length: 254 })
  email: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  title: string | null;
}

@ObjectType()
@Entity("network_meeting")
@Index(["networkId", "startsAt"])
export class NetworkMeeting {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  networkId: number;

  @ManyToOne(() => Network, { onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "networkId" })
  network?: Network;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field()
  @Column({ type: "datetime" })
  startsAt: Date;

  @Field()
  @Column({ type: "datetime" })
  endsAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 500, nullable: true })
  onlineUrl: string | null;

  /** Svara senast. */
  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  rsvpDeadline: Date | null;

  @Field(() => MeetingStatus)
  @Column({ type: "varchar", length: 20 })
  status: MeetingStatus;

  /** Meetings scheduled together as a series share this. */
  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 40, nullable: true })
  seriesId: string | null;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

@ObjectType()
@Entity("agenda_item")
export class AgendaItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Index()
  @Column({ type: "int" })
  meetingId: number;

  @Field(() => Int)
  @Column({ type: "int" })
  position: number;

  @Field()
  @Column({ type: "varchar", length: 300 })
  title: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  presenter: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  durationMinutes: number | null;

  /** Set when the item carries an open action item over from an earlier meeting. */
  @Field(() => ID, { nullable: true })
  @Column({ type: "int", nullable: true })
  actionItemId: number | null;
}

/** An uploaded document, stored on disk under DOCUMENTS_DIR. */
@ObjectType()
@Entity("meeting_document")
export class MeetingDocument extends StoredFileColumns {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Index()
  @Column({ type: "int" })
  meetingId: number;

  @Field(() => ID, { nullable: true })
  @Column({ type: "int", nullable: true })
  agendaItemId: number | null;
}

@ObjectType()
export class Attendee {
  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  email?: string | null;
}

/** A member organisation's answer to an invitation (OSA). */
@ObjectType()
@Entity("meeting_response")
export class MeetingResponse {
  @PrimaryColumn({ type: "int" })
  meetingId: number;

  @PrimaryColumn({ type: "int" })
  organisationId: number;

  @Field(() => [Attendee], { description: "Empty: the organisation will not attend" })
  @Column({ type: "simple-json" })
  attendees: Attendee[];

  @Field()
  @Column({ type: "datetime" })
  respondedAt: Date;

  @Column({ type: "int" })
  respondedById: number;
}

@ObjectType()
@Entity("meeting_attendance")
export class MeetingAttendance {
  @PrimaryColumn({ type: "int" })
  meetingId: number;

  @PrimaryColumn({ type: "int" })
  organisationId: number;

  @Field(() => AttendanceStatus)
  @Column({ type: "varchar", length: 20 })
  status: AttendanceStatus;

  @Field(() => Int, { description: "People from the organisation who attended" })
  @Column({ type: "int", default: 0 })
  people: number;
}

/** Protokoll of a meeting; every published text is kept as a version. */
@ObjectType()
@Entity("meeting_minutes")
export class MeetingMinutes {
  @PrimaryColumn({ type: "int" })
  meetingId: number;

  @Field(() => MinutesStatus)
  @Column({ type: "varchar", length: 20 })
  status: MinutesStatus;

  /** Minutes text (Markdown). */
  @Field()
  @Column({ type: "text" })
  body: string;

  @Field(() => [String])
  @Column({ type: "simple-json" })
  decisions: string[];

  /** Justerare: the member who checks and approves before publishing. */
  @Column({ type: "int", nullable: true })
  approverUserId: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  approvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  publishedAt: Date | null;

  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  version: number;

  /** The justerare's comments when sending the minutes back; kept until the convener sends them again. */
  @Field(() => String, { nullable: true, description: "Justerarens kommentarer när protokollet skickades tillbaka; visas tills det skickas igen" })
  @Column({ type: "text", nullable: true })
  returnComment: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  returnedAt: Date | null;
}

@ObjectType()
@Entity("meeting_minutes_version")
@Index(["meetingId", "version"], { unique: true })
export class MeetingMinutesVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  meetingId: number;

  @Field(() => Int)
  @Column({ type: "int" })
  version: number;

  @Field(() => GraphQLJSON)
  @Column({ type: "simple-json" })
  content: { body: string; decisions: string[] };

  @Field()
  @Column({ type: "datetime" })
  publishedAt: Date;
}

@ObjectType()
@Entity("action_item")
@Index(["networkId", "done"])
export class ActionItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  networkId: number;

  @Index()
  @Column({ type: "int" })
  meetingId: number;

  @Field()
  @Column({ type: "varchar", length: 500 })
  text: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  owner: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 10, nullable: true })
  dueDate: string | null;

  @Field()
  @Column({ type: "boolean", default: false })
  done: boolean;
}

/**
 * A decision recorded in a meeting's minutes: the text, who is responsible, and the day it is due,
 * if any. The draft's decisions are kept apart from the published ones (`published`), which are
 * copied from the draft when the minutes are approved and make the network's register of decisions.
 */
@ObjectType()
@Entity("meeting_decision")
@Index("IDX_meeting_decision_network", ["networkId", "published"])
@Index("IDX_meeting_decision_meeting", ["meetingId", "published"])
export class MeetingDecision {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  networkId: number;

  @Column({ type: "int" })
  meetingId: number;

  @Column({ type: "boolean", default: false })
  published: boolean;

  @Field(() => Int)
  @Column({ type: "int" })
  position: number;

  @Field()
  @Column({ type: "varchar", length: 2000 })
  text: string;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  responsible: string | null;

  @Field(() => String, { nullable: true, description: "2026-11-24" })
  @Column({ type: "varchar", length: 10, nullable: true })
  dueDate: string | null;
}

/** A secret address for one user's calendar feed of meetings and trainings. */
@Entity("calendar_feed")
export class CalendarFeed {
  @PrimaryColumn({ type: "varchar", length: 64 })
  tokenHash: string;

  @Index({ unique: true })
  @Column({ type: "int" })
  userId: number;

  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}
