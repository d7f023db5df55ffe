import { Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { GrantApplication } from "./grant-application.entity";

export enum ConsultationOpinion {
  SUPPORTS = "SUPPORTS",
  SUPPORTS_WITH_CHANGES = "SUPPORTS_WITH_CHANGES",
  DOES_NOT_SUPPORT = "DOES_NOT_SUPPORT",
}
registerEnumType(ConsultationOpinion, { name: "ConsultationOpinion", description: "Yttrande: tillstyrker, tillstyrker med ändringar, avstyrker" });

/** Remiss: one application sent to the consultation body, and its answer. */
@ObjectType()
@Entity("consultation_request")
export class ConsultationRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Index()
  @Column({ type: "int" })
  applicationId: number;

  @ManyToOne(() => GrantApplication, { onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "applicationId" })
  application?: GrantApplication;

  /** The consulted organisation (Jämställdhetsmyndigheten). */
  @Index()
  @Column({ type: "int" })
  organisationId: number;

  @Field()
  @Column({ type: "datetime" })
  requestedAt: Date;

  @Column({ type: "int" })
  requestedById: number;

  /** YYYY-MM-DD; after this day Socialstyrelsen may decide without an answer. */
  @Field()
  @Column({ type: "varchar", length: 10 })
  dueDate: string;

  @Field(() => ConsultationOpinion, { nullable: true })
  @Column({ type: "varchar", length: 30, nullable: true })
  opinion: ConsultationOpinion | null;

  @Field(() => String, { nullable: true })
  @Column({ type: "text", nullable: true })
  opinionText: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  answeredAt: Date | null;

  @Column({ type: "int", nullable: true })
  answeredById: number | null;
}
