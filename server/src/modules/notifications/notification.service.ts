import type { EntityManager } from "typeorm";
import { insertRows } from "../../db/insert-rows";
import { In, IsNull } from "typeorm";
import type { Actor } from "../../auth/actor";
import type { Database } from "../../db/database";
import type { PageArgs } from "../../shared/pagination";
import { isMessageKey, type Language, type MessageParams, renderMessage } from "../../shared/messages";
import { sealText } from "../../shared/sealing";
import { stockholmDate, stockholmInstant } from "../../shared/dates";
import { EmailFrequency, Language as UserLanguage, User } from "../users/user.entity";

/** The most notifications one digest lists; the rest are a click away. */
const DIGEST_MAX = 50;
import { Notification } from "./notification.entity";
import { OutboxMail, OutboxStatus } from "./outbox-mail.entity";

export interface Recipient {
  id: number;
  email: string;
}

export interface Message {
  kind: string;
  /** The entry in the message catalogue (shared/messages/); the kind when omitted. */
  key?: string;
  params?: MessageParams;
  /** Path in the web app, e.g. `/grants/applications/12`. */
  link?: string;
  /** Also send an e-mail (through the outbox). Default true. */
  email?: boolean;
}

/** An e-mail: a catalogue entry (its title is the subject) with its parameters, and a path in the web app to add. */
export interface MailMessage {
  key?: string;
  kind?: string;
  params?: MessageParams;
  link?: string;
}

/** Recipients' mail settings read before a transaction takes its locks (see `NotificationService.mailSettingsOf`). */
export interface MailSettings {
  /** Recipients (user ids) who chose a daily digest or no e-mail. */
  quiet: ReadonlySet<number>;
  /** Each address's language, keyed by the address in lower case. */
  languages: ReadonlyMap<string, Language>;
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

  /**
   * Notifications are stored as a message key and parameters, rendered in the reader's language
   * when read; the Swedish text is stored too. The e-mails are rendered in each recipient's language.
   * `settings`, when given, are the recipients' mail settings read beforehand (`mailSettingsOf`):
   * then the inserts are the only statements, for a caller holding a lock.
   */
  async notify(m: EntityManager, recipients: Recipient[], msg: Message, settings?: MailSettings): Promise<void> {
    if (recipients.length === 0) return;
    const key = msg.key ?? msg.kind;
    const params = msg.params ?? {};
    const sv = renderMessage(key, params, "sv");
    await insertRows(
      m,
      Notification,
      recipients.map((r) => ({
        userId: r.id,
        kind: msg.kind,
        title: clip(sv.title, 200),
        body: sv.body,
        messageKey: key,
        messageParams: params,
        link: msg.link ?? null,
        readAt: null,
      })),
    );
    if (msg.email !== false) {
      // Those who chose a daily digest, or no e-mail, hear of it in Samverka (and in the digest).
      const { quiet, languages } = settings ?? (await this.mailSettingsOf(m, recipients));
      await this.enqueueMail(
        m,
        recipients.filter((r) => !quiet.has(r.id)).map((r) => r.email),
        { key, params, link: msg.link },
        { languages },
      );
    }
  }

  /** What `notify` reads of its recipients before it mails them: who mails no notification at once, and each address's language. */
  async mailSettingsOf(m: EntityManager, recipients: Recipient[]): Promise<MailSettings> {
    const ids = [...new Set(recipients.map((r) => r.id))];
    const [quiet, languages] = await Promise.all([
      m.find(User, { select: { id: true }, where: { id: In(ids), emailFrequency: In([EmailFrequency.DAILY, EmailFrequency.OFF]) } }),
      this.languagesOf(
        m,
        recipients.map((r) => r.email),
      ),
    ]);
    return { quiet: new Set(quiet.map((u) => u.id)), languages };
  }

  /**
   * The daily digest: from 07:00 Swedish time, each active user who chose it gets one e-mail
   * listing what arrived since the last digest and is still unread (at most 50, newest last),
   * in their language, with a link to their notifications. Each user is claimed with a
   * conditional update, so any number of processes may run this; a user with nothing new gets no mail.
   * Returns how many digests were queued.
   */
  async sendDigests(now = new Date()): Promise<number> {
    const dueFrom = stockholmInstant(stockholmDate(now), "07:00");
    if (now < dueFrom) return 0;
    const users = await this.db.manager
      .createQueryBuilder(User, "u")
      .where("u.emailFrequency = :daily AND u.active = :active", { daily: EmailFrequency.DAILY, active: true })
      .andWhere("(u.digestSentAt IS NULL OR u.digestSentAt < :dueFrom)", { dueFrom })
      .getMany();
    let sent = 0;
    for (const user of users) {
      const queued = await this.db.transaction(async (m) => {
        const claimed = await m
          .createQueryBuilder()
          .update(User)
          .set({ digestSentAt: now })
          .where("id = :id AND (digestSentAt IS NULL OR digestSentAt < :dueFrom)", { id: user.id, dueFrom })
          .execute();
        if (!claimed.affected) return false;
        // A notification's time is stored to the whole second (on SQLite as text without fractions, which sorts
        // before the same second with them): from the second before, so that one made in the second of the
        // last digest is listed again rather than lost.
        const last = user.digestSentAt ?? new Date(now.getTime() - 86_400_000);
        const since = new Date(Math.floor(last.getTime() / 1000) * 1000 - 1000);
        const items = await m
          .createQueryBuilder(Notification, "n")
          .where("n.userId = :id AND n.readAt IS NULL AND n.createdAt > :since AND n.createdAt <= :now", { id: user.id, since, now })
          .orderBy("n.id", "DESC")
          .take(DIGEST_MAX)
          .getMany();
        if (items.length === 0) return false;
        const lang: Language = user.language === UserLanguage.EN ? "en" : "sv";
        const lines = items
          .reverse()
          .map((n) => this.localise(n, lang))
          .map((n) => `• ${n.title}${n.link ? `\n  ${this.publicUrl}${n.link}` : ""}`)
          .join("\n");
        await this.enqueueMail(m, [user.email], { key: "notifications.digest", params: { count: items.length, items: lines }, link: "/aviseringar" });
        return true;
      });
      if (queued) sent++;
    }
    return sent;
  }

  /**
   * Queues mail to addresses that need not be users yet (an invitation, say). Each of `secrets`
   * (a token in a link) is hidden in the text the outbox shows; the text with the secrets is kept
   * sealed for the worker only, until the mail is sent. An address without an account reads
   * `language` (Swedish when not given). `languages`, when given, are the addresses' languages read
   * beforehand (`languagesOf`).
   */
  async enqueueMail(
    m: EntityManager,
    to: string[],
    msg: MailMessage,
    options: { secrets?: string[]; language?: Language; languages?: ReadonlyMap<string, Language> } = {},
  ): Promise<void> {
    if (to.length === 0) return;
    const key = msg.key ?? msg.kind;
    if (!key) throw new Error("A mail needs a message key");
    const now = new Date();
    const secrets = (options.secrets ?? []).filter(Boolean);
    const languages = options.languages ?? (await this.languagesOf(m, to));
    const rendered = new Map<Language, { subject: string; full: string; shown: string; sealed: string | null }>();
    const inLanguage = (lang: Language) => {
      let r = rendered.get(lang);
      if (!r) {
        const { title, body } = renderMessage(key, msg.params, lang);
        const link = msg.link ? `\n\n${this.publicUrl}${msg.link}` : "";
        const full = `${body}${link}\n\n-- \nSamverka`;
        const shown = secrets.reduce((text, secret) => text.split(secret).join(HIDDEN), full);
        r = { subject: clip(title, 250), full, shown, sealed: secrets.length ? sealText(full, this.sealingSecret) : null };
        rendered.set(lang, r);
      }
      return r;
    };
    await insertRows(
      m,
      OutboxMail,
      to.map((address) => {
        const r = inLanguage(languages.get(address.toLowerCase()) ?? options.language ?? "sv");
        return {
          toAddress: address,
          subject: r.subject,
          textBody: r.shown,
          sealedBody: r.sealed,
          status: OutboxStatus.PENDING,
          attempts: 0,
          nextAttemptAt: now,
        };
      }),
    );
  }

  /**
   * Queues one personal mail per address, each with its own parameters and secrets (a personal
   * link), as `enqueueMail` does for each: one read of the addresses' languages and one insert for all.
   * `languages`, when given, are the addresses' languages read beforehand (see `languagesOf`): then
   * the insert is the only statement, for a caller holding a lock.
   */
  async enqueuePersonalMails(
    m: EntityManager,
    mails: { to: string; msg: MailMessage; secrets?: string[] }[],
    options: { language?: Language; languages?: ReadonlyMap<string, Language> } = {},
  ): Promise<void> {
    if (mails.length === 0) return;
    const now = new Date();
    const languages =
      options.languages ??
      (await this.languagesOf(
        m,
        mails.map((x) => x.to),
      ));
    await insertRows(
      m,
      OutboxMail,
      mails.map(({ to, msg, secrets: given }) => {
        const key = msg.key ?? msg.kind;
        if (!key) throw new Error("A mail needs a message key");
        const secrets = (given ?? []).filter(Boolean);
        const { title, body } = renderMessage(key, msg.params, languages.get(to.toLowerCase()) ?? options.language ?? "sv");
        const link = msg.link ? `\n\n${this.publicUrl}${msg.link}` : "";
        const full = `${body}${link}\n\n-- \nSamverka`;
        return {
          toAddress: to,
          subject: clip(title, 250),
          textBody: secrets.reduce((text, secret) => text.split(secret).join(HIDDEN), full),
          sealedBody: secrets.length ? sealText(full, this.sealingSecret) : null,
          status: OutboxStatus.PENDING,
          attempts: 0,
          nextAttemptAt: now,
        };
      }),
    );
  }

  /** The language each address reads (keyed by the address in lower case): its account's choice; an address without an account is not in the map. */
  async languagesOf(m: EntityManager, addresses: string[]): Promise<Map<string, Language>> {
    const emails = [...new Set(addresses.map((a) => a.toLowerCase()))];
    const found = new Map<string, Language>();
    for (let i = 0; i < emails.length; i += 500) {
      const users = await m.find(User, { select: { email: true, language: true }, where: { email: In(emails.slice(i, i + 500)) } });
      for (const u of users) found.set(u.email.toLowerCase(), u.language === UserLanguage.EN ? "en" : "sv");
    }
    return found;
  }

  /** A notification's title and body in the reader's language (stored Swedish text for one made before the catalogue). */
  private localise(n: Notification, lang: Language): Notification {
    if (!isMessageKey(n.messageKey)) return n;
    const { title, body } = renderMessage(n.messageKey, (n.messageParams ?? {}) as MessageParams, lang);
    return Object.assign(n, { title: clip(title, 200), body });
  }

  private async readerLanguage(actor: Actor): Promise<Language> {
    const user = await this.db.manager.findOne(User, { select: { id: true, language: true }, where: { id: actor.userId } });
    return user?.language === UserLanguage.EN ? "en" : "sv";
  }

  async list(actor: Actor, unreadOnly: boolean, page: PageArgs) {
    const where = { userId: actor.userId, ...(unreadOnly ? { readAt: IsNull() } : {}) };
    const [items, total] = await this.db.manager.findAndCount(Notification, {
      where,
      order: { id: "DESC" },
      skip: page.offset,
      take: page.limit,
    });
    const lang = await this.readerLanguage(actor);
    return { items: items.map((n) => this.localise(n, lang)), total };
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
