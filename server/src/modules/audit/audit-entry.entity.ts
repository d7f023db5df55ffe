import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** Append-only: one row per state change, written in the same transaction as the change. */
@ObjectType()
@Entity("audit_entry")
@Index(["entityType", "entityId"])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Field()
  @Index()
  @Column({ type: "datetime" })
  occurredAt: Date;

  @Column({ type: "int", nullable: true })
  actorUserId: number | null;

  @Index()
  @Column({ type: "int", nullable: true })
  actorOrganisationId: number | null;

  /** e.g. `user.invite`, `auth.login`. */
  @Field()
  @Index()
  @Column({ type: "varchar", length: 80 })
  action: string;

  @Field()
  @Column({ type: "varchar", length: 60 })
  entityType: string;

  @Field()
  @Column({ type: "varchar", length: 40 })
  entityId: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: "simple-json", nullable: true })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Column({ type: "simple-json", nullable: true })
  after: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 40, nullable: true })
  requestId: string | null;
}
