import type { Database } from "../../db/database";
import type { PageArgs } from "../../shared/pagination";
import { AuditEntry } from "./audit-entry.entity";
import type { AuditLogArgs } from "./audit.inputs";

/** Reads the audit log; rows are written only by shared/audit.ts, inside the change's transaction. */
export class AuditService {
  constructor(private readonly db: Database) {}

  async list(filter: AuditLogArgs, page: PageArgs) {
    const qb = this.db.manager.createQueryBuilder(AuditEntry, "a").orderBy("a.id", "DESC").skip(page.offset).take(page.limit);
    if (filter.entityType) qb.andWhere("a.entityType = :t", { t: filter.entityType });
    if (filter.entityId) qb.andWhere("a.entityId = :e", { e: filter.entityId });
    if (filter.action) qb.andWhere("a.action = :ac", { ac: filter.action });
    if (filter.actorOrganisationId) qb.andWhere("a.actorOrganisationId = :o", { o: Number(filter.actorOrganisationId) });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }
}
