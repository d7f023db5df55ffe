import type { EntityManager } from "typeorm";
import { In, IsNull } from "typeorm";
import type { Actor } from "../../auth/actor";
import type { Database } from "../../db/database";
import type { PageArgs } from "../../shared/pagination";
import { sealText } from "../../shared/sealing";
import { Notification } from "./notification.entity";
import { OutboxMail, OutboxStatus } from "./outbox-mail.entity";

export interface Recipient {
  id: number;
  email: string;
}

export interface Message {
  kind: string;
  title: string;
  body: string;
  /** Path in the web app, e.g. `/grants/applications/12`. */
  link?: string;
  /** Also send an e-mail (through the outbox). Default true. */
  email?: boolean;
}

/**
 * The one notification path of every portal: an in-app notification per recipient and, unless
 * turned off, an e-mail in the outbox, both written with the caller's transaction.
 */
export class NotificationService {
  constructor(
    private readonly db: Database,
    private readonly publicUrl: string,
    private readonly sealingSecret: string,
  ) {}

  async notify(m: EntityManager, recipients: Recipient[], msg: Message): Promise<void> {
    if (recipients.length === 0) return;
    await m.insert(
      Notification,
      recipients.map((r) => ({ userId: r.id, kind: msg.kind, title: clip(msg.title, 200), body: msg.body, link: msg.link ?? null, readAt: null })),
    );
    if (msg.email !== false) {
      const link = msg.link ? `\n\n${this.publicUrl}${msg.link}` : "";
      await this.enqueueMail(
        m,
        recipients.map((r) => r.email),
        msg.title,
        `${msg.body}${link}`,
      );
    }
  }

  /**
   * Queues mail to addresses that need not be users yet (an invitation, say). Each of `secrets`
   * (a token in a link) is hidden in the text the outbox shows; the text with the secrets is kept
   * sealed for the worker only, until the mail is sent.
   */
  async enqueueMail(m: EntityManager, to: string[], subject: string, textBody: string, options: { secrets?: string[] } = {}): Promise<void> {
    if (to.length === 0) return;
    const now = new Date();
    const full = `${textBody}\n\n-- \nSamverka`;
    const secrets = (options.secrets ?? []).filter(Boolean);
    const shown = secrets.reduce((text, secret) => text.split(secret).join(HIDDEN), full);
    await m.insert(
      OutboxMail,
      to.map((address) => ({
        toAddress: address,
        subject: clip(subject, 250),
        textBody: shown,
        sealedBody: secrets.length ? sealText(full, this.sealingSecret) : null,
        status: OutboxStatus.PENDING,
        attempts: 0,
        nextAttemptAt: now,
      })),
    );
  }

  async list(actor: Actor, unreadOnly: boolean, page: PageArgs) {
    const where = { userId: actor.userId, ...(unreadOnly ? { readAt: IsNull() } : {}) };
    const [items, total] = await this.db.manager.findAndCount(Notification, {
      where,
      order: { id: "DESC" },
      skip: page.offset,
      take: page.limit,
    });
    return { items, total };
  }

  unreadCount(actor: Actor): Promise<number> {
    return this.db.manager.count(Notification, { where: { userId: actor.userId, readAt: IsNull() } });
  }

  /** Marks the given (or all) of the actor's notifications read; returns how many changed. */
  async markRead(actor: Actor, ids: number[] | null): Promise<number> {
    return this.db.transaction(async (m) => {
      const qb = m
        .createQueryBuilder()
        .update(Notification)
        .set({ readAt: new Date() })
        .where("userId = :uid", { uid: actor.userId })
        .andWhere("readAt IS NULL");
      if (ids) {
        if (ids.length === 0) return 0;
        qb.andWhere({ id: In(ids) });
      }
      const res = await qb.execute();
      return res.affected ?? 0;
    });
  }

  async listOutbox(status: OutboxStatus | null, page: PageArgs) {
    const [items, total] = await this.db.manager.findAndCount(OutboxMail, {
      where: status ? { status } : {},
      order: { id: "DESC" },
      skip: page.offset,
      take: page.limit,
    });
    return { items, total };
  }
}

/** What the outbox shows in place of a secret. */
export const HIDDEN = "[dold]";

/**
 * Titles are built from what people wrote ("Anmälan till <the event's title>"): shortened to fit
 * their column, counted in characters (code points) so that no character is cut in half.
 */
function clip(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join("")}…`;
}
