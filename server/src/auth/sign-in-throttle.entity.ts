import { Column, Entity, Index, PrimaryColumn } from "typeorm";

/**
 * One counter of sign-in attempts: for an account from one address, for an address across
 * accounts, or the marker that the owner of an account has been told about a throttle.
 * Every change is a conditional UPDATE, so parallel attempts (also from several server
 * processes) are counted exactly.
 */
@Entity("sign_in_throttle")
@Index(["email"])
export class SignInThrottle {
  /** A digest of the kind, e-mail address and client address. */
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Column({ type: "varchar", length: 16 })
  kind: string;

  @Column({ type: "varchar", length: 254, nullable: true })
  email: string | null;

  @Column({ type: "varchar", length: 64, nullable: true })
  ip: string | null;

  /** Attempts in the current window, those still being checked included. */
  @Column({ type: "int", default: 0 })
  attempts: number;

  /** How many times the counter has been blocked since the last success: each block lasts twice as long. */
  @Column({ type: "int", default: 0 })
  blocks: number;

  @Column({ type: "datetime" })
  windowStartedAt: Date;

  @Column({ type: "datetime", nullable: true })
  blockedUntil: Date | null;
}
