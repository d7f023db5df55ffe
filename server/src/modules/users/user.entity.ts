import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import type { Role } from "../../auth/roles";
import { Organisation } from "../organisations/organisation.entity";

/** The languages a person can read Samverka in (stored as `sv` and `en`); Swedish unless they choose otherwise. */
export enum Language {
  SV = "sv",
  EN = "en",
}
registerEnumType(Language, { name: "Language", description: "SV (Swedish, the default) or EN (English)" });

/** How a person hears of their notifications by e-mail: one mail each (the default), a daily digest, or none. */
export enum EmailFrequency {
  IMMEDIATE = "IMMEDIATE",
  DAILY = "DAILY",
  OFF = "OFF",
}
registerEnumType(EmailFrequency, {
  name: "EmailFrequency",
  description: "E-post om aviseringar: en per avisering, en daglig sammanfattning, eller ingen",
  valuesConfig: {
    IMMEDIATE: { description: "Ett e-brev per avisering" },
    DAILY: { description: "En sammanfattning om dagen (från kl. 07 svensk tid) av det som är oläst" },
    OFF: { description: "Inga e-brev om aviseringar; de finns i Samverka" },
  },
});

@ObjectType()
@Entity("user")
export class User {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  /** The personal fields (email, roles, active, lastLoginAt, createdAt) reach the schema through user.fields.ts, for those who may see them. */
  @Index({ unique: true })
  @Column({ type: "varchar", length: 254 })
  email: string;

  @Field()
  @Column({ type: "varchar", length: 200 })
  name: string;

  /** bcrypt hash; null until an invitation has been accepted. Never exposed. */
  @Column({ type: "varchar", length: 100, nullable: true })
  passwordHash: string | null;

  @Index()
  @Column({ type: "int" })
  organisationId: number;

  @ManyToOne(() => Organisation, { onDelete: "RESTRICT", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "organisationId" })
  organisationRef?: Organisation;

  @Column({ type: "simple-array" })
  roles: Role[];

  @Column({ type: "boolean", default: true })
  active: boolean;

  /** The language of the notifications and e-mails this person receives, and of the web app after sign-in. */
  @Column({ type: "varchar", length: 2, default: Language.SV })
  language: Language;

  /** E-mail about notifications: each, a daily digest, or none. Invitations and other account mail always go. */
  @Column({ type: "varchar", length: 10, default: EmailFrequency.IMMEDIATE })
  emailFrequency: EmailFrequency;

  /** When the last daily digest was sent (or found nothing to send). */
  @Column({ type: "datetime", nullable: true })
  digestSentAt: Date | null;

  @Index({ unique: true })
  @Column({ type: "varchar", length: 64, nullable: true })
  invitationTokenHash: string | null;

  @Column({ type: "datetime", nullable: true })
  invitationExpiresAt: Date | null;

  @Column({ type: "datetime", nullable: true })
  lastLoginAt: Date | null;

  /** The TOTP secret, sealed (shared/sealing.ts) under the session secret; set once enrolment is confirmed. Never exposed. */
  @Column({ type: "varchar", length: 300, nullable: true })
  totpSecretSealed: string | null;

  /** A TOTP secret shown for enrolment and not yet confirmed with a code, sealed. Never exposed after enrolment. */
  @Column({ type: "varchar", length: 300, nullable: true })
  totpPendingSecretSealed: string | null;

  @Column({ type: "datetime", nullable: true })
  totpEnabledAt: Date | null;

  /** The time step of the last accepted code: a code is accepted once. */
  @Column({ type: "int", nullable: true })
  totpLastTimeStep: number | null;

  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}
