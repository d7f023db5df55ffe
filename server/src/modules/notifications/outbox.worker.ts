import crypto from "node:crypto";
import type { Logger } from "pino";
import { LessThanOrEqual } from "typeorm";
import type { Database } from "../../db/database";
import { openSealed } from "../../shared/sealing";
import { OutboxMail, OutboxStatus } from "./outbox-mail.entity";

export interface MailTransport {
  sendMail(mail: { from: string; to: string; subject: string; text: string }): Promise<unknown>;
}

const MAX_ATTEMPTS = 8;
const CLAIM_SECONDS = 120;
const BATCH = 20;

/** Minutes to wait before attempt n+1: 1, 2, 4, … capped at 4 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 4 * 3_600_000);
}

/**
 * Sends what is in the outbox. Safe with any number of workers on one database: a worker owns a
 * mail only after a conditional UPDATE that only one of them can win, and a sent mail is never
 * picked again. A claim that outlives a crashed worker expires and the mail is retried.
 */
export class OutboxWorker {
  readonly id = `${process.pid}-${crypto.randomBytes(4).toString("hex")}`;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private readonly db: Database,
    private readonly transport: MailTransport,
    private readonly from: string,
    private readonly log?: Logger,
    /** Opens the sealed text of mails that carry a secret link (the session secret). */
    private readonly sealingSecret?: string,
  ) {}

  start(intervalMs: number) {
    const tick = () => {
      this.runOnce()
        .catch((err) => this.log?.error({ err }, "outbox run failed"))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(tick, intervalMs);
        });
    };
    this.timer = setTimeout(tick, intervalMs);
  }

  async stop() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Sends every mail that is due now; returns how many were sent. */
  runOnce(): Promise<number> {
    if (!this.running) this.running = this.drain().finally(() => (this.running = null));
    return this.running;
  }

  private async drain(): Promise<number> {
    let sent = 0;
    for (;;) {
      const now = new Date();
      const due = await this.db.manager.find(OutboxMail, {
        select: { id: true },
        where: [
          { status: OutboxStatus.PENDING, nextAttemptAt: LessThanOrEqual(now) },
          { status: OutboxStatus.SENDING, lockedUntil: LessThanOrEqual(now) },
        ],
        order: { id: "ASC" },
        take: BATCH,
      });
      if (due.length === 0) return sent;
      let claimedAny = false;
      for (const { id } of due) {
        const mail = await this.claim(id);
        if (!mail) continue;
        claimedAny = true;
        if (await this.deliver(mail)) sent++;
      }
      if (!claimedAny) return sent;
    }
  }

  private async claim(id: number): Promise<OutboxMail | null> {
    const now = new Date();
    return this.db.transaction(async (m) => {
      const res = await m
        .createQueryBuilder()
        .update(OutboxMail)
        .set({
          status: OutboxStatus.SENDING,
          lockedBy: this.id,
          lockedUntil: new Date(now.getTime() + CLAIM_SECONDS * 1000),
          attempts: () => "attempts + 1",
        })
        .where("id = :id", { id })
        .andWhere("((status = :pending AND nextAttemptAt <= :now) OR (status = :sending AND lockedUntil <= :now))", {
          pending: OutboxStatus.PENDING,
          sending: OutboxStatus.SENDING,
          now,
        })
        .execute();
      if (res.affected !== 1) return null;
      return m.findOneByOrFail(OutboxMail, { id });
    });
  }

  private async deliver(mail: OutboxMail): Promise<boolean> {
    try {
      const text = mail.sealedBody ? this.open(mail.sealedBody) : mail.textBody;
      await this.transport.sendMail({ from: this.from, to: mail.toAddress, subject: mail.subject, text });
    } catch (err) {
      const failed = mail.attempts >= MAX_ATTEMPTS;
      await this.finish(mail.id, {
        status: failed ? OutboxStatus.FAILED : OutboxStatus.PENDING,
        // Given up: the secret link is no longer kept.
        ...(failed ? { sealedBody: null } : {}),
        nextAttemptAt: new Date(Date.now() + backoffMs(mail.attempts)),
        lastError: String((err as Error)?.message ?? err).slice(0, 2000),
      });
      this.log?.warn({ mailId: mail.id, attempts: mail.attempts, failed }, "mail not sent");
      return false;
    }
    // Sent: the secret link now exists only in the recipient's mailbox.
    await this.finish(mail.id, { status: OutboxStatus.SENT, sentAt: new Date(), lastError: null, sealedBody: null });
    return true;
  }

  private open(sealed: string): string {
    if (!this.sealingSecret) throw new Error("the mail carries a sealed text and this worker has no key to open it");
    return openSealed(sealed, this.sealingSecret);
  }

  private finish(id: number, changes: Partial<OutboxMail>) {
    return this.db.transaction((m) =>
      m
        .createQueryBuilder()
        .update(OutboxMail)
        .set({ ...changes, lockedBy: null, lockedUntil: null })
        .where("id = :id AND lockedBy = :me", { id, me: this.id })
        .execute(),
    );
  }
}
