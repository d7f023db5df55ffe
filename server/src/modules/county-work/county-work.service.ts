import { type EntityManager, type FindOptionsWhere, In, Like } from "typeorm";
import { type Actor, can } from "../../auth/actor";
import type { Database } from "../../db/database";
import { type LeanNeeds, leanOne, leanPage } from "../../db/lean-read";
import { audit } from "../../shared/audit";
import { stockholmDate } from "../../shared/dates";
import { fieldMessage, type FieldMessageKey, type FieldMessageParams } from "../../shared/field-messages";
import type { PageArgs } from "../../shared/pagination";
import { offeredActions } from "../../shared/state-machine";
import type { NotificationService } from "../notifications/notification.service";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { usersWithAbility } from "../users/user.service";
import { Campaign, Method, MethodSpread, MunicipalityVisit, RegionalStrategy, StrategyStatus } from "./county-work.entities";
import { Network, NetworkKind, NetworkMeeting, NetworkMember, type NetworkTopic } from "../networks/network.entities";
import { MeetingStatus } from "../networks/network-meeting.state-machine";
import { CountyWorkErrors } from "./county-work.errors";
import { CAMPAIGN_NEEDS, VISIT_NEEDS } from "./county-work.lean";
import { countyWorkNational } from "./county-work.national";
// The yearly follow-up's pre-fills of the county's own work register themselves with the questionnaire engine.
import "./county-work.prefill";
import type {
  CampaignInput,
  CampaignsArgs,
  CountyWorkArgs,
  MethodInput,
  MethodSpreadInput,
  MunicipalityVisitInput,
  MunicipalityVisitsArgs,
  RegionalStrategyInput,
  StrategyStatusInput,
} from "./county-work.inputs";
import { ADOPTED_STATES, regionalStrategyMachine } from "./regional-strategy.state-machine";

function invalid(field: string, key: FieldMessageKey, params?: FieldMessageParams) {
  const reason = fieldMessage(key, params);
  return CountyWorkErrors.invalid({ reason }, { fields: [{ field, path: `input.${field}`, message: reason }] });
}

const yearOf = (date: string) => Number(date.slice(0, 4));
const id = (value: string | number | null | undefined) => Number(value) || -1;

/** The records of länets arbete that belong to one county board. */
type CountyRecord = MunicipalityVisit | Campaign | MethodSpread | RegionalStrategy;
type CountyEntity = typeof MunicipalityVisit | typeof Campaign | typeof MethodSpread | typeof RegionalStrategy;

/** What the field resolvers of a record's detail query read (county-work.lean.ts); a record not named reads whole rows for computed fields. */
const DETAIL_NEEDS = new Map<CountyEntity, LeanNeeds>([
  [MunicipalityVisit, VISIT_NEEDS],
  [Campaign, CAMPAIGN_NEEDS],
]);

const NOT_FOUND = new Map<CountyEntity, () => Error>([
  [MunicipalityVisit, () => CountyWorkErrors.visitNotFound()],
  [Campaign, () => CountyWorkErrors.campaignNotFound()],
  [MethodSpread, () => CountyWorkErrors.methodSpreadNotFound()],
  [RegionalStrategy, () => CountyWorkErrors.strategyNotFound()],
]);

/**
 * Länets arbete: what a länsstyrelse's utvecklingsledare log about the county's own work —
 * kommunbesök, campaigns and information efforts, methods and materials spread, regional
 * strategies and action plans. A länsstyrelse reads and writes only its own county's records;
 * Socialstyrelsen and Vårdanalys read every county's.
 */
export class CountyWorkService {
  constructor(
    private readonly db: Database,
    private readonly notifications: NotificationService,
  ) {}

  // ---- access ------------------------------------------------------------------------------

  /**
   * The county board whose records the actor asks for: a länsstyrelse always its own (asking for
   * another is refused); a national reader the one named, or every county (null).
   */
  readScope(actor: Actor, countyBoardId?: string | null): number | null {
    if (can(actor, "countyWork.manage.ownCounty") && actor.organisationKind === OrganisationKind.LANSSTYRELSE) {
      if (countyBoardId != null && Number(countyBoardId) !== actor.organisationId) throw CountyWorkErrors.otherCounty();
      return actor.organisationId;
    }
    if (can(actor, "countyWork.read.all")) return countyBoardId != null ? id(countyBoardId) : null;
    throw CountyWorkErrors.otherCounty();
  }

  /** The county board the actor writes for: its own, when it is a länsstyrelse. */
  private writer(actor: Actor): number {
    if (!can(actor, "countyWork.manage.ownCounty") || actor.organisationKind !== OrganisationKind.LANSSTYRELSE) throw CountyWorkErrors.notACountyBoard();
    return actor.organisationId;
  }

  /** A record the actor may read; another county's is NOT_FOUND for a länsstyrelse. */
  /** With `fields` (a detail query), a plain row of only what those fields read and the county key the check reads (see db/lean-read.ts). */
  async readable<T extends CountyRecord>(
    actor: Actor,
    entity: CountyEntity,
    recordId: string | number,
    m: EntityManager = this.db.manager,
    fields?: ReadonlySet<string>,
  ): Promise<T> {
    const qb = m.createQueryBuilder(entity as never, "r").where("r.id = :id", { id: id(recordId) });
    const row = (await leanOne(qb, fields, DETAIL_NEEDS.get(entity))) as T | null;
    if (!row) throw NOT_FOUND.get(entity)!();
    const scope = this.readScope(actor);
    if (scope !== null && row.countyBoardOrganisationId !== scope) throw NOT_FOUND.get(entity)!();
    return row;
  }

  /** A record of the actor's own county, for changing it. */
  private async own<T extends CountyRecord>(actor: Actor, entity: CountyEntity, recordId: string | number, m: EntityManager): Promise<T> {
    const board = this.writer(actor);
    const row = (await m.findOneBy(entity as never, { id: id(recordId) } as never)) as T | null;
    if (!row || row.countyBoardOrganisationId !== board) throw NOT_FOUND.get(entity)!();
    return row;
  }

  private where<T extends CountyRecord>(actor: Actor, args: CountyWorkArgs): FindOptionsWhere<T> {
    const scope = this.readScope(actor, args.countyBoardId);
    return { year: args.year, ...(scope === null ? {} : { countyBoardOrganisationId: scope }) } as FindOptionsWhere<T>;
  }

  // ---- kommunbesök -------------------------------------------------------------------------

  /** A page of visits; with `fields`, plain rows of only what those fields read (see db/lean-read.ts). */
  async listVisits(actor: Actor, args: MunicipalityVisitsArgs, page: PageArgs, fields?: ReadonlySet<string>) {
    const where = this.where<MunicipalityVisit>(actor, args);
    if (args.kommunId) where.kommunOrganisationId = id(args.kommunId);
    // Topics are a short JSON list of enum names; a name never contains another's quotes.
    if (args.topic) where.topics = Like(`%"${args.topic}"%`) as never;
    const qb = this.db.manager
      .createQueryBuilder(MunicipalityVisit, "v")
      .where(where)
      .orderBy("v.date", "DESC")
      .addOrderBy("v.id", "DESC")
      .skip(page.offset)
      .take(page.limit);
    if (fields) return leanPage(qb, fields, VISIT_NEEDS);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  async saveVisit(actor: Actor, input: MunicipalityVisitInput): Promise<MunicipalityVisit> {
    return this.db.transaction(async (m) => {
      const board = this.writer(actor);
      const kommun = await this.kommunInCounty(m, actor, input.kommunId);
      const topics = [...new Set(input.topics)];
      if (!topics.length) throw invalid("topics", "countyWork.chooseAtLeastOneTopic");
      const values = {
        kommunOrganisationId: kommun.id,
        date: input.date,
        year: yearOf(input.date),
        topics,
        participants: input.participants.trim(),
        notes: input.notes,
      };
      return this.saveRecord<MunicipalityVisit>(m, actor, MunicipalityVisit, "municipalityVisit", input.id, board, values);
    });
  }

  /** The kommun, which must lie in the actor's county; refused on `kommunId` otherwise. */
  private async kommunInCounty(m: EntityManager, actor: Actor, kommunId: string): Promise<Organisation> {
    const kommun = await m.findOneBy(Organisation, { id: id(kommunId) });
    if (!kommun || kommun.kind !== OrganisationKind.KOMMUN) throw invalid("kommunId", "countyWork.chooseAKommun");
    if (kommun.countyCode !== actor.countyCode) {
      const board = await m.findOneByOrFail(Organisation, { id: actor.organisationId });
      throw invalid("kommunId", "countyWork.kommunNotInCounty", { kommun: kommun.name, county: board.name });
    }
    return kommun;
  }

  // ---- national follow-up ------------------------------------------------------------------

  /** The national aggregate of a year: shares of länsstyrelser and totals, nothing of any county's records. */
  national(year: number) {
    if (!Number.isInteger(year) || year < 2000 || year > 2099) throw invalid("year", "common.yearBetween2000And2099");
    return this.db.forStatistics(() => countyWorkNational(this.db, year));
  }

  // ---- campaigns ---------------------------------------------------------------------------

  /** A page of campaigns; with `fields`, plain rows of only what those fields read (see db/lean-read.ts). */
  async listCampaigns(actor: Actor, args: CampaignsArgs, page: PageArgs, fields?: ReadonlySet<string>) {
    const where = this.where<Campaign>(actor, args);
    if (args.topic) where.topic = args.topic;
    if (args.scope) where.scope = args.scope;
    const qb = this.db.manager
      .createQueryBuilder(Campaign, "c")
      .where(where)
      .orderBy("c.periodStart", "DESC")
      .addOrderBy("c.id", "DESC")
      .skip(page.offset)
      .take(page.limit);
    if (fields) return leanPage(qb, fields, CAMPAIGN_NEEDS);
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  async saveCampaign(actor: Actor, input: CampaignInput): Promise<Campaign> {
    return this.db.transaction(async (m) => {
      const board = this.writer(actor);
      const channels = [...new Set(input.channels)];
      if (!channels.length) throw invalid("channels", "countyWork.chooseAtLeastOneChannel");
      if (input.periodEnd < input.periodStart) throw invalid("periodEnd", "countyWork.periodEndBeforeStart");
      const methodIds = await this.activeMethods(m, input.methodIds, "methodIds");
      const values = {
        title: input.title.trim(),
        scope: input.scope,
        topic: input.topic,
        channels,
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        year: yearOf(input.periodStart),
        kommunerReached: input.kommunerReached ?? null,
        peopleReached: input.peopleReached ?? null,
        articles: input.articles ?? null,
        readers: input.readers ?? null,
        methodIds,
        notes: input.notes,
      };
      return this.saveRecord<Campaign>(m, actor, Campaign, "campaign", input.id, board, values);
    });
  }

  /** Method ids that exist and are in use; refused on `field` otherwise. */
  private async activeMethods(m: EntityManager, ids: string[], field: string): Promise<number[]> {
    const wanted = [...new Set((ids ?? []).map(id))];
    if (!wanted.length) return [];
    const found = await m.findBy(Method, { id: In(wanted) });
    if (found.length !== wanted.length) throw invalid(field, "countyWork.unknownMethod");
    const inactive = found.find((x) => !x.active);
    if (inactive) throw invalid(field, "countyWork.methodInactive", { method: inactive.name });
    return wanted;
  }

  // ---- methods (reference data) and their spread -------------------------------------------

  async listMethods(includeInactive: boolean): Promise<Method[]> {
    return this.db.manager.find(Method, { where: includeInactive ? {} : { active: true }, order: { name: "ASC" } });
  }

  async saveMethod(actor: Actor, input: MethodInput): Promise<Method> {
    return this.db.transaction(async (m) => {
      const name = input.name.trim();
      const same = await m.findOneBy(Method, { name });
      if (same && String(same.id) !== String(input.id ?? "")) throw invalid("name", "countyWork.methodNameTaken");
      const values = { name, description: input.description, active: input.active };
      if (input.id) {
        const before = await m.findOneBy(Method, { id: id(input.id) });
        if (!before) throw CountyWorkErrors.methodNotFound();
        await m.update(Method, { id: before.id }, values);
        await audit(m, actor, { action: "method.update", entityType: "Method", entityId: before.id, before: { ...before }, after: values });
        return { ...before, ...values };
      }
      const created = await m.save(m.create(Method, values));
      await audit(m, actor, { action: "method.create", entityType: "Method", entityId: created.id, after: values });
      return created;
    });
  }

  async listMethodSpreads(actor: Actor, args: CountyWorkArgs, page: PageArgs) {
    const [items, total] = await this.db.manager.findAndCount(MethodSpread, {
      where: this.where<MethodSpread>(actor, args),
      order: { id: "DESC" },
      skip: page.offset,
      take: page.limit,
    });
    return { items, total };
  }

  async saveMethodSpread(actor: Actor, input: MethodSpreadInput): Promise<MethodSpread> {
    return this.db.transaction(async (m) => {
      const board = this.writer(actor);
      const [methodId] = await this.activeMethods(m, [input.methodId], "methodId");
      const values = {
        methodId,
        year: input.year,
        kommunerReached: input.kommunerReached ?? null,
        organisationsReached: input.organisationsReached ?? null,
        note: input.note,
      };
      return this.saveRecord<MethodSpread>(m, actor, MethodSpread, "methodSpread", input.id, board, values);
    });
  }

  // ---- regional strategies and action plans ------------------------------------------------

  async listStrategies(actor: Actor, args: CountyWorkArgs, page: PageArgs) {
    const [items, total] = await this.db.manager.findAndCount(RegionalStrategy, {
      where: this.where<RegionalStrategy>(actor, args),
      order: { kind: "DESC", title: "ASC", id: "ASC" },
      skip: page.offset,
      take: page.limit,
    });
    return { items, total };
  }

  /** Creates (status NONE) or updates a strategy's description; its status changes through `changeStrategyStatus`. */
  async saveStrategy(actor: Actor, input: RegionalStrategyInput): Promise<RegionalStrategy> {
    return this.db.transaction(async (m) => {
      const board = this.writer(actor);
      const values = {
        kind: input.kind,
        title: input.title.trim(),
        year: input.year,
        linkedToGenderMainstreaming: input.linkedToGenderMainstreaming,
        notes: input.notes,
      };
      const extra = input.id ? {} : { status: StrategyStatus.NONE, adoptedOn: null };
      return this.saveRecord<RegionalStrategy>(m, actor, RegionalStrategy, "regionalStrategy", input.id, board, { ...values, ...extra });
    });
  }

  /** Moves a strategy through its machine; adopted and revised strategies carry the adoption date. */
  async changeStrategyStatus(actor: Actor, input: StrategyStatusInput): Promise<RegionalStrategy> {
    return this.db.transaction(async (m) => {
      const s = await this.own<RegionalStrategy>(actor, RegionalStrategy, input.id, m);
      regionalStrategyMachine.assert(s.status, input.status);
      const needsDate = ADOPTED_STATES.includes(input.status);
      if (needsDate && !input.adoptedOn) throw invalid("adoptedOn", "countyWork.adoptionDateRequired");
      const today = stockholmDate();
      if (needsDate && input.adoptedOn! > today) throw invalid("adoptedOn", "countyWork.adoptionDateInFuture", { today });
      const adoptedOn = needsDate ? input.adoptedOn! : input.status === StrategyStatus.NONE ? null : s.adoptedOn;
      const res = await m
        .createQueryBuilder()
        .update(RegionalStrategy)
        .set({ status: input.status, adoptedOn })
        .where("id = :id AND status = :from", { id: s.id, from: s.status })
        .execute();
      if (res.affected !== 1) throw regionalStrategyMachine.changedMeanwhile();
      await audit(m, actor, {
        action: "regionalStrategy.status",
        entityType: "RegionalStrategy",
        entityId: s.id,
        before: { status: s.status, adoptedOn: s.adoptedOn },
        after: { status: input.status, adoptedOn },
      });
      const colleagues = (await usersWithAbility(m, { organisationId: s.countyBoardOrganisationId }, "countyWork.manage.ownCounty")).filter(
        (u) => u.id !== actor.userId,
      );
      await this.notifications.notify(m, colleagues, {
        kind: "countyWork.strategy-status",
        params: { strategy: s.title, status: regionalStrategyMachine.labels[input.status].sv },
        link: `/county-work?year=${s.year}`,
        email: false,
      });
      return { ...s, status: input.status, adoptedOn };
    });
  }

  /** The statuses the strategy may move to now: none for anyone but its own county board. */
  offeredStatuses(actor: Actor | null, s: RegionalStrategy): StrategyStatus[] {
    const own = !!actor && can(actor, "countyWork.manage.ownCounty") && actor.organisationId === s.countyBoardOrganisationId;
    const rules = Object.fromEntries(
      Object.values(StrategyStatus).map((to) => [to, () => (own ? regionalStrategyMachine.refusal(s.status, to) : CountyWorkErrors.otherCounty())]),
    ) as Record<StrategyStatus, () => Error | null>;
    return offeredActions(rules);
  }

  /** Refuses (NOT_FOUND, FORBIDDEN) unless the strategy is the actor's own county's. */
  async assertOwnStrategy(actor: Actor, strategyId: number): Promise<void> {
    await this.own<RegionalStrategy>(actor, RegionalStrategy, strategyId, this.db.manager);
  }

  /** For the exports' look-ups of names. */
  readManager(): EntityManager {
    return this.db.manager;
  }

  /** Keeps the adopted document's file details (the file itself is stored like meeting documents). */
  async attachStrategyDocument(
    actor: Actor,
    strategyId: number,
    file: { filename: string; contentType: string; size: number; storageName: string },
  ): Promise<{ strategy: RegionalStrategy; replaced: string | null }> {
    return this.db.transaction(async (m) => {
      const s = await this.own<RegionalStrategy>(actor, RegionalStrategy, strategyId, m);
      const values = {
        documentFilename: file.filename,
        documentContentType: file.contentType,
        documentSize: file.size,
        documentStorageName: file.storageName,
      };
      await m.update(RegionalStrategy, { id: s.id }, values);
      await audit(m, actor, {
        action: "regionalStrategy.document",
        entityType: "RegionalStrategy",
        entityId: s.id,
        before: { filename: s.documentFilename },
        after: { filename: file.filename, size: file.size },
      });
      return { strategy: { ...s, ...values }, replaced: s.documentStorageName };
    });
  }

  /** The document of a strategy the actor may read. */
  async strategyDocument(actor: Actor, strategyId: number) {
    const s = await this.readable<RegionalStrategy>(actor, RegionalStrategy, strategyId);
    if (!s.documentStorageName) throw CountyWorkErrors.strategyNotFound();
    return { filename: s.documentFilename!, contentType: s.documentContentType!, storageName: s.documentStorageName };
  }

  // ---- shared: save and delete ---------------------------------------------------------------

  private async saveRecord<T extends CountyRecord>(
    m: EntityManager,
    actor: Actor,
    entity: CountyEntity,
    name: string,
    recordId: string | undefined,
    board: number,
    values: Partial<T>,
  ): Promise<T> {
    if (recordId) {
      const before = await this.own<T>(actor, entity, recordId, m);
      await m.update(entity, { id: before.id }, values as never);
      await audit(m, actor, { action: `${name}.update`, entityType: entity.name, entityId: before.id, before: { ...before }, after: values });
      return { ...before, ...values };
    }
    const created = (await m.save(m.create(entity as never, { ...values, countyBoardOrganisationId: board } as never))) as T;
    await audit(m, actor, { action: `${name}.create`, entityType: entity.name, entityId: created.id, after: values });
    return created;
  }

  /** Deletes one of the actor's county's records; the audit row keeps what it held. */
  async deleteRecord(actor: Actor, kind: CountyWorkKind, recordId: string): Promise<boolean> {
    const entity = KIND_ENTITY[kind];
    return this.db.transaction(async (m) => {
      const row = await this.own<CountyRecord>(actor, entity, recordId, m);
      await m.delete(entity, { id: row.id });
      await audit(m, actor, { action: `${kind}.delete`, entityType: entity.name, entityId: row.id, before: { ...row } });
      return true;
    });
  }

  /** Every record of one kind for a county (or all counties) and a year, for an export. */
  /**
   * The county boards' networks and länssamverkan: kind, topic, member organisations, and the
   * meetings of the year (not cancelled). A network's name is its convener's own: other readers
   * (Socialstyrelsen, Vårdanalys) get the figures without it.
   */
  async exportNetworks(actor: Actor, countyBoardId: string | undefined, year: number): Promise<NetworkExportRow[]> {
    const scope = this.readScope(actor, countyBoardId);
    const m = this.db.manager;
    const qb = m
      .createQueryBuilder(Network, "n")
      .innerJoin(Organisation, "o", "o.id = n.convenerOrganisationId")
      .select(["n.id AS id", "n.name AS name", "n.kind AS kind", "n.topic AS topic", "o.name AS board", "o.id AS boardId"])
      .addSelect((sub) => sub.select("COUNT(*)").from(NetworkMember, "nm").where("nm.networkId = n.id"), "members")
      .addSelect(
        (sub) =>
          sub
            .select("COUNT(*)")
            .from(NetworkMeeting, "mt")
            .where("mt.networkId = n.id AND mt.status <> :cancelled AND mt.startsAt >= :from AND mt.startsAt < :to"),
        "meetings",
      )
      .where("o.kind = :lst", { lst: OrganisationKind.LANSSTYRELSE })
      .setParameters({ cancelled: MeetingStatus.CANCELLED, from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)) })
      .orderBy("o.name", "ASC")
      .addOrderBy("n.kind", "ASC")
      .addOrderBy("n.id", "ASC")
      .limit(EXPORT_MAX_ROWS);
    if (scope !== null) qb.andWhere("n.convenerOrganisationId = :scope", { scope });
    const rows = await qb.getRawMany<{
      id: number;
      name: string;
      kind: NetworkKind;
      topic: NetworkTopic;
      board: string;
      boardId: number;
      members: number | string;
      meetings: number | string;
    }>();
    return rows.map((r) => ({
      board: r.board,
      name: Number(r.boardId) === actor.organisationId ? r.name : null,
      kind: r.kind,
      topic: r.topic,
      members: Number(r.members),
      meetings: Number(r.meetings),
    }));
  }

  async exportRecords(actor: Actor, kind: CountyWorkKind, countyBoardId: string | undefined, year: number): Promise<CountyRecord[]> {
    const scope = this.readScope(actor, countyBoardId);
    return this.db.manager.find(
      KIND_ENTITY[kind] as never,
      {
        where: { year, ...(scope === null ? {} : { countyBoardOrganisationId: scope }) },
        order: { countyBoardOrganisationId: "ASC", id: "ASC" },
        take: EXPORT_MAX_ROWS,
      } as never,
    ) as Promise<CountyRecord[]>;
  }
}

/** An export holds at most this many rows (21 counties' records of a year fit many times over). */
export const EXPORT_MAX_ROWS = 20_000;

export interface NetworkExportRow {
  board: string;
  /** Null to anyone but the convener. */
  name: string | null;
  kind: NetworkKind;
  topic: NetworkTopic;
  members: number;
  meetings: number;
}

export type CountyWorkKind = "municipalityVisit" | "campaign" | "methodSpread" | "regionalStrategy";

export const KIND_ENTITY: Record<CountyWorkKind, CountyEntity> = {
  municipalityVisit: MunicipalityVisit,
  campaign: Campaign,
  methodSpread: MethodSpread,
  regionalStrategy: RegionalStrategy,
};
