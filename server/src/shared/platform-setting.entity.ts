import { Column, Entity, PrimaryColumn } from "typeorm";

/** A platform-wide setting the platform administrator changes in the web; a missing row means the environment's default. */
@Entity("platform_setting")
export class PlatformSetting {
  @PrimaryColumn({ type: "varchar", length: 60 })
  name: string;

  @Column({ type: "varchar", length: 200 })
  value: string;

  @Column({ type: "datetime" })
  updatedAt: Date;

  @Column({ type: "int", nullable: true })
  updatedById: number | null;
}

/** A background job that must run on one process at a time: whoever wins the conditional UPDATE of its row runs it. */
@Entity("job_claim")
export class JobClaim {
  @PrimaryColumn({ type: "varchar", length: 60 })
  name: string;

  @Column({ type: "varchar", length: 64, nullable: true })
  claimedBy: string | null;

  /** A claim that outlives a crashed process expires here. */
  @Column({ type: "datetime", nullable: true })
  claimedUntil: Date | null;

  @Column({ type: "datetime", nullable: true })
  lastRunAt: Date | null;
}
