import type { Logger, QueryRunner } from "typeorm";
import { requestScope } from "../shared/request-context";
import type { Logger as Pino } from "pino";

/**
 * TypeORM logger that counts SQL statements per request (tests assert the count stays constant
 * whatever a list's length) and sends errors to the application log. It never logs the values
 * bound to a statement (password hashes, token digests, personal data), whatever the level:
 * only the statement's text, and errors through the application logger, which drops the
 * parameters an error carries.
 */
export class CountingLogger implements Logger {
  constructor(private readonly appLog?: Pino) {}

  logQuery(_query: string, _parameters?: unknown[], _qr?: QueryRunner) {
    const scope = requestScope.getStore();
    if (scope) scope.sqlStatements++;
  }
  logQueryError(error: string | Error, query: string) {
    this.appLog?.debug({ err: error, query }, "sql error");
  }
  logQuerySlow(time: number, query: string, _parameters?: unknown[]) {
    this.appLog?.warn({ time, query: query.slice(0, 500) }, "slow sql");
  }
  logSchemaBuild(message: string) {
    this.appLog?.debug(message);
  }
  logMigration(message: string) {
    this.appLog?.info(message);
  }
  log(level: "log" | "info" | "warn", message: unknown) {
    if (level === "warn") this.appLog?.warn(String(message));
  }
}
