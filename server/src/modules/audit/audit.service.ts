import { type Actor, can } from "../../auth/actor";
import type { Database } from "../../db/database";
import { CommonErrors } from "../../shared/errors";
import type { PageArgs } from "../../shared/pagination";
import { AuditEntry } from "./audit-entry.entity";
import type { AuditLogArgs } from "./audit.inputs";

/** Reads the audit log; rows are written only by shared/audit.ts, inside the change's transaction. */
export class AuditService {
  constructor(private readonly db: Database) {}

  /** The whole log with `audit.read.all`; otherwise only what people of the actor's own organisation did. */
  async list(actor: Actor, filter: AuditLogArgs, page: PageArgs) {
    let organisationId = filter.actorOrganisationId ? Number(filter.actorOrganisationId) : null;
    if (!can(actor, "audit.read.all")) {
      if (!can(actor, "audit.read.ownOrganisation")) throw CommonErrors.forbidden();
      if (organisationId != null && organisationId !== actor.organisationId) throw CommonErrors.forbidden();
      organisationId = actor.organisationId;
    }
    const qb = this.db.manager.createQueryBuilder(AuditEntry, "a").orderBy("a.id", "DESC").skip(page.offset).take(page.limit);
    if (filter.entityType) qb.andWhere("a.entityType = :t", { t: filter.entityType });
    if (filter.entityId) qb.andWhere("a.entityId = :e", { e: filter.entityId });
    if (filter.action) qb.andWhere("a.action = :ac", { ac: filter.action });
    if (organisationId != null) qb.andWhere("a.actorOrganisationId = :o", { o: organisationId });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }
}
