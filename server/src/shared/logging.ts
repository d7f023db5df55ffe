import crypto from "node:crypto";
import type express from "express";
import pino, { type Logger } from "pino";
import { requestScope } from "./request-context";

declare module "http" {
  interface IncomingMessage {
    /** The request id, also sent back as `X-Request-Id`. */
    id?: string;
  }
}

const REDACTED = "[redacted]";

/** Keys whose value never reaches a log line, wherever they appear in a logged object. */
const SECRET_KEYS =
  /^(cookie|set-cookie|authorization|password|passwordhash|newpassword|currentpassword|token|secret|challenge|twofactorchallenge|totpsecretsealed|totppendingsecretsealed|invitationtokenhash|tokenhash|parameters|sealedbody)$/i;

/** Query parameters that carry a key: their values are replaced. */
const SECRET_QUERY = /([?&](?:token|secret|password|key|code|signature|sig)=)[^&\s#"'<>]*/gi;

/**
 * Hides the secret parts of a text: keys in query strings, the calendar feed's secret path,
 * bearer tokens and the session cookie.
 */
export function redactText(text: string): string {
  return text
    .replace(SECRET_QUERY, `$1${REDACTED}`)
    .replace(/(\/api\/calendar\/)[^/\s?#"'<>]+?(\.ics)/g, `$1${REDACTED}$2`)
    .replace(/(Bearer\s+)[A-Za-z0-9._~+/=-]+/gi, `$1${REDACTED}`)
    .replace(/(samverka_session=)[^;\s"']+/g, `$1${REDACTED}`);
}

/** A request path with its secret parts hidden, at most 300 characters. */
export function redactUrl(url: string): string {
  return redactText(url).slice(0, 300);
}

function clean(value: unknown, depth: number): unknown {
  if (typeof value === "string") return redactText(value);
  if (depth > 6 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => clean(v, depth + 1));
  if (value instanceof Date || Buffer.isBuffer(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = SECRET_KEYS.test(key) ? REDACTED : clean(v, depth + 1);
  return out;
}

/**
 * An error as logged: type, message, code and stack, never the SQL parameters or the driver's
 * copy of the statement (they carry password hashes, token digests, personal data).
 */
function safeError(err: unknown): unknown {
  if (!(err instanceof Error)) return clean(err, 0);
  const plain = pino.stdSerializers.err(err) as unknown as Record<string, unknown>;
  const { parameters: _p, driverError, sql: _s, query, ...rest } = plain;
  const driver = driverError as Record<string, unknown> | undefined;
  return clean(
    {
      ...rest,
      ...(typeof query === "string" ? { query: query.slice(0, 500) } : {}),
      ...(driver ? { driverCode: driver.code, errno: driver.errno } : {}),
    },
    0,
  );
}

/**
 * The application's logger: whatever the base logger, no line carries a cookie, an
 * authorization header, a password, a token or the secret part of an address. Every object
 * logged goes through the same cleaning, so a careless `log.info({ req })` is safe too.
 */
export function safeLogger(base: Logger): Logger {
  return base.child(
    {},
    {
      serializers: {
        err: safeError,
        error: safeError,
        req: (req: { method?: string; originalUrl?: string; url?: string }) => ({ method: req.method, path: redactUrl(req.originalUrl ?? req.url ?? "") }),
        res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
      },
      formatters: { log: (object) => clean(object, 0) as Record<string, unknown> },
    },
  );
}

/**
 * One short line per request when it ends: method, path without secrets, status, duration in
 * milliseconds and the request id (also sent back as `X-Request-Id`). No headers, no bodies.
 */
export function requestLog(log: Logger, skip: (path: string) => boolean = () => false): express.RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const id = requestScope.getStore()?.requestId ?? crypto.randomUUID();
    req.id = id;
    res.setHeader("X-Request-Id", id);
    res.once("close", () => {
      if (skip(req.path)) return;
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 10_000) / 100;
      const status = res.writableFinished ? res.statusCode : 499;
      const line = { reqId: id, method: req.method, path: redactUrl(req.originalUrl), status, ms };
      if (status >= 500) log.error(line, "request");
      else log.info(line, "request");
    });
    next();
  };
}
