/** What the database driver's errors mean for the client: an outage, a value too long, a duplicate key. */
import { type AppError, CommonErrors } from "../shared/errors";

type DriverError = Record<string, unknown>;

/** The error and the driver errors wrapped inside it (TypeORM's `driverError`, `cause`, Apollo's `originalError`). */
function* chain(err: unknown): Generator<DriverError> {
  for (let e = err as DriverError | undefined, depth = 0; e && typeof e === "object" && depth < 4; depth++) {
    yield e;
    e = (e.driverError ?? e.cause ?? e.originalError) as DriverError | undefined;
  }
}

function some(err: unknown, test: (e: DriverError) => boolean): boolean {
  for (const e of chain(err)) if (test(e)) return true;
  return false;
}

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
  return some(
    err,
    (e) =>
      (typeof e.code === "string" && CODES.has(e.code)) ||
      (typeof e.errno === "number" && ERRNOS.has(e.errno)) ||
      (typeof e.message === "string" && MESSAGES.test(e.message)),
  );
}

/**
 * True when MySQL refused a value longer than its column (strict mode): ER_DATA_TOO_LONG, or, when
 * the cut would fall inside a multi-byte character, ER_TRUNCATED_WRONG_VALUE_FOR_FIELD (every column
 * is utf8mb4 and text with half a character is refused before it gets here). The transaction is rolled back.
 */
export function isValueTooLong(err: unknown): boolean {
  return some(
    err,
    (e) =>
      e.code === "ER_DATA_TOO_LONG" ||
      e.errno === 1406 ||
      (e.errno === 1366 && typeof e.sqlMessage === "string" && e.sqlMessage.startsWith("Incorrect string value")),
  );
}

/** A unique key refused the row: someone else inserted it first. */
export function isDuplicateKey(err: unknown): boolean {
  return some(err, (e) => e.errno === 1062 || (typeof e.code === "string" && e.code.startsWith("SQLITE_CONSTRAINT")));
}

/** InnoDB's deadlock and lock wait timeout; MariaDB's snapshot-isolation conflict (ER_CHECKREAD): safe to run the transaction again. */
export function isDeadlock(err: unknown): boolean {
  return some(err, (e) => e.errno === 1213 || e.errno === 1205 || e.errno === 1020);
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

/**
 * A database failure as the coded error the client gets, with how loudly to log it; null for
 * anything else. The one place /graphql, its context and the plain HTTP routes map these.
 */
export function databaseProblem(err: unknown): { error: AppError; level: "warn" | "error"; what: string } | null {
  // Validation allows the text, but together with the rest it does not fit its column: validation
  // and the schema disagree, worth a look every time. The transaction was rolled back.
  if (isValueTooLong(err)) return { error: CommonErrors.tooLongToStore(), level: "error", what: "value too long for its column" };
  if (err instanceof CommitOutcomeUnknown) {
    return {
      error: CommonErrors.outcomeUnknown(undefined, { retryable: false, http: { status: 503 } }),
      level: "error",
      what: "connection lost during COMMIT",
    };
  }
  // Lost before COMMIT: nothing of this request was saved, and the client may try again.
  if (isConnectionError(err))
    return { error: CommonErrors.databaseUnavailable(undefined, { retryable: true, http: { status: 503 } }), level: "warn", what: "database unreachable" };
  return null;
}
