import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

export enum OutboxStatus {
  PENDING = "PENDING",
  SENDING = "SENDING",
  SENT = "SENT",
  FAILED = "FAILED",
}
registerEnumType(OutboxStatus, { name: "OutboxStatus" });

/** An e-mail waiting to be sent, written in the same transaction as the change that caused it. */
@ObjectType()
@Entity("outbox_mail")
@Index(["status", "nextAttemptAt"])
export class OutboxMail {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Field()
  @Column({ type: "varchar", length: 254 })
  toAddress: string;

  @Field()
  @Column({ type: "varchar", length: 250 })
  subject: string;

  /** The text as shown in the outbox: a link that signs someone in is hidden (see `sealedBody`). */
  @Field()
  @Column({ type: "text" })
  textBody: string;

  /**
   * The text actually sent, when it differs from `textBody` because it carries a secret link:
   * sealed with the server's key, never exposed through the API, and wiped once the mail is
   * sent or given up.
   */
  @Column({ type: "text", nullable: true })
  sealedBody: string | null;

  @Field(() => OutboxStatus)
  @Column({ type: "varchar", length: 12 })
  status: OutboxStatus;

  @Field(() => Int)
  @Column({ type: "int", default: 0 })
  attempts: number;

  @Field()
  @Column({ type: "datetime" })
  nextAttemptAt: Date;

  /** The worker that claimed the mail, and until when the claim holds. */
  @Column({ type: "varchar", length: 64, nullable: true })
  lockedBy: string | null;

  @Column({ type: "datetime", nullable: true })
  lockedUntil: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  sentAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  lastError: string | null;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}
