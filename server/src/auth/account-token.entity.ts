import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { User } from "../modules/users/user.entity";

/** What an account token is for: a password-reset link, or the second step of a sign-in. */
export enum AccountTokenKind {
  PASSWORD_RESET = "PASSWORD_RESET",
  SIGN_IN_CHALLENGE = "SIGN_IN_CHALLENGE",
}

/**
 * A single-use token that expires. The id is an HMAC (SHA-256) of the token sent to the person,
 * so the table alone opens nothing.
 */
@Entity("account_token")
export class AccountToken {
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Column({ type: "varchar", length: 20 })
  kind: AccountTokenKind;

  @Index()
  @Column({ type: "int" })
  userId: number;

  @ManyToOne(() => User, { onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "userId" })
  user?: User;

  @Column({ type: "datetime" })
  expiresAt: Date;

  @Column({ type: "datetime", nullable: true })
  usedAt: Date | null;

  /** A sign-in challenge after the organisation's identity provider: the provider, so the session can sign out there too. */
  @Column({ type: "int", nullable: true })
  identityProviderId: number | null;

  /** That sign-in's ID token, sealed (sent back as `id_token_hint` when signing out at the provider). */
  @Column({ type: "text", nullable: true })
  idTokenSealed: string | null;

  /** Wrong codes given with a sign-in challenge; at the limit the challenge is spent. */
  @Column({ type: "int", default: 0 })
  attempts: number;

  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;
}

/** One of the ten recovery codes of a person with two-factor sign-in, stored as an HMAC digest; each works once. */
@Entity("recovery_code")
export class RecoveryCode {
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Index()
  @Column({ type: "int" })
  userId: number;

  @ManyToOne(() => User, { onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "userId" })
  user?: User;

  @Column({ type: "datetime", nullable: true })
  usedAt: Date | null;
}
