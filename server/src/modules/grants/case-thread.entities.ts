import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { StoredFileColumns } from "../../shared/stored-file.entity";

/**
 * What an entry of a case thread is: a message, a completion request or answer written by the
 * completion actions, or an attachment removed (its body the file's name, its author who removed it).
 */
export enum CaseEntryKind {
  MESSAGE = "MESSAGE",
  COMPLETION_REQUEST = "COMPLETION_REQUEST",
  COMPLETION_ANSWER = "COMPLETION_ANSWER",
  ATTACHMENT_REMOVED = "ATTACHMENT_REMOVED",
}
registerEnumType(CaseEntryKind, { name: "CaseEntryKind" });

/**
 * One entry of the thread of an application (or requisition) between the applicant organisation
 * and Socialstyrelsen's officers. An internal note is Socialstyrelsen's alone: the service never
 * returns it to anyone else.
 */
@ObjectType()
@Entity("grant_case_entry")
@Index("IDX_grant_case_entry_application", ["applicationId", "id"])
export class GrantCaseEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  applicationId: number;

  @Field(() => CaseEntryKind)
  @Column({ type: "varchar", length: 30 })
  kind: CaseEntryKind;

  @Field({ description: "An internal note of Socialstyrelsen, never shown to the applicant" })
  @Column({ type: "boolean", default: false })
  internal: boolean;

  @Field({ description: "Written by the applicant organisation (otherwise by Socialstyrelsen)" })
  @Column({ type: "boolean" })
  fromApplicant: boolean;

  @Column({ type: "int", nullable: true })
  authorId: number | null;

  @Field()
  @Column({ type: "text" })
  body: string;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

/**
 * A file attached to an application (bilaga), kept in the document store. A removed attachment
 * loses its file but keeps its row, so the case file shows what was removed, by whom and when.
 */
@ObjectType()
@Entity("grant_attachment")
export class GrantAttachment extends StoredFileColumns {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Index("IDX_grant_attachment_application")
  @Column({ type: "int" })
  applicationId: number;

  @Field()
  @Column({ type: "boolean" })
  fromApplicant: boolean;

  @Field(() => Date, { nullable: true, description: "When it was removed: the file is gone, the record stays in the case file" })
  @Column({ type: "datetime", nullable: true })
  removedAt: Date | null;

  @Column({ type: "int", nullable: true })
  removedById: number | null;
}
