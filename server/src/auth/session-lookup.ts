import type { Database } from "../db/database";
import { SETTING } from "../modules/platform/platform-settings.service";
import type { SessionRow } from "./session-cache";

/**
 * Who a session is, with the stored two-factor requirement, in one prepared statement and without the ORM: every request that is not
 * answered from the session cache runs it, so it is kept as lean as a hand-written handler's.
 */
const COLUMNS = `s.id AS sessionId, s.lastUsedAt AS lastUsedAt, s.expiresAt AS expiresAt,
  u.id AS userId, u.email AS email, u.roles AS roles, u.active AS active, u.totpEnabledAt AS totpEnabledAt,
  o.id AS organisationId, o.kind AS organisationKind, o.countyCode AS countyCode, ps.value AS requireTotp`;

const SQLITE = `SELECT ${COLUMNS} FROM "session" s JOIN "user" u ON u.id = s.userId JOIN "organisation" o ON o.id = u.organisationId
  LEFT JOIN "platform_setting" ps ON ps.name = ?
  WHERE s.id = ? AND s.expiresAt > ?`;
const MYSQL = `SELECT ${COLUMNS} FROM \`session\` s JOIN \`user\` u ON u.id = s.userId JOIN \`organisation\` o ON o.id = u.organisationId
  LEFT JOIN \`platform_setting\` ps ON ps.name = ?
  WHERE s.id = ? AND s.expiresAt > ?`;

type Raw = Record<string, unknown>;
interface SqliteStatement {
  get(...params: unknown[]): Raw | undefined;
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
}
interface MysqlConnection {
  execute(sql: string, params: unknown[], cb: (err: Error | null, rows: Raw[]) => void): void;
  release(): void;
}

const prepared = new WeakMap<object, SqliteStatement>();

/** A stored datetime as a Date: SQLite keeps UTC text ("2026-11-24 09:00:00.000"), mysql2 gives a Date. */
function asDate(v: unknown): Date | null {
  if (v == null) return null;
  if (v instanceof Date) return v;
  const text = String(v);
  return new Date(text.replace(" ", "T") + (/Z|[+-]\d\d:?\d\d$/.test(text) ? "" : "Z"));
}

/** The UTC text both drivers compare stored datetimes with. */
function utcText(d: Date): string {
  return d.toISOString().replace("T", " ").replace("Z", "");
}

function toRow(r: Raw | undefined): SessionRow | null {
  if (!r) return null;
  return {
    sessionId: String(r.sessionId),
    lastUsedAt: asDate(r.lastUsedAt),
    expiresAt: asDate(r.expiresAt)!,
    userId: Number(r.userId),
    email: String(r.email),
    roles: String(r.roles ?? ""),
    active: Boolean(Number(r.active)),
    totpEnabledAt: asDate(r.totpEnabledAt),
    organisationId: Number(r.organisationId),
    organisationKind: String(r.organisationKind),
    countyCode: (r.countyCode as string | null) ?? null,
    requireTotp: r.requireTotp == null ? null : String(r.requireTotp),
  };
}

export async function lookUpSession(db: Database, digest: string, now: Date): Promise<SessionRow | null> {
  const driver = db.ds.driver as unknown as { databaseConnection?: SqliteConnection; obtainMasterConnection(): Promise<MysqlConnection> };
  if (db.kind === "sqlite") {
    const connection = driver.databaseConnection!;
    let statement = prepared.get(connection);
    if (!statement) prepared.set(connection, (statement = connection.prepare(SQLITE)));
    return toRow(statement.get(SETTING.requireTotpForMoney, digest, utcText(now)));
  }
  // The primary, never a replica: a sign-out must count at once.
  const connection = await driver.obtainMasterConnection();
  try {
    const rows = await new Promise<Raw[]>((resolve, reject) =>
      connection.execute(MYSQL, [SETTING.requireTotpForMoney, digest, utcText(now)], (err, result) => (err ? reject(err) : resolve(result))),
    );
    return toRow(rows[0]);
  } finally {
    connection.release();
  }
}
