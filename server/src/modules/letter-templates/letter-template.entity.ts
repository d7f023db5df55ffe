import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { GrantProgramme } from "../grants/grant-call.entity";

/**
 * What a template writes: the decision text of a decision letter or of a reclaim letter, a decision
 * letter's conditions, the överklagandehänvisning of decision and reclaim letters, or an e-mail (the
 * decision, the reclaim, the request to complete a follow-up report).
 */
export enum LetterTemplateKind {
  DECISION_LETTER = "DECISION_LETTER",
  RECLAIM_LETTER = "RECLAIM_LETTER",
  DECISION_EMAIL = "DECISION_EMAIL",
  DECISION_CONDITIONS = "DECISION_CONDITIONS",
  APPEAL_INFORMATION = "APPEAL_INFORMATION",
  RECLAIM_EMAIL = "RECLAIM_EMAIL",
  FOLLOW_UP_COMPLETION_EMAIL = "FOLLOW_UP_COMPLETION_EMAIL",
}
registerEnumType(LetterTemplateKind, { name: "LetterTemplateKind" });

/**
 * One saved version of a template, never changed afterwards: for a programme, or for one call
 * (which overrides its programme's). `version` counts 1, 2, ... per kind and scope.
 */
@ObjectType({ description: "One immutable version of a letter or e-mail template" })
@Entity("letter_template_version")
@Index("IDX_letter_template_version_scope", ["kind", "scope", "version"], { unique: true })
export class LetterTemplateVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Field(() => LetterTemplateKind)
  @Column({ type: "varchar", length: 30 })
  kind: LetterTemplateKind;

  /** `programme:<GrantProgramme>` or `call:<id>`. */
  @Column({ type: "varchar", length: 60 })
  scope: string;

  @Field(() => GrantProgramme)
  @Column({ type: "varchar", length: 40 })
  programme: GrantProgramme;

  @Field(() => ID, { nullable: true, description: "The call the version is for; null for the programme's" })
  @Column({ type: "int", nullable: true })
  callId: number | null;

  @Field(() => Int)
  @Column({ type: "int" })
  version: number;

  @Field(() => String, { nullable: true, description: "The e-mail's subject in Swedish (e-mails only)" })
  @Column({ type: "varchar", length: 250, nullable: true })
  subjectSv: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 250, nullable: true })
  subjectEn: string | null;

  @Field()
  @Column({ type: "text" })
  bodySv: string;

  @Field()
  @Column({ type: "text" })
  bodyEn: string;

  @Column({ type: "int", nullable: true })
  createdById: number | null;

  @Field()
  @CreateDateColumn()
  createdAt: Date;
}

/**
 * Which template version a letter or e-mail sent for an application used for one of its parts (null:
 * the built-in text), so the letter re-rendered later reads as it did when it was sent. A letter
 * writes several parts (a decision letter: its decision text, conditions and appeal information),
 * one row each.
 */
@Entity("issued_letter")
@Index("IDX_issued_letter_application", ["applicationId", "kind"])
export class IssuedLetter {
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  applicationId: number;

  /** The letter or e-mail sent (its own kind of template, e.g. DECISION_LETTER). */
  @Column({ type: "varchar", length: 30 })
  letter: LetterTemplateKind;

  /** The part of it the template wrote (e.g. APPEAL_INFORMATION of a DECISION_LETTER). */
  @Column({ type: "varchar", length: 30 })
  kind: LetterTemplateKind;

  @Column({ type: "int", nullable: true })
  templateVersionId: number | null;

  @CreateDateColumn()
  createdAt: Date;
}
