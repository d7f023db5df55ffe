/** What the database driver's errors mean for the client: an outage, a value too long, a duplicate key. */

/** Driver error codes meaning "the database cannot be reached right now", not "this statement is wrong". */
const CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "PROTOCOL_CONNECTION_LOST",
  "PROTOCOL_SEQUENCE_TIMEOUT",
  "ER_SERVER_SHUTDOWN",
  "POOL_NONEONLINE",
  "POOL_NOEXIST",
  "ER_CON_COUNT_ERROR",
  "ER_CONNECTION_KILLED",
  "CR_SERVER_GONE_ERROR",
  "CR_SERVER_LOST",
]);
const ERRNOS = new Set([1040, 1053, 1927, 2002, 2003, 2006, 2013, 4031]);
const MESSAGES = /Pool is closed|Pool does not exists?|Connection lost|connection is in closed state|Can't add new command when connection is in closed state/i;

/** True when an error (or the driver error inside it) says the database connection is gone. */
export function isConnectionError(err: unknown): boolean {
  for (let e = err as Record<string, unknown> | undefined, depth = 0; e && depth < 4; depth++) {
    if (typeof e.code === "string" && CODES.has(e.code)) return true;
    if (typeof e.errno === "number" && ERRNOS.has(e.errno)) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
    e = (e.driverError ?? e.cause ?? e.originalError) as Record<string, unknown> | undefined;
  }
  return false;
}

/**
 * True when MySQL refused a value longer than its column (strict mode): ER_DATA_TOO_LONG, or, when
 * the cut would fall inside a multi-byte character, ER_TRUNCATED_WRONG_VALUE_FOR_FIELD (every column
 * is utf8mb4 and text with half a character is refused before it gets here). The transaction is rolled back.
 */
export function isValueTooLong(err: unknown): boolean {
  for (let e = err as Record<string, unknown> | undefined, depth = 0; e && depth < 4; depth++) {
    if (e.code === "ER_DATA_TOO_LONG" || e.errno === 1406) return true;
    if (e.errno === 1366 && typeof e.sqlMessage === "string" && e.sqlMessage.startsWith("Incorrect string value")) return true;
    e = (e.driverError ?? e.cause ?? e.originalError) as Record<string, unknown> | undefined;
  }
  return false;
}

/**
 * The connection broke while the transaction was being committed: it may or may not have been
 * saved. Unlike an outage before the commit, repeating the request is not safe without a look.
 */
export class CommitOutcomeUnknown extends Error {
  constructor(cause: unknown) {
    super("the connection broke during COMMIT; the outcome is unknown", { cause });
  }
}

/** A unique key refused the row: someone else inserted it first. */
export function isDuplicateKey(err: unknown): boolean {
  const e = err as { driverError?: { errno?: number; code?: string }; errno?: number; code?: string };
  const errno = e?.driverError?.errno ?? e?.errno;
  const code = e?.driverError?.code ?? e?.code ?? "";
  return errno === 1062 || code.startsWith("SQLITE_CONSTRAINT");
}
