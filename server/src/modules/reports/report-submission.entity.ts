import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import type { ReportData } from "./report.model";

/** A report marked as submitted to the government: the data it was rendered from, in both languages, frozen. */
@Entity("report_submission")
export class ReportSubmission {
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  /** One submission per deadline (REPORT_DEADLINES). */
  @Index({ unique: true })
  @Column({ type: "varchar", length: 40 })
  deadlineKey: string;

  @Column({ type: "int" })
  year: number;

  @Column({ type: "int" })
  submittedById: number;

  @Column({ type: "int" })
  organisationId: number;

  @Column({ type: "datetime" })
  submittedAt: Date;

  /** The report data per language, exactly as it was when submitted. */
  @Column({ type: "simple-json" })
  snapshot: { sv: ReportData; en: ReportData };
}
