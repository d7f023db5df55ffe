import { Field, ID, ObjectType } from "type-graphql";
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { User } from "../users/user.entity";

/** An in-app notification for one user. */
@ObjectType()
@Entity("notification")
@Index(["userId", "readAt"])
export class Notification {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: "int" })
  id: number;

  @Column({ type: "int" })
  userId: number;

  @ManyToOne(() => User, { onDelete: "CASCADE", onUpdate: "NO ACTION" })
  @JoinColumn({ name: "userId" })
  user?: User;

  /** What happened, e.g. `user.roles-changed`; the web app may pick an icon by it. */
  @Field()
  @Column({ type: "varchar", length: 60 })
  kind: string;

  /** The Swedish text as written when the notification was made; what older rows (without a message key) show. */
  @Field()
  @Column({ type: "varchar", length: 200 })
  title: string;

  @Field()
  @Column({ type: "text" })
  body: string;

  /** The message in the catalogue (shared/messages/); `title` and `body` are rendered from it in the reader's language. */
  @Column({ type: "varchar", length: 100, nullable: true })
  messageKey: string | null;

  @Column({ type: "simple-json", nullable: true })
  messageParams: Record<string, unknown> | null;

  /** Path inside the web app, e.g. `/admin/users`. */
  @Field(() => String, { nullable: true })
  @Column({ type: "varchar", length: 300, nullable: true })
  link: string | null;

  @Field()
  @CreateDateColumn({ type: "datetime" })
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: "datetime", nullable: true })
  readAt: Date | null;
}
