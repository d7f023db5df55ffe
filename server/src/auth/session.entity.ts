import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from "typeorm";
import { User } from "../modules/users/user.entity";

/** A signed-in session. The id is an HMAC of the bearer token, so a leaked table cannot be replayed. */
@Entity("session")
export class Session {
  @PrimaryColumn({ type: "varchar", length: 64 })
  id: string;

  @Index()
  @Column({ type: "int" })
  userId: number;

  @ManyToOne(() => User, { onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "userId" })
  user?: User;

  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;

  @Index()
  @Column({ type: "datetime" })
  expiresAt: Date;

  /** The last request of the session, to the nearest few minutes. */
  @Column({ type: "datetime", nullable: true })
  lastUsedAt: Date | null;

  /** The browser's User-Agent when the session was opened (clipped), shown to its owner as a summary. */
  @Column({ type: "varchar", length: 300, nullable: true })
  userAgent: string | null;

  /** The identity provider the session was opened through (single sign-on), for signing out there too. */
  @Column({ type: "int", nullable: true })
  identityProviderId: number | null;

  /** The provider's ID token of that sign-in, sealed: sent back as `id_token_hint` when signing out at the provider. */
  @Column({ type: "text", nullable: true })
  idTokenSealed: string | null;
}
