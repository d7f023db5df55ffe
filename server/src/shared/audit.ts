import type { EntityManager } from "typeorm";
import type { Actor } from "../auth/actor";
import { insertRows } from "../db/insert-rows";
import { AuditEntry } from "../modules/audit/audit-entry.entity";
import { requestScope } from "./request-context";

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
}

/** Writes the append-only audit row of a state change. Call it with the transaction's manager. */
export async function audit(m: EntityManager, actor: Pick<Actor, "userId" | "organisationId"> | null, change: AuditChange) {
  await auditMany(m, actor, [change]);
}

/** The audit rows of several changes made at once (one action on many rows), in one statement. */
export async function auditMany(m: EntityManager, actor: Pick<Actor, "userId" | "organisationId"> | null, changes: AuditChange[]) {
  if (!changes.length) return;
  await insertRows(m, AuditEntry, changes.map((change) => row(actor, change)) as never);
}

function row(actor: Pick<Actor, "userId" | "organisationId"> | null, change: AuditChange): Partial<AuditEntry> {
  return {
    occurredAt: new Date(),
    actorUserId: actor?.userId ?? null,
    actorOrganisationId: actor?.organisationId ?? null,
    action: change.action,
    entityType: change.entityType,
    entityId: String(change.entityId),
    before: (change.before ?? null) as Record<string, unknown> | null,
    after: (change.after ?? null) as Record<string, unknown> | null,
    requestId: requestScope.getStore()?.requestId ?? null,
  };
}
