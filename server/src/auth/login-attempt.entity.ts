import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";

/** One sign-in attempt; failures in a recent window limit further attempts per account and per IP address. */
@Entity("login_attempt")
@Index(["email", "attemptedAt"])
@Index(["ip", "attemptedAt"])
export class LoginAttempt {
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "varchar", length: 254 })
  email: string;

  @Column({ type: "varchar", length: 64 })
  ip: string;

  @Column({ type: "boolean" })
  succeeded: boolean;

  @Column({ type: "datetime" })
  attemptedAt: Date;
}
