import type { Actor } from "../../auth/actor";
import { stockholmDate } from "../../shared/dates";
import { WORK_ITEMS_PER_KIND, type WorkQueue, type WorkQueueGroup, type WorkQueueProvider } from "./work-queue.types";

/**
 * The start page's answer to "what needs me now?": each registered domain lists the actor's
 * work of its kinds. Every provider scopes to the actor's organisation (or the actor) and reads a
 * fixed number of statements, so the queue's cost does not grow with its length.
 */
export class WorkQueueService {
  constructor(private readonly providers: WorkQueueProvider[]) {}

  async queue(actor: Actor, perKind = WORK_ITEMS_PER_KIND): Promise<WorkQueue> {
    const today = stockholmDate();
    // One provider after the other: on SQLite every statement shares one connection anyway.
    const groups: WorkQueueGroup[] = [];
    for (const provider of this.providers) {
      const { items, total } = await provider.items(actor, perKind);
      if (total === 0) continue;
      groups.push({
        kind: provider.kind,
        total,
        items: items.map((item) => ({ ...item, kind: provider.kind, overdue: item.deadline !== null && item.deadline < today })),
      });
    }
    return { total: groups.reduce((s, g) => s + g.total, 0), groups };
  }
}
