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
}
