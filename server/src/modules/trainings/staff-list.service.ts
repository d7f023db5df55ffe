import { parse } from "csv-parse/sync";
import { Brackets, type EntityManager, In } from "typeorm";
import type { Actor } from "../../auth/actor";
import { isDuplicateKey } from "../../db/driver-errors";
import type { Database } from "../../db/database";
import { audit } from "../../shared/audit";
import { fieldMessage, type FieldMessageKey, type FieldMessageParams, renderFieldMessage } from "../../shared/field-messages";
import type { PageArgs } from "../../shared/pagination";
import { currentLocale } from "../../shared/request-context";
import { StaffMember } from "./training.entities";
import { TrainingErrors } from "./training.errors";

/** The most people an organisation's staff list holds, and one import file. */
export const STAFF_LIST_MAX = 2_000;
export const STAFF_IMPORT_MAX = 500;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface StaffFields {
  name: string;
  email: string;
  title: string;
  workplace: string;
}

/** One row of an import file as read: its line in the file, the person, and what is wrong with it. */
export interface StaffImportRow extends StaffFields {
  line: number;
  errors: string[];
  /** The address is already in the list: the row updates that person. */
  existing: boolean;
}

function message(key: FieldMessageKey, params?: FieldMessageParams) {
  return renderFieldMessage(fieldMessage(key, params), currentLocale());
}

function invalid(field: string, key: FieldMessageKey, params?: FieldMessageParams) {
  const reason = fieldMessage(key, params);
  return TrainingErrors.invalid({ reason }, { fields: [{ field, path: `input.${field}`, message: reason }] });
}

/** What is wrong with a person's fields (none: an empty list), in the request's language. */
export function staffFieldErrors(p: StaffFields): string[] {
  const errors: string[] = [];
  if (p.name.length < 2 || p.name.length > 200) errors.push(message("trainings.staffNameRequired"));
  if (p.email.length > 254 || !EMAIL.test(p.email)) errors.push(message("common.emailInvalid"));
  if (p.title.length > 200 || p.workplace.length > 200) errors.push(message("trainings.staffTextTooLong"));
  return errors;
}

function clean(p: Partial<StaffFields>): StaffFields {
  const text = (v: unknown) => (typeof v === "string" ? v.replace(/\s+/g, " ").trim() : "");
  return { name: text(p.name), email: text(p.email).toLowerCase(), title: text(p.title), workplace: text(p.workplace) };
}

const HEADINGS: Record<keyof StaffFields, string[]> = {
  name: ["namn", "name", "för- och efternamn"],
  email: ["e-post", "epost", "e-postadress", "email", "e-mail", "mejl"],
  title: ["titel", "title", "roll", "role", "yrke", "befattning", "profession"],
  workplace: ["arbetsplats", "workplace", "enhet", "förvaltning"],
};

/**
 * Reads a staff-list CSV (headings on the first row: name, e-mail, and optionally title and
 * workplace, in Swedish or English; `;`, `,` or tab between the cells, as spreadsheets save it).
 * Throws a field error when the file as a whole cannot be read.
 */
export function readStaffCsv(csv: string): StaffImportRow[] {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, delimiter: [";", ",", "\t"], relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch (err) {
    throw invalid("csv", "trainings.staffCsvUnreadable", { reason: (err as Error).message.slice(0, 200) });
  }
  const [head, ...rows] = records;
  const columns = (head ?? []).map((h) => h.toLowerCase().trim());
  const index = Object.fromEntries(
    (Object.keys(HEADINGS) as (keyof StaffFields)[]).map((k) => [k, columns.findIndex((c) => HEADINGS[k].includes(c))]),
  ) as Record<keyof StaffFields, number>;
  if (index.name < 0 || index.email < 0) throw invalid("csv", "trainings.staffCsvMissingColumns");
  if (rows.length > STAFF_IMPORT_MAX) throw invalid("csv", "trainings.staffCsvTooManyRows", { max: STAFF_IMPORT_MAX });
  const seen = new Map<string, number>();
  return rows.map((cells, i) => {
    const line = i + 2;
    const cell = (k: keyof StaffFields) => (index[k] >= 0 ? (cells[index[k]] ?? "") : "");
    const p = clean({ name: cell("name"), email: cell("email"), title: cell("title"), workplace: cell("workplace") });
    const errors = staffFieldErrors(p);
    const first = seen.get(p.email);
    if (p.email && first !== undefined) errors.push(message("trainings.staffEmailTwiceInFile", { line: first }));
    else if (p.email) seen.set(p.email, line);
    return { ...p, line, errors, existing: false };
  });
}

/**
 * Each organisation's saved staff list, which its coordinators pick participants from when they
 * register. Only the organisation's own people are ever read or changed.
 */
export class StaffListService {
  constructor(private readonly db: Database) {}

  async list(actor: Actor, search: string | null | undefined, page: PageArgs) {
    const qb = this.db.manager
      .createQueryBuilder(StaffMember, "s")
      .where("s.organisationId = :o", { o: actor.organisationId })
      .orderBy("s.name", "ASC")
      .addOrderBy("s.id", "ASC")
      .skip(page.offset)
      .take(page.limit);
    const q = search?.trim().toLowerCase();
    if (q) {
      qb.andWhere(
        new Brackets((w) =>
          w
            .where("LOWER(s.name) LIKE :q", { q: `%${q.replace(/[%_\\]/g, "")}%` })
            .orWhere("LOWER(s.email) LIKE :q")
            .orWhere("LOWER(s.title) LIKE :q"),
        ),
      );
    }
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  private async own(m: EntityManager, actor: Actor, id: number): Promise<StaffMember> {
    const member = await m.findOneBy(StaffMember, { id: Number(id) || -1, organisationId: actor.organisationId });
    if (!member) throw TrainingErrors.staffMemberNotFound();
    return member;
  }

  async save(actor: Actor, input: Partial<StaffFields> & { id?: string | null }): Promise<StaffMember> {
    const p = clean(input);
    if (p.name.length < 2 || p.name.length > 200) throw invalid("name", "trainings.staffNameRequired");
    if (p.email.length > 254 || !EMAIL.test(p.email)) throw invalid("email", "common.emailInvalid");
    if (p.title.length > 200) throw invalid("title", "trainings.staffTextTooLong");
    if (p.workplace.length > 200) throw invalid("workplace", "trainings.staffTextTooLong");
    try {
      return await this.db.transaction(async (m) => {
        if (input.id) {
          const member = await this.own(m, actor, Number(input.id));
          const before = { name: member.name, email: member.email, title: member.title, workplace: member.workplace };
          await m.update(StaffMember, { id: member.id }, p);
          await audit(m, actor, { action: "staffMember.update", entityType: "StaffMember", entityId: member.id, before, after: p });
          return Object.assign(member, p);
        }
        if ((await m.countBy(StaffMember, { organisationId: actor.organisationId })) >= STAFF_LIST_MAX)
          throw TrainingErrors.staffListFull({ max: STAFF_LIST_MAX });
        const member = await m.save(m.create(StaffMember, { ...p, organisationId: actor.organisationId }));
        await audit(m, actor, { action: "staffMember.create", entityType: "StaffMember", entityId: member.id, after: p });
        return member;
      });
    } catch (err) {
      if (isDuplicateKey(err)) throw TrainingErrors.staffMemberDuplicate({ email: p.email });
      throw err;
    }
  }

  async remove(actor: Actor, id: number): Promise<boolean> {
    return this.db.transaction(async (m) => {
      const member = await this.own(m, actor, id);
      await m.delete(StaffMember, { id: member.id });
      await audit(m, actor, {
        action: "staffMember.delete",
        entityType: "StaffMember",
        entityId: member.id,
        before: { name: member.name, email: member.email },
      });
      return true;
    });
  }

  /** The rows of a file as they would be imported, each with its errors; nothing is stored. */
  async preview(actor: Actor, csv: string, m: EntityManager = this.db.manager): Promise<StaffImportRow[]> {
    const rows = readStaffCsv(csv);
    const emails = rows.map((r) => r.email).filter(Boolean);
    const existing = emails.length
      ? new Set(
          (await m.find(StaffMember, { select: { id: true, email: true }, where: { organisationId: actor.organisationId, email: In(emails) } })).map(
            (s) => s.email,
          ),
        )
      : new Set<string>();
    return rows.map((r) => ({ ...r, existing: existing.has(r.email) }));
  }

  /** Imports a file: new addresses are added, known ones updated, all or nothing; a file with any error stores nothing. */
  async import(actor: Actor, csv: string): Promise<{ added: number; updated: number }> {
    try {
      return await this.db.transaction(async (m) => {
        const rows = await this.preview(actor, csv, m);
        const bad = rows.filter((r) => r.errors.length);
        if (bad.length) throw TrainingErrors.staffImportInvalid({ count: bad.length });
        const added = rows.filter((r) => !r.existing);
        const updated = rows.filter((r) => r.existing);
        const count = await m.countBy(StaffMember, { organisationId: actor.organisationId });
        if (count + added.length > STAFF_LIST_MAX) throw TrainingErrors.staffListFull({ max: STAFF_LIST_MAX });
        const fields = (r: StaffImportRow): StaffFields => ({ name: r.name, email: r.email, title: r.title, workplace: r.workplace });
        for (let i = 0; i < added.length; i += 100) {
          await m.insert(
            StaffMember,
            added.slice(i, i + 100).map((r) => ({ ...fields(r), organisationId: actor.organisationId })),
          );
        }
        for (const r of updated)
          await m.update(StaffMember, { organisationId: actor.organisationId, email: r.email }, { name: r.name, title: r.title, workplace: r.workplace });
        await audit(m, actor, {
          action: "staffMember.import",
          entityType: "Organisation",
          entityId: actor.organisationId,
          after: { added: added.length, updated: updated.length },
        });
        return { added: added.length, updated: updated.length };
      });
    } catch (err) {
      if (isDuplicateKey(err)) throw TrainingErrors.staffMemberDuplicate({ email: "" });
      throw err;
    }
  }
}
