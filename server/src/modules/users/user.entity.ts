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

  @Index({ unique: true })
  @Column({ type: "varchar", length: 64, nullable: true })
  invitationTokenHash: string | null;

  @Column({ type: "datetime", nullable: true })
  invitationExpiresAt: Date | null;

  @Column({ type: "datetime", nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}
