import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { type BudgetLine, GrantApplication } from "./grant-application.entity";
import type { StimulusPurpose } from "./stimulus-purpose";

/** What a länsstyrelse or knowledge centre writes in an application for stimulus funds: one row per application. */
@Entity("stimulus_application_content")
export class StimulusApplicationContent {
  @PrimaryColumn({ type: "int" })
  applicationId: number;

  @ManyToOne(() => GrantApplication, { onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "applicationId" })
  application?: GrantApplication;

  @Column({ type: "text" })
  purpose: string;

  @Column({ type: "text" })
  plannedActivities: string;

  @Column({ type: "text" })
  targetGroups: string;

  /** YYYY-MM-DD */
  @Column({ type: "varchar", length: 10, nullable: true })
  periodStart: string | null;

  @Column({ type: "varchar", length: 10, nullable: true })
  periodEnd: string | null;

  @Column({ type: "simple-json" })
  budgetLines: BudgetLine[];

  @Column({ type: "varchar", length: 200, default: "" })
  contactName: string;

  @Column({ type: "varchar", length: 254, default: "" })
  contactEmail: string;

  @Column({ type: "varchar", length: 40, nullable: true })
  contactPhone: string | null;

  /** What the funds are for (one or more); null for an application made before the purposes were asked for: "not stated". */
  @Column({ type: "simple-json", nullable: true })
  purposeCategories: StimulusPurpose[] | null;
}
