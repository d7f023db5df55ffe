import { type DocumentNode, type GraphQLResolveInfo, type GraphQLSchema, isAbstractType, TypeInfo, visit, visitWithTypeInfo } from "graphql";
import { type FieldsByTypeName, parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import type { EntityManager, EntityTarget, ObjectLiteral, SelectQueryBuilder } from "typeorm";

/**
 * The lean read path of lists, detail queries and loaders: a query builder reads only the columns
 * the request selects, plus the primary key and the foreign keys (which the loaders need), and
 * returns plain objects.
 * Text and JSON columns nobody asked for are not read. TypeORM still hydrates the rows, so column
 * transformers (JSON, booleans, dates) apply exactly as they do for whole entities; entities stay
 * the way to write.
 *
 * A GraphQL field that is no column is computed by a field resolver from its row: `needs` names
 * the columns it reads. A selected computed field missing from `needs` reads the whole row, so a
 * new field resolver is never given a row without what it reads.
 */
export type LeanNeeds = Record<string, readonly string[]>;

/** The need of a rule engine that reads any of the row's state but none of its texts: every column but text and JSON ones. */
export const ALL_BUT_TEXTS = "*";

const TEXT_TYPES = new Set(["text", "mediumtext", "longtext", "json", "simple-json"]);

/** Whether lists read lean (the default); off, they read whole rows, for comparing the two. */
const state = { enabled: true };
export function setLeanReads(enabled: boolean) {
  state.enabled = enabled;
}

function fieldsOf(tree: ResolveTree | FieldsByTypeName): ResolveTree[] {
  const byType = "fieldsByTypeName" in tree ? (tree.fieldsByTypeName as FieldsByTypeName) : tree;
  return Object.values(byType).flatMap((fields) => Object.values(fields));
}

/**
 * The names of the fields the request selects on the rows (fragments and inline fragments
 * included), following `path` from the resolved field: `["items"]` for the rows of a page.
 */
export function selectedFields(info: GraphQLResolveInfo, path: readonly string[] = []): Set<string> {
  let trees = [parseResolveInfo(info) as ResolveTree | null].filter((x): x is ResolveTree => !!x);
  for (const step of path) trees = trees.flatMap((t) => fieldsOf(t).filter((f) => f.name === step));
  return new Set(trees.flatMap((t) => fieldsOf(t).map((f) => f.name)));
}

/**
 * The rows' columns to read for the selected fields: primary and foreign keys (or, with `base`
 * "allButTexts", every column but text and JSON ones), selected columns, what selected computed
 * fields need.
 */
export function leanColumns<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  fields: ReadonlySet<string>,
  needs: LeanNeeds = {},
  base: "keys" | "allButTexts" = "keys",
): string[] | null {
  const metadata = qb.expressionMap.mainAlias!.metadata;
  const columns = new Set<string>();
  const relations = new Set(metadata.relations.map((r) => r.propertyName));
  for (const column of metadata.columns) {
    // Keys: the primary key, the join columns of relations, and ids of other rows kept without a relation (`…Id`).
    const key =
      column.isPrimary || column.relationMetadata || metadata.relations.some((r) => r.joinColumns.includes(column)) || /Id$/.test(column.propertyName);
    if (key || (base === "allButTexts" && !TEXT_TYPES.has(String(column.type)))) columns.add(column.propertyName);
  }
  const isColumn = (name: string) => metadata.columns.some((c) => c.propertyName === name);
  for (const field of fields) {
    if (field === "__typename") continue;
    if (isColumn(field)) columns.add(field);
    else if (field in needs) {
      for (const c of needs[field]) {
        if (c !== ALL_BUT_TEXTS) columns.add(c);
        else for (const col of metadata.columns) if (!TEXT_TYPES.has(String(col.type))) columns.add(col.propertyName);
      }
    } else if (!relations.has(field)) return null; // a computed field whose needs are unknown: the whole row
  }
  return [...columns];
}

/** Makes `qb` read only what the selection needs (see leanColumns); the whole row when lean reads are off or a need is unknown. */
export function leanSelect<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, fields: ReadonlySet<string>, needs: LeanNeeds = {}): SelectQueryBuilder<T> {
  const columns = state.enabled ? leanColumns(qb, fields, needs) : null;
  if (columns) qb.select(columns.map((c) => `${qb.alias}.${c}`));
  return qb;
}

/** A row as a plain object: its own properties, without the entity's class. */
export function plain<T extends ObjectLiteral>(row: T): T {
  return state.enabled ? ({ ...row } as T) : row;
}

/** A page of plain rows read lean: the list's query builder (filters, order, skip and take set) and the selection of its rows. */
export async function leanPage<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  fields: ReadonlySet<string>,
  needs: LeanNeeds = {},
): Promise<{ items: T[]; total: number }> {
  const [rows, total] = await leanSelect(qb, fields, needs).getManyAndCount();
  return { items: rows.map(plain), total };
}

/**
 * The one row of a detail query read lean: its query builder (the row's condition set) and the
 * selection of the field. `rule` names the columns the access check reads besides the keys: they
 * are read whatever the selection, so the check runs on the lean row before anything is returned.
 * Without `fields` (a write, a check of another module) the whole entity is read, as before.
 */
export async function leanOne<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  fields?: ReadonlySet<string>,
  needs: LeanNeeds = {},
  rule: readonly string[] = [],
): Promise<T | null> {
  if (!fields) return qb.getOne();
  const columns = state.enabled ? leanColumns(qb, fields, needs) : null;
  if (columns) qb.select([...new Set([...columns, ...rule])].map((c) => `${qb.alias}.${c}`));
  const row = await qb.getOne();
  return row && plain(row);
}

// ---- loaders ----------------------------------------------------------------------------------
//
// A DataLoader is shared by every field of a request that loads its kind of row (an organisation
// is the applicant of one application, the organiser of an event, a member of a network…), and
// its consumers include rules in field resolvers of other types (a call's programme policy, a
// network's convener). So a loader does not read per consumer: it reads, in one statement per
// batch as before, every column of the row but its text and JSON ones (which no rule reads),
// plus those text and JSON columns the request's operation selects anywhere on the row's GraphQL
// type (fragments and fields of interfaces included) or that a selected computed field of the type
// needs (its module's *.lean.ts). The operation's selections per type are taken from its document
// once by the executor (graphql/trusted-documents.ts), kept per document, and handed to the
// request's loaders through `LeanRequest`. A selected computed field whose needs are unknown reads
// the whole row; so does a loader used where no operation is known (an HTTP route) or with lean
// reads off. Rows of kinds without text or JSON columns (organisations, users, members) are
// therefore read whole, as before: the rule costs them nothing and keeps a text added later lean.

/** The names of the fields an operation selects on each object type. */
export type FieldsByType = ReadonlyMap<string, ReadonlySet<string>>;

const fieldsByDocument = new WeakMap<DocumentNode, FieldsByType>();

/**
 * The fields a document selects on each object type, anywhere (every operation and fragment of
 * it, so never less than the operation run); a field selected on an interface or a union counts
 * for every object type of it. Kept per parsed document: Apollo keeps those of repeated texts.
 */
export function fieldsByType(schema: GraphQLSchema, document: DocumentNode): FieldsByType {
  const known = fieldsByDocument.get(document);
  if (known) return known;
  const byType = new Map<string, Set<string>>();
  const add = (type: string, field: string) => {
    let set = byType.get(type);
    if (!set) byType.set(type, (set = new Set()));
    set.add(field);
  };
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const parent = typeInfo.getParentType();
        if (!parent) return;
        add(parent.name, node.name.value);
        if (isAbstractType(parent)) for (const t of schema.getPossibleTypes(parent)) add(t.name, node.name.value);
      },
    }),
  );
  fieldsByDocument.set(document, byType);
  return byType;
}

/** What a request's loaders know of its operation: set by the executor before any field resolves, null outside GraphQL. */
export class LeanRequest {
  fieldsByType: FieldsByType | null = null;
}

/**
 * The rows of `entity` whose `key` is one of `keys`, for a loader's batch: every column but text
 * and JSON ones, and those the request selects on the entity's GraphQL type (named as its class,
 * unless `typeName`) or its selected computed fields need; the whole rows where that is unknown.
 */
export async function leanRowsBy<T extends ObjectLiteral>(
  m: EntityManager,
  entity: EntityTarget<T>,
  key: string,
  keys: readonly unknown[],
  request: LeanRequest,
  needs: LeanNeeds = {},
  typeName?: string,
): Promise<T[]> {
  const qb = m.createQueryBuilder(entity, "x").where(`x.${key} IN (:...keys)`, { keys: [...keys] });
  const selected = request.fieldsByType?.get(typeName ?? qb.expressionMap.mainAlias!.metadata.targetName) ?? new Set<string>();
  const columns = state.enabled && request.fieldsByType ? leanColumns(qb, selected, needs, "allButTexts") : null;
  if (!columns) return qb.getMany();
  qb.select(columns.map((c) => `x.${c}`));
  return (await qb.getMany()).map(plain);
}
