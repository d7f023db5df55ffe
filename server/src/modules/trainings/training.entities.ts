import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from "typeorm";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { RegistrationStatus, TrainingEventStatus } from "./training-event.state-machine";

export enum TrainingType {
  KURSLEDARUTBILDNING = "KURSLEDARUTBILDNING",
  UPPFOLJNINGSDAG = "UPPFOLJNINGSDAG",
  FREDA = "FREDA",
  BAS = "BAS",
  SPETS = "SPETS",
  HEDERSRELATERAT_VALD = "HEDERSRELATERAT_VALD",
  BARN_SOM_UPPLEVER_VALD = "BARN_SOM_UPPLEVER_VALD",
  SEX_MOT_ERSATTNING = "SEX_MOT_ERSATTNING",
  SOSFS_2014_4 = "SOSFS_2014_4",
  OTHER = "OTHER",
}
registerEnumType(TrainingType, { name: "TrainingType" });

export enum AttendanceStatus {
  ATTENDED = "ATTENDED",
  ABSENT = "ABSENT",
  EXCUSED = "EXCUSED",
}
registerEnumType(AttendanceStatus, { name: "AttendanceStatus" });

/** Utbildningstillfälle, logged by a länsstyrelse. Seats are counted in the row itself and only change by conditional updates. */
@ObjectType()
@Entity("training_event")
@Index(["status", "startsAt"])
export class TrainingEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Index()
  @Column({ type: "int" })
  organiserOrganisationId: number;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "organiserOrganisationId" })
  organiserRef?: Organisation;

  @Column({ type: "int" })
  createdById: number;

  @Field(() => TrainingType)
  @Column({ type: "varchar", length: 40 })
  type: TrainingType;

  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field()
  @Column({ type: "text" })
  description: string;

  /** Länskod of the county the event serves; null for a national event. */
  @Field(() => String, { nullable: true })
  @Index()
  @Column({ type: "varchar", length: 2, nullable: true })
  countyCode: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  location: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 500, nullable: true })
  onlineUrl: string | null;

  @Field(() => Int)
  @Column({ type: "int" })
  capacity: number;

  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  confirmedCount: number;

  /** Last waitlist number handed out; positions are contiguous because it grows only inside the registering transaction. */
  @Column({ type: "int", default: 0 })
  waitlistSeq: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  registrationDeadline: Date | null;

  @Field(() => [OrganisationKind])
  @Column({ type: "simple-array" })
  eligibleKinds: OrganisationKind[];

  /** Empty: every county. */
  @Field(() => [String])
  @Column({ type: "simple-array" })
  eligibleCountyCodes: string[];

  /** Seats per organisation until the release time; then unused quota returns to the common pool. */
  @Field(() => Int, { nullable: true })
  @Column({ type: "int", nullable: true })
  quotaPerOrganisation: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  quotaReleaseAt: Date | null;

  /** Set once the release has been processed (waitlist promoted into freed seats). */
  @Column({ type: "boolean", default: false })
  quotaReleased: boolean;

  @Field(() => TrainingEventStatus)
  @Column({ type: "varchar", length: 20 })
  status: TrainingEventStatus;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  cancelReason: string | null;

  /** Held without registrations here; participants are logged as counts per organisation. */
  @Field()
  @Column({ type: "boolean", default: false })
  loggedOnly: boolean;

  /** First session's start and last session's end, kept for filtering and sorting. */
  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  startsAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  endsAt: Date | null;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

@ObjectType()
@Entity("training_session")
export class TrainingSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Index()
  @Column({ type: "int" })
  eventId: number;

  @ManyToOne(() => TrainingEvent, { onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "eventId" })
  event?: TrainingEvent;

  @Field()
  @Column({ type: "datetime" })
  startsAt: Date;

  @Field()
  @Column({ type: "datetime" })
  endsAt: Date;
}

/** Anmälan of one person. */
@ObjectType()
@Entity("training_registration")
@Index(["eventId", "status"])
export class TrainingRegistration {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  eventId: number;

  @ManyToOne(() => TrainingEvent, { onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "eventId" })
  event?: TrainingEvent;

  @Index()
  @Column({ type: "int" })
  organisationId: number;

  @Column({ type: "int" })
  registeredById: number;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field()
  @Column({ type: "varchar", length: 254 })
  email: string;

  @Field()
  @Column({ type: "varchar", length: 200, default: "" })
  profession: string;

  @Field()
  @Column({ type: "varchar", length: 200, default: "" })
  workplace: string;

  @Field(() => RegistrationStatus)
  @Column({ type: "varchar", length: 20 })
  status: RegistrationStatus;

  /** Order on the waitlist; the visible position is the rank among those still waiting. */
  @Column({ type: "int", nullable: true })
  waitlistOrder: number | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  confirmedAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  cancelledAt: Date | null;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;

  /** Digest of the personal link's token, mailed to the person once; the token itself is never stored. */
  @Index("IDX_training_registration_token", { unique: true })
  @Column({ type: "varchar", length: 64, nullable: true })
  tokenDigest: string | null;

  /** Short code the person shows at the door (also as a QR code) to have attendance marked. */
  @Index("IDX_training_registration_check_in", { unique: true })
  @Column({ type: "varchar", length: 12, nullable: true })
  checkInCode: string | null;
}

/** A person of an organisation's saved staff list, picked when registering for a training. */
@ObjectType()
@Entity("training_staff_member")
@Index("IDX_training_staff_member_email", ["organisationId", "email"], { unique: true })
export class StaffMember {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  organisationId: number;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field()
  @Column({ type: "varchar", length: 254 })
  email: string;

  /** Title or role, e.g. Socionom; filled in as the profession when registered. */
  @Field()
  @Column({ type: "varchar", length: 200, default: "" })
  title: string;

  /** Workplace, e.g. Socialtjänsten; filled in as the workplace when registered. */
  @Field()
  @Column({ type: "varchar", length: 200, default: "" })
  workplace: string;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

/** Confirmed seats an organisation holds on an event: the row the quota check locks. */
@Entity("training_quota_use")
export class TrainingQuotaUse {
  @PrimaryColumn({ type: "int" })
  eventId: number;

  @PrimaryColumn({ type: "int" })
  organisationId: number;

  @Column({ type: "int", default: 0 })
  confirmed: number;
}

@ObjectType()
@Entity("training_attendance")
export class TrainingAttendance {
  @PrimaryColumn({ type: "int" })
  registrationId: number;

  @Field(() => ID)
  @PrimaryColumn({ type: "int" })
  sessionId: number;

  @Field(() => AttendanceStatus)
  @Column({ type: "varchar", length: 20 })
  status: AttendanceStatus;
}

/** Participants of an event held without registrations here, per organisation. */
@ObjectType()
@Entity("training_participation_log")
export class TrainingParticipationLog {
  @PrimaryColumn({ type: "int" })
  eventId: number;

  @PrimaryColumn({ type: "int" })
  organisationId: number;

  @Field(() => Int)
  @Column({ type: "int" })
  participants: number;
}

/** Certified kursledare: completed every session of a kursledarutbildning. */
@ObjectType()
@Entity("course_leader")
export class CourseLeader {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Index()
  @Column({ type: "int" })
  organisationId: number;

  @Index({ unique: true })
  @Column({ type: "int" })
  registrationId: number;

  @Column({ type: "int" })
  eventId: number;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  @Field()
  @Column({ type: "varchar", length: 254 })
  email: string;

  @Field()
  @Column({ type: "datetime" })
  certifiedAt: Date;
}

/** A basic course a kursledare ran in their own organisation: the cascade of the train-the-trainer model. */
@ObjectType()
@Entity("local_course")
export class LocalCourse {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Index()
  @Column({ type: "int" })
  courseLeaderId: number;

  @Index()
  @Column({ type: "int" })
  organisationId: number;

  /** YYYY-MM-DD */
  @Field()
  @Column({ type: "varchar", length: 10 })
  date: string;

  @Field(() => Int)
  @Column({ type: "int" })
  participants: number;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 200, nullable: true })
  title: string | null;
}
