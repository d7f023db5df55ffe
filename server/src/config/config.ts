import path from "node:path";
import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .regex(/^(mysql|mariadb):\/\//, "DATABASE_URL must start with mysql:// or mariadb://")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .refine(
      (v) => !v || v.split(",").every((u) => /^(mysql|mariadb):\/\//.test(u.trim())),
      "DATABASE_REPLICA_URLS must be mysql:// or mariadb:// URLs, separated by commas",
    ),
  SQLITE_PATH: z.string().default("./data/samverka.sqlite"),
  SESSION_SECRET: z.string().min(16, "SESSION_SECRET must be at least 16 characters").optional(),
  SESSION_TTL_HOURS: z.coerce.number().positive().default(12),
  SESSION_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5000),
  COUNT_SQL_STATEMENTS: z.enum(["true", "false"]).optional(),
  PUBLIC_URL: z.string().url().optional(),
  ALLOW_INSECURE_HTTP: z.enum(["true", "false"]).default("false"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Samverka <no-reply@samverka.se>"),
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(5000),
  LIVE_POLL_MS: z.coerce.number().int().positive().default(1000),
  DEMO_MODE: z.enum(["true", "false"]).optional(),
  DEMO_HISTORY: z.enum(["true", "false"]).default("true"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  WEB_DIST: z.string().optional(),
  TRUST_PROXY: z.enum(["true", "false"]).default("false"),
  DOCUMENTS_DIR: z.string().default("./data/documents"),
  DOCUMENT_MAX_MB: z.coerce.number().positive().max(500).default(10),
  GRAPHQL_TIMEOUT_MS: z.coerce.number().int().positive().default(5000),
  TRUSTED_DOCUMENTS_ONLY: z.enum(["true", "false"]).optional(),
  TRUSTED_DOCUMENTS_FILE: z.string().optional(),
  TRUSTED_DOCUMENTS_PRECOMPILE: z.enum(["true", "false"]).optional(),
  SAMVERKA_REQUIRE_TOTP_FOR_MONEY: z.enum(["true", "false"]).default("false"),
  PERSONAL_DATA_RETENTION_MONTHS: z.coerce.number().int().min(1).max(240).default(24),
});

export type Config = {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  /** MySQL: `poolSize` connections per process (default 10); statistics read from `replicaUrls` when given. */
  database: { kind: "sqlite"; path: string } | { kind: "mysql"; url: string; type: "mysql" | "mariadb"; poolSize?: number; replicaUrls?: string[] };
  sessionSecret: string;
  sessionTtlHours: number;
  /** How long a process answers "who is this session" from memory; also how long a sign-out elsewhere takes to reach it. */
  sessionCacheMs: number;
  /** Count each request's SQL statements and answer the count in `x-sql-statements` (the tests' N+1 checks); on in tests, never in production. */
  countSqlStatements: boolean;
  publicUrl: string;
  smtpUrl?: string;
  mailFrom: string;
  outboxPollMs: number;
  /** How often each process looks for new notifications for the pages listening to it. */
  livePollMs: number;
  demoMode: boolean;
  /** In demo mode, also the development-fund history 2014–2018 (a few thousand rows). */
  demoHistory: boolean;
  logLevel: string;
  webDist: string;
  trustProxy: boolean;
  documentsDir: string;
  documentMaxBytes: number;
  /** A GraphQL request still running after this long is stopped: no further field is resolved. */
  graphqlTimeoutMs: number;
  /** The web app's operations, registered by hash at build time (graphql-codegen's persisted-documents.json). */
  trustedDocumentsFile: string;
  /** Requests authenticated by the session cookie (browsers) may run only trusted documents; bearer-token clients any. */
  trustedDocumentsOnly: boolean;
  /** After the start, every trusted document is compiled in the background instead of on its first use. */
  precompileTrustedDocuments: boolean;
  /** Abilities that decide or pay out money (MONEY_ABILITIES) only after two-factor enrolment. */
  requireTotpForMoney: boolean;
  /** Months after a training, meeting or application before its participants' and contacts' personal data is erased (the default of the platform setting). */
  retentionMonths: number;
};

const DEV_SECRET = "samverka-development-secret-not-for-production";

/**
 * Reads and validates the environment. Throws a readable error listing every bad variable.
 * `serving: false` is for command-line tools that never answer a browser (no session cookie).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { serving?: boolean } = {}): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  const e = parsed.data;
  if (e.NODE_ENV === "production" && !e.SESSION_SECRET) {
    throw new Error("Invalid configuration:\n  SESSION_SECRET: required when NODE_ENV=production");
  }
  const url = e.DATABASE_URL;
  const port = e.PORT;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${port}`).replace(/^[a-z][a-z0-9+.-]*:/i, (scheme) => scheme.toLowerCase());
  // The session cookie is Secure only on https: in production an http address must be meant.
  if (options.serving !== false && e.NODE_ENV === "production" && !publicUrl.startsWith("https:") && e.ALLOW_INSECURE_HTTP !== "true") {
    throw new Error(
      `Invalid configuration:\n  PUBLIC_URL: must be an https:// address when NODE_ENV=production (it is ${e.PUBLIC_URL ? publicUrl : "not set"}), ` +
        "so that the session cookie is sent only over https (Secure). Set PUBLIC_URL to the https address people use, " +
        "or set ALLOW_INSECURE_HTTP=true if plain http is really meant (a closed test network); the session cookie is then not Secure.",
    );
  }
  return {
    env: e.NODE_ENV,
    port,
    host: e.HOST,
    database: url
      ? {
          kind: "mysql",
          url: url.replace(/^mariadb:/, "mysql:"),
          type: url.startsWith("mariadb:") ? "mariadb" : "mysql",
          poolSize: e.DATABASE_POOL_SIZE,
          replicaUrls: replicaUrls(e.DATABASE_REPLICA_URLS),
        }
      : { kind: "sqlite", path: path.resolve(e.SQLITE_PATH) },
    sessionSecret: e.SESSION_SECRET ?? DEV_SECRET,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    sessionCacheMs: e.SESSION_CACHE_MS,
    // TypeORM reports each statement to the counter only when asked: by default in tests, never in production.
    countSqlStatements: e.NODE_ENV !== "production" && (e.COUNT_SQL_STATEMENTS ?? (e.NODE_ENV === "test" ? "true" : "false")) === "true",
    requireTotpForMoney: e.SAMVERKA_REQUIRE_TOTP_FOR_MONEY === "true",
    retentionMonths: e.PERSONAL_DATA_RETENTION_MONTHS,
    publicUrl,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    outboxPollMs: e.OUTBOX_POLL_MS,
    livePollMs: e.LIVE_POLL_MS,
    // Demo accounts are never created in production, whatever DEMO_MODE says.
    demoMode: e.NODE_ENV !== "production" && e.DEMO_MODE !== "false",
    demoHistory: e.DEMO_HISTORY === "true",
    logLevel: e.LOG_LEVEL,
    webDist: e.WEB_DIST ?? path.resolve(__dirname, "../../../web/dist"),
    trustProxy: e.TRUST_PROXY === "true",
    documentsDir: path.resolve(e.DOCUMENTS_DIR),
    documentMaxBytes: Math.round(e.DOCUMENT_MAX_MB * 1024 * 1024),
    graphqlTimeoutMs: e.GRAPHQL_TIMEOUT_MS,
    trustedDocumentsFile: e.TRUSTED_DOCUMENTS_FILE ?? path.resolve(__dirname, "../../../web/src/generated/persisted-documents.json"),
    // On by default in production only: in development the web app's documents change with every edit.
    trustedDocumentsOnly: (e.TRUSTED_DOCUMENTS_ONLY ?? (e.NODE_ENV === "production" ? "true" : "false")) === "true",
    // On by default in production only: tests and development start faster compiling on first use.
    precompileTrustedDocuments: (e.TRUSTED_DOCUMENTS_PRECOMPILE ?? (e.NODE_ENV === "production" ? "true" : "false")) === "true",
  };
}

function replicaUrls(value: string | undefined): string[] | undefined {
  const urls = (value ?? "")
    .split(",")
    .map((u) => u.trim().replace(/^mariadb:/, "mysql:"))
    .filter(Boolean);
  return urls.length ? urls : undefined;
}
