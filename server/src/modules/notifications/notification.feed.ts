import type { Response } from "express";
import type { Logger } from "pino";
import type { Database } from "../../db/database";
import { Notification } from "./notification.entity";

/**
 * Live notifications as server-sent events. Every process watches the notification table itself
 * (one small query per interval, whatever the number of open pages), so a notification written by
 * any process reaches a page connected to any other: the database is the only thing they share.
 * An event carries no content, only that something arrived and the unread count; the page then
 * reads its notifications through /graphql as usual.
 */
export class NotificationFeed {
  private readonly listeners = new Map<number, Set<Response>>();
  private lastId: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private polling = false;

  constructor(
    private readonly db: Database,
    private readonly log: Logger,
    private readonly pollMs: number,
  ) {}

  /** Opens the stream for the user; it is closed when the page goes away or the process stops. */
  async subscribe(userId: number, res: Response): Promise<void> {
    res.writeHead(200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      Connection: "keep-alive",
      // Proxies (nginx) would otherwise hold the events back.
      "X-Accel-Buffering": "no",
    });
    // A reconnecting page waits a few seconds rather than hammering a restarting server.
    res.write("retry: 3000\n\n");
    let set = this.listeners.get(userId);
    if (!set) this.listeners.set(userId, (set = new Set()));
    set.add(res);
    res.on("close", () => {
      set.delete(res);
      if (set.size === 0) this.listeners.delete(userId);
      if (this.listeners.size === 0) this.pause();
    });
    // Watch from here on, so that nothing written after the count below is missed.
    if (this.lastId === null) this.lastId = await this.maxId();
    this.send(res, "unread", { unread: await this.unreadCount(userId) });
    this.ensureRunning();
  }

  /** How many pages are listening (for the process's own health). */
  get connections(): number {
    let n = 0;
    for (const set of this.listeners.values()) n += set.size;
    return n;
  }

  private ensureRunning() {
    if (this.timer) return;
    this.timer = setInterval(() => void this.poll(), this.pollMs);
    // A comment every 25 s keeps proxies and load balancers from closing an idle stream.
    this.heartbeat = setInterval(() => {
      for (const set of this.listeners.values()) for (const res of set) res.write(": keep-alive\n\n");
    }, 25_000);
  }

  private async poll() {
    if (this.polling) return;
    this.polling = true;
    try {
      const latest = await this.maxId();
      if (this.lastId === null || this.listeners.size === 0 || latest <= this.lastId) return;
      const since = this.lastId;
      this.lastId = latest;
      const users = [...this.listeners.keys()];
      const rows = await this.db.manager
        .createQueryBuilder(Notification, "n")
        .select("n.userId", "userId")
        .addSelect("SUM(CASE WHEN n.id > :since AND n.id <= :latest THEN 1 ELSE 0 END)", "arrived")
        .addSelect("SUM(CASE WHEN n.readAt IS NULL THEN 1 ELSE 0 END)", "unread")
        .where("n.userId IN (:...users)", { users })
        .setParameters({ since, latest })
        .groupBy("n.userId")
        .having("SUM(CASE WHEN n.id > :since AND n.id <= :latest THEN 1 ELSE 0 END) > 0")
        .getRawMany<{ userId: number | string; arrived: number | string; unread: number | string }>();
      for (const row of rows) {
        for (const res of this.listeners.get(Number(row.userId)) ?? []) {
          this.send(res, "notification", { arrived: Number(row.arrived), unread: Number(row.unread) });
        }
      }
    } catch (err) {
      // The database may be away for a moment; the next round tries again.
      this.log.warn({ err }, "live notifications: could not read new notifications");
    } finally {
      this.polling = false;
    }
  }

  private async maxId(): Promise<number> {
    const row = await this.db.manager.createQueryBuilder(Notification, "n").select("MAX(n.id)", "top").getRawOne<{ top: number | string | null }>();
    return Number(row?.top ?? 0);
  }

  private unreadCount(userId: number): Promise<number> {
    return this.db.manager.createQueryBuilder(Notification, "n").where("n.userId = :userId AND n.readAt IS NULL", { userId }).getCount();
  }

  /** Nobody listens: stop asking the database until someone does. */
  private pause() {
    if (this.timer) clearInterval(this.timer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    this.timer = this.heartbeat = null;
    this.lastId = null;
  }

  private send(res: Response, event: string, data: unknown) {
    res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }

  /** Ends every stream (the pages reconnect to another process) and stops watching. */
  stop() {
    this.pause();
    for (const set of this.listeners.values()) for (const res of set) res.end();
    this.listeners.clear();
  }
}
