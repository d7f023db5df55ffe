import crypto from "node:crypto";
import { type EntityManager, In } from "typeorm";
import { AuditEntry } from "../audit/audit-entry.entity";

/** What erased personal fields read afterwards. */
export const ERASED = "Gallrad";

/** What an erased e-mail address is replaced with: unique per person, so counts of distinct people stay the same, and tied to nobody. */
export function erasedEmail(): string {
  return `gallrad-${crypto.randomBytes(9).toString("hex")}@gallrad.invalid`;
}

export function isErasedEmail(email: string | null | undefined): boolean {
  return !!email && email.startsWith("gallrad-") && email.endsWith("@gallrad.invalid");
}

/** Replaces every string in a JSON value that is one of the erased values (compared without case). */
export function redact(value: unknown, erased: Set<string>): { value: unknown; changed: boolean } {
  let changed = false;
  const walk = (v: unknown): unknown => {
    if (typeof v === "string") {
      if (erased.has(v.trim().toLowerCase())) {
        changed = true;
        return ERASED;
      }
      return v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)]));
    return v;
  };
  return { value: walk(value), changed };
}

/**
 * The audit rows of the given entities keep who did what and when; the erased values in their
 * before and after snapshots are replaced by "Gallrad".
 */
export async function redactAudit(m: EntityManager, entityType: string, ids: (number | string)[], values: (string | null | undefined)[]): Promise<number> {
  const erased = new Set(values.filter((v): v is string => !!v && v !== ERASED).map((v) => v.trim().toLowerCase()));
  if (erased.size === 0 || ids.length === 0) return 0;
  let changed = 0;
  const unique = [...new Set(ids.map(String))];
  for (let i = 0; i < unique.length; i += 500) {
    const rows = await m.find(AuditEntry, { where: { entityType, entityId: In(unique.slice(i, i + 500)) }, select: { id: true, before: true, after: true } });
    for (const row of rows) {
      const before = redact(row.before, erased);
      const after = redact(row.after, erased);
      if (!before.changed && !after.changed) continue;
      await m.update(AuditEntry, { id: row.id }, { before: before.value as never, after: after.value as never });
      changed++;
    }
  }
  return changed;
}
