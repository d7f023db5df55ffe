import { GraphQLJSON } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** Each submission of an application, kept as it was sent (the history stays readable after completion). */
@ObjectType()
@Entity("grant_application_version")
@Index(["applicationId", "version"], { unique: true })
export class GrantApplicationVersion {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  applicationId: number;

  @Field(() => Int)
  @Column({ type: "int" })
  version: number;

  @Field()
  @Column({ type: "datetime" })
  submittedAt: Date;

  @Column({ type: "int" })
  submittedById: number;

  @Field(() => GraphQLJSON)
  @Column({ type: "simple-json" })
  content: Record<string, unknown>;
}
