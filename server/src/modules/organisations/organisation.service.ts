import { In } from "typeorm";
import type { Database } from "../../db/database";
import type { PageArgs } from "../../shared/pagination";
import { County } from "./county.entity";
import { Organisation, type OrganisationKind } from "./organisation.entity";

/** Reference data: every signed-in user may read organisations and counties. */
export class OrganisationService {
  constructor(private readonly db: Database) {}

  async list(filter: { kinds?: OrganisationKind[]; countyCode?: string; search?: string }, page: PageArgs) {
    const qb = this.db.manager.createQueryBuilder(Organisation, "o").orderBy("o.name", "ASC").addOrderBy("o.id", "ASC").skip(page.offset).take(page.limit);
    if (filter.kinds?.length) qb.andWhere({ kind: In(filter.kinds) });
    if (filter.countyCode) qb.andWhere("o.countyCode = :c", { c: filter.countyCode });
    if (filter.search) {
      qb.andWhere("(LOWER(o.name) LIKE :s OR o.code LIKE :s)", { s: `%${filter.search.toLowerCase().replace(/[%_]/g, "")}%` });
    }
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  byId(id: number) {
    return this.db.manager.findOneBy(Organisation, { id: Number(id) || -1 });
  }

  counties() {
    return this.db.manager.find(County, { order: { code: "ASC" } });
  }
}
