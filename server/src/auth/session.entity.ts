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
}
