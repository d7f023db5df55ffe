import type { GraphQLResolveInfo } from "graphql";
import { type FieldsByTypeName, parseResolveInfo, type ResolveTree } from "graphql-parse-resolve-info";
import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";

/**
 * The lean read path of lists: a list's query builder reads only the columns the request selects,
 * plus the primary key and the foreign keys (which the loaders need), and returns plain objects.
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

/** The rows' columns to read for the selected fields: primary and foreign keys, selected columns, what selected computed fields need. */
export function leanColumns<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, fields: ReadonlySet<string>, needs: LeanNeeds = {}): string[] | null {
  const metadata = qb.expressionMap.mainAlias!.metadata;
  const columns = new Set<string>();
  const relations = new Set(metadata.relations.map((r) => r.propertyName));
  for (const column of metadata.columns) {
    // Keys: the primary key, the join columns of relations, and ids of other rows kept without a relation (`…Id`).
    const key =
      column.isPrimary || column.relationMetadata || metadata.relations.some((r) => r.joinColumns.includes(column)) || /Id$/.test(column.propertyName);
    if (key) columns.add(column.propertyName);
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
