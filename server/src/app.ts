import "reflect-metadata";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import cookieParser from "cookie-parser";
import express from "express";
import helmet from "helmet";
import nodemailer from "nodemailer";
import pino, { type Logger } from "pino";
import type { Actor } from "./auth/actor";
import { SESSION_COOKIE } from "./auth/auth.resolver";
import type { Config } from "./config/config";
import { databaseProblem } from "./db/driver-errors";
import { createDataSource, useImmediateTransactions } from "./db/data-source";
import { Database } from "./db/database";
import { LeanRequest } from "./db/lean-read";
import { CountingLogger } from "./db/sql-counter";
import { SEEDS_DIR } from "./db/seed";
import type { Context } from "./graphql/context";
import { createFormatError } from "./graphql/format-error";
import { costLimitPlugin, depthRule, timeoutAnswerPlugin } from "./graphql/limits";
import { createLoaders } from "./graphql/loaders";
import { buildServedSchema } from "./graphql/schema";
import { type CompiledStats, jitGateway, TrustedDocuments, trustedDocumentsOnlyPlugin } from "./graphql/trusted-documents";
import { type MailTransport, OutboxWorker } from "./modules/notifications/outbox.worker";
import { registerPersonalDataRoutes } from "./modules/personal-data/personal-data.routes";
import { createServices } from "./services";
import { registerGrantRoutes } from "./modules/grants/grant.routes";
import { registerTrainingRoutes } from "./modules/trainings/training.routes";
import { registerNetworkRoutes } from "./modules/networks/network.routes";
import { registerCountyWorkRoutes } from "./modules/county-work/county-work.routes";
import { registerDevelopmentFundRoutes } from "./modules/development-funds/development-fund.routes";
import { NotificationFeed } from "./modules/notifications/notification.feed";
import { registerNotificationRoutes } from "./modules/notifications/notification.routes";
import { registerQuestionnaireRoutes } from "./modules/questionnaires/questionnaire.routes";
import { registerReportRoutes } from "./modules/reports/report.routes";
import { registerOidcRoutes } from "./auth/oidc/oidc.routes";
import { requestLog, safeLogger } from "./shared/logging";
import { refuseCrossSiteRequests } from "./shared/csrf";
import { localeFromHeader, requestScope } from "./shared/request-context";

export interface AppOptions {
  logger?: Logger;
  /** Where mail goes; defaults to SMTP when configured, otherwise mail stays in the outbox. */
  mailTransport?: MailTransport | null;
  /** Start the outbox worker's timer (tests drive it by hand). */
  startWorker?: boolean;
}

function bearerToken(req: express.Request): string | undefined {
  const header = req.headers.authorization;
  if (header?.startsWith("Bearer ")) return header.slice(7).trim();
  return (req.cookies as Record<string, string> | undefined)?.[SESSION_COOKIE];
}

/** Builds the whole application: database, services, GraphQL, HTTP. Nothing listens until `listen()`. */
export async function createApp(config: Config, options: AppOptions = {}) {
  // Every line written by the application goes through one cleaning: no cookie, token or password.
  const log = safeLogger(options.logger ?? pino({ level: config.logLevel }));
  const sqlLogger = new CountingLogger(log);
  const ds = createDataSource(config.database, sqlLogger, config.countSqlStatements);
  const db = new Database(ds, config.database.kind);
  const services = createServices(db, config);
  services.oidc.log = log;
  const feed = new NotificationFeed(db, log, config.livePollMs);

  const transport: MailTransport | null =
    options.mailTransport !== undefined ? options.mailTransport : config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  const worker = transport ? new OutboxWorker(db, transport, config.mailFrom, log, config.sessionSecret) : null;

  const schema = await buildServedSchema();
  const trusted = TrustedDocuments.load(config.trustedDocumentsFile, log);
  if (config.trustedDocumentsOnly && trusted.size === 0) {
    // Browsers could run nothing at all: better not to start than to refuse every signed-in request.
    throw new Error(
      `Invalid configuration:\n  TRUSTED_DOCUMENTS_ONLY: no registered operations at ${config.trustedDocumentsFile}; ` +
        "build the web app (npm run codegen) or point TRUSTED_DOCUMENTS_FILE at its persisted-documents.json.",
    );
  }
  const jit = jitGateway(schema, trusted);
  /** The compiling of every trusted document after the start (TRUSTED_DOCUMENTS_PRECOMPILE), once under way. */
  let precompiled: Promise<CompiledStats> | undefined;
  const app = express();
  const httpServer = http.createServer(app);
  app.disable("x-powered-by");
  app.set("trust proxy", config.trustProxy);

  app.use((req, _res, next) => {
    const requestId = (req.headers["x-request-id"] as string | undefined)?.slice(0, 40) || crypto.randomUUID();
    requestScope.run({ requestId, locale: localeFromHeader(req.headers["accept-language"]), sqlStatements: 0 }, next);
  });
  app.use(requestLog(log, (p) => p === "/healthz"));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: { "script-src": ["'self'"], "img-src": ["'self'", "data:"], "connect-src": ["'self'"] },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use(cookieParser());

  // Map shapes of the 290 kommuner and 21 län (SCB, CC0), for the funding map.
  for (const name of ["kommuner", "lan"]) {
    app.get(`/api/geo/${name}.geojson`, (_req, res) => {
      res.setHeader("Cache-Control", "public, max-age=86400");
      res.type("application/geo+json").sendFile(path.join(SEEDS_DIR, "reference", `${name}.geojson`));
    });
  }

  app.get("/healthz", async (_req, res) => {
    try {
      await ds.query("SELECT 1");
      res.json({ status: "ok", database: config.database.kind });
    } catch {
      res.status(503).json({ status: "unavailable", database: config.database.kind });
    }
  });

  const apollo = new ApolloServer<Context>({
    // Operations run through the gateway interface: the web app's trusted documents compiled with
    // graphql-jit, any other document on graphql-js (see graphql/trusted-documents). No `schema` here.
    gateway: jit.gateway,
    // A known hash needs no text; nothing a client sends is registered.
    persistedQueries: { cache: trusted.asPersistedQueryCache(), ttl: null },
    introspection: config.env !== "production",
    csrfPrevention: true,
    // main.ts owns SIGTERM/SIGINT; Apollo's own handler would race it and leave our stop() waiting forever.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // No "Did you mean …?" in validation errors: the schema is not spelled out to whoever probes it.
    hideSchemaDetailsFromClientErrors: true,
    formatError: createFormatError(log),
    validationRules: [depthRule],
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL answers (they depend on the session); without this plugin no field is instrumented.
      ApolloServerPluginCacheControlDisabled(),
      trustedDocumentsOnlyPlugin(trusted, config.trustedDocumentsOnly),
      costLimitPlugin(() => schema),
      timeoutAnswerPlugin,
      ...(config.countSqlStatements ? [sqlCountHeader] : []),
    ],
  });

  let started = false;
  const jobs: NodeJS.Timeout[] = [];
  async function start() {
    if (started) return;
    await ds.initialize();
    useImmediateTransactions(ds);
    services.auth.sessions.watch(ds);
    await apollo.start();
    app.use(
      "/graphql",
      // Answers carry personal data (participants, applications): no browser or proxy may keep them.
      (_req: express.Request, res: express.Response, next: express.NextFunction) => {
        res.setHeader("Cache-Control", "no-store");
        next();
      },
      express.json({ limit: "2mb" }),
      expressMiddleware(apollo, {
        context: async ({ req, res }): Promise<Context> => {
          const deadline = Date.now() + config.graphqlTimeoutMs;
          const token = bearerToken(req);
          const actor: Actor | null = await services.auth.actorForToken(token).catch((err: unknown) => {
            throw databaseProblem(err)?.error ?? err;
          });
          const lean = new LeanRequest();
          return { actor, loaders: createLoaders(db, lean), lean, services, config, req, res, requestId: String(req.id), token, deadline };
        },
      }),
      graphqlHttpErrors(log),
    );
    // Uploads and any other state-changing plain HTTP route: the same CSRF check as /graphql, and a same-origin Origin.
    app.use(refuseCrossSiteRequests(config.publicUrl, log));
    const resolveActor = (req: express.Request) => services.auth.actorForToken(bearerToken(req));
    registerGrantRoutes(app, services, config, resolveActor);
    registerTrainingRoutes(app, services, resolveActor);
    registerNetworkRoutes(app, services, config, resolveActor);
    registerDevelopmentFundRoutes(app, services, resolveActor);
    registerNotificationRoutes(app, feed, resolveActor);
    registerQuestionnaireRoutes(app, services, resolveActor);
    registerCountyWorkRoutes(app, services, config, resolveActor);
    registerReportRoutes(app, services, resolveActor);
    registerPersonalDataRoutes(app, services, resolveActor);
    registerOidcRoutes(app, services.oidc, config);
    serveWebApp(app, config.webDist);
    if (options.startWorker !== false) {
      worker?.start(config.outboxPollMs);
      // Quota seats not used by their release time go to the waitlist.
      jobs.push(setInterval(() => void services.trainings.releaseDueQuotas().catch((err) => log.error({ err }, "quota release failed")), 60_000));
      // Follow-up reminders two weeks ahead (and for the overdue), once per grant.
      jobs.push(setInterval(() => void services.grants.sendFollowUpReminders().catch((err) => log.error({ err }, "follow-up reminders failed")), 3_600_000));
      // Daily digests from 07:00 Swedish time, for those who chose them.
      jobs.push(setInterval(() => void services.notifications.sendDigests().catch((err) => log.error({ err }, "notification digests failed")), 600_000));
      // Personal data past the retention period is erased once a day, by one process (claimed in the database).
      jobs.push(
        setInterval(() => void services.personalData.runDailyRetention().catch((err) => log.error({ err }, "personal data retention failed")), 3_600_000),
      );
      // Questionnaire reminders a few days before the deadline, once per questionnaire.
      jobs.push(
        setInterval(() => void services.questionnaires.sendDueReminders().catch((err) => log.error({ err }, "questionnaire reminders failed")), 3_600_000),
      );
    }
    started = true;
  }

  async function listen(port = config.port, host = config.host): Promise<number> {
    await start();
    await new Promise<void>((resolve) => httpServer.listen(port, host, resolve));
    if (config.precompileTrustedDocuments && !precompiled) {
      precompiled = jit.compileAll().then(
        ({ ms, ...stats }) => {
          log.info({ ...stats, ms }, `compiled ${stats.compiled} of ${stats.registered} trusted documents in ${ms} ms`);
          return stats;
        },
        (err) => {
          log.warn({ err }, "compiling the trusted documents ahead failed; they compile on first use");
          return jit.stats();
        },
      );
    }
    const address = httpServer.address();
    return typeof address === "object" && address ? address.port : port;
  }

  async function stop() {
    for (const job of jobs) clearInterval(job);
    // Open event streams would keep the server from draining; the pages reconnect elsewhere.
    feed.stop();
    await worker?.stop();
    // Stopping Apollo drains the HTTP server: requests under way finish, new ones are refused.
    if (started) await apollo.stop().catch((err) => log.warn({ err }, "while stopping the GraphQL server"));
    if (ds.isInitialized) await ds.destroy();
  }

  /** The trusted documents compiled so far; with TRUSTED_DOCUMENTS_PRECOMPILE, once all are (read only, not served). */
  const compiledDocuments = async (): Promise<CompiledStats> => (precompiled ? await precompiled : jit.stats());

  return { app, httpServer, db, ds, services, worker, log, start, listen, stop, compiledDocuments };
}

/** With COUNT_SQL_STATEMENTS (on in tests, never in production) each response says how many SQL statements it cost (tests assert it stays constant). */
const sqlCountHeader: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        response.http.headers.set("x-sql-statements", String(requestScope.getStore()?.sqlStatements ?? -1));
      },
    };
  },
};

export type App = Awaited<ReturnType<typeof createApp>>;

/**
 * A request body that cannot be read (not JSON, too large) is refused as GraphQL refuses a request:
 * JSON with a code and a message, never Express's HTML page, which shows a stack trace outside production.
 */
function graphqlHttpErrors(log: Logger): express.ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) return next(err);
    const en = localeFromHeader(req.headers["accept-language"]) === "en";
    const status = typeof err?.status === "number" && err.status >= 400 && err.status < 500 ? err.status : 500;
    let message: string;
    if (status === 413) message = en ? "The request is too large (at most 2 MB)." : "Begäran är för stor (högst 2 MB).";
    else if (status < 500) message = en ? "The request could not be read. Send the query as JSON." : "Begäran kunde inte läsas. Skicka frågan som JSON.";
    else {
      log.error({ err }, "unexpected error in a GraphQL request");
      message = en ? "Something went wrong on our side. Please try again shortly." : "Något gick fel hos oss. Försök igen om en stund.";
    }
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? "BAD_REQUEST" : "INTERNAL_SERVER_ERROR" } }] });
  };
}

function serveWebApp(app: express.Express, dist: string) {
  const index = path.join(dist, "index.html");
  if (!fs.existsSync(index)) {
    app.get("/", (_req, res) => {
      res.type("text/plain").send("Samverka API is running at /graphql. The web app is not built: run `npm run build`.");
    });
    return;
  }
  app.use(
    express.static(dist, {
      index: false,
      maxAge: "1h",
      setHeaders: (res, file) => {
        if (file.endsWith("index.html")) res.setHeader("Cache-Control", "no-cache");
      },
    }),
  );
  // The web app routes on the client: every other GET that wants HTML gets index.html.
  app.get(/^(?!\/graphql|\/healthz|\/api\/).*/, (req, res, next) => {
    if (!req.accepts("html")) return next();
    res.setHeader("Cache-Control", "no-cache");
    res.sendFile(index);
  });
}
