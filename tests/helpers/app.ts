import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { inject } from "vitest";
import { createApp, type App } from "../../server/dist/app";
import { prepareDatabase } from "../../server/dist/boot";
import { type Config, loadConfig } from "../../server/dist/config/config";
import { DEMO_PASSWORD } from "../../server/dist/db/seed";
import { OutboxMail } from "../../server/dist/modules/notifications/outbox-mail.entity";
import type { MailTransport } from "../../server/dist/modules/notifications/outbox.worker";
import { openSealed } from "../../server/dist/shared/sealing";
import { freshDatabase } from "./database";
import { copyOfTemplate, type DatabaseTemplate, mysqlServer } from "./template";

declare module "vitest" {
  export interface ProvidedContext {
    /** The migrated and seeded database of the run, which each test file copies (see tests/helpers/global-setup.ts). */
    databaseTemplate?: DatabaseTemplate;
  }
}

export interface GqlResult<T = Record<string, any>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
  status: number;
  headers: Headers;
}

export interface Client {
  token?: string;
  request<T = Record<string, any>>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GqlResult<T>>;
}

export interface TestApp {
  app: App;
  config: Config;
  baseUrl: string;
  anonymous: Client;
  /** A client signed in as the given demo account (password samverka-demo). */
  as(email: string): Promise<Client>;
  close(): Promise<void>;
}

export async function graphql<T>(url: string, query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}): Promise<GqlResult<T>> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResult<T>, "status" | "headers">;
  return { ...body, status: res.status, headers: res.headers };
}

export function clientFor(baseUrl: string, token?: string): Client {
  return {
    token,
    request: (query, variables, headers = {}) =>
      graphql(`${baseUrl}/graphql`, query, variables, { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers }),
  };
}

/** The configuration of the application under test: no web app, silent logs, no funding history unless env asks. */
export function testConfig(database: Config["database"], documentsDir: string, env: Record<string, string> = {}): Config {
  return {
    ...loadConfig({
      NODE_ENV: "test",
      LOG_LEVEL: "silent",
      SESSION_SECRET: "test-secret-of-enough-length",
      WEB_DIST: "/nonexistent",
      DOCUMENTS_DIR: documentsDir,
      DEMO_HISTORY: "false",
      GRAPHQL_TIMEOUT_MS: "60000",
      ...env,
    }),
    database,
  };
}

/** Migrates and seeds a database as the application under test finds it by default: what the template of a run holds. */
export async function prepareTestDatabase(database: Config["database"]): Promise<void> {
  const documents = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-documents-"));
  try {
    const config = testConfig(database, documents);
    const app = await createApp(config, { logger: pino({ level: "silent" }), mailTransport: null, startWorker: false });
    try {
      await prepareDatabase(app, config);
    } finally {
      await app.stop();
    }
  } finally {
    fs.rmSync(documents, { recursive: true, force: true });
  }
}

/**
 * The whole application on a fresh database, listening on a free port. The database is a copy of
 * the run's template (migrated and seeded once) when the configuration seeds the same data as
 * the template (demo mode without funding history) and the test brings no logger of its own.
 * Otherwise it is migrated and seeded here, as before.
 */
export async function startTestApp(
  options: {
    mailTransport?: MailTransport | null;
    env?: Record<string, string>;
    replicaUrls?: (primaryUrl: string) => string[];
    logger?: pino.Logger;
    /** The port to listen on (e.g. one PUBLIC_URL names); a free one when left out. */
    port?: number;
  } = {},
): Promise<TestApp> {
  const documents = fs.mkdtempSync(path.join(os.tmpdir(), "samverka-documents-"));
  const wanted = testConfig({ kind: "sqlite", path: ":memory:" }, documents, options.env);
  const template = inject("databaseTemplate");
  // A test may point SAMVERKA_TEST_MYSQL_URL at a server of its own: the template serves only the server it lives on.
  const sameServer = template?.kind === "sqlite" ? !mysqlServer() : template?.server === mysqlServer()?.plain;
  // A test with a logger of its own reads what the start logs, migrations and seeding included.
  const fromTemplate = template !== undefined && sameServer && !options.logger && wanted.env === "test" && wanted.demoMode && !wanted.demoHistory;
  const fresh = fromTemplate ? await copyOfTemplate(template) : await freshDatabase();
  const { drop } = fresh;
  const database =
    fresh.database.kind === "mysql" && options.replicaUrls ? { ...fresh.database, replicaUrls: options.replicaUrls(fresh.database.url) } : fresh.database;
  const config: Config = { ...wanted, database };
  // No mail transport unless the test asks for one (an SMTP_URL in env with mailTransport undefined uses SMTP).
  const mailTransport = "mailTransport" in options ? options.mailTransport : null;
  const app = await createApp(config, {
    logger: options.logger ?? pino({ level: process.env.SAMVERKA_TEST_LOG ?? "silent" }),
    mailTransport,
    startWorker: false,
  });
  if (fromTemplate) await app.start();
  else await prepareDatabase(app, config);
  const port = await app.listen(options.port ?? 0, "127.0.0.1");
  const baseUrl = `http://127.0.0.1:${port}`;
  const tokens = new Map<string, string>();
  return {
    app,
    config,
    baseUrl,
    anonymous: clientFor(baseUrl),
    async as(email) {
      let token = tokens.get(email);
      if (!token) {
        const res = await graphql<{ login: { token: string } }>(
          `${baseUrl}/graphql`,
          `
            mutation ($e: String!, $p: String!) {
              login(email: $e, password: $p) {
                token
              }
            }
          `,
          { e: email, p: DEMO_PASSWORD },
        );
        if (!res.data?.login) throw new Error(`login failed for ${email}: ${JSON.stringify(res.errors)}`);
        token = res.data.login.token;
        tokens.set(email, token);
      }
      return clientFor(baseUrl, token);
    },
    async close() {
      await app.stop();
      await drop();
      fs.rmSync(documents, { recursive: true, force: true });
    },
  };
}

export const DEMO = {
  admin: "admin@demo.samverka.se",
  handlaggare: "handlaggare@socialstyrelsen.demo.samverka.se",
  jam: "remiss@jamstalldhetsmyndigheten.demo.samverka.se",
  lstO: "utvecklingsledare@o.lansstyrelsen.demo.samverka.se",
  lstAB: "utvecklingsledare@ab.lansstyrelsen.demo.samverka.se",
  nck: "ansokan@nck.demo.samverka.se",
  barnafrid: "ansokan@barnafrid.demo.samverka.se",
  goteborg: "samordnare@goteborg.demo.samverka.se",
  ale: "samordnare@ale.demo.samverka.se",
  vgregion: "samordnare@vgregion.demo.samverka.se",
  vardanalys: "analys@vardanalys.demo.samverka.se",
} as const;

export function errorCode(res: GqlResult): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

/** A signed-in client for a new user of the organisation with the given code and role(s), created through invitation. */
export async function newUser(
  t: TestApp,
  orgCode: string,
  role: string | string[],
  email = `${[role].flat()[0]}.${orgCode}.${Math.random().toString(36).slice(2, 8)}@example.se`.toLowerCase(),
): Promise<Client> {
  const admin = await t.as(DEMO.admin);
  const orgs = await admin.request(`query($s: String) { organisations(search: $s, limit: 50) { items { id code } } }`, { s: orgCode });
  const org = orgs.data!.organisations.items.find((o: { code: string }) => o.code === orgCode);
  const invited = await admin.request(`mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, {
    i: { email, name: `Test ${orgCode}`, organisationId: org.id, roles: [role].flat() },
  });
  if (invited.errors) throw new Error(JSON.stringify(invited.errors));
  const token = await invitationToken(t, email);
  const accepted = await graphql<{ acceptInvitation: { token: string } }>(
    `${t.baseUrl}/graphql`,
    `
      mutation ($i: AcceptInvitationInput!) {
        acceptInvitation(input: $i) {
          token
        }
      }
    `,
    {
      i: { token, password: "ett-långt-testlösenord" },
    },
  );
  return clientFor(t.baseUrl, accepted.data!.acceptInvitation.token);
}

/**
 * The text the outbox worker will send in the newest mail to the address: the outbox shows
 * invitation links hidden, the worker opens the sealed text with the server's secret.
 */
export async function mailAsSent(t: TestApp, address: string): Promise<string> {
  const mail = await t.app.db.manager.findOneOrFail(OutboxMail, { where: { toAddress: address.toLowerCase() }, order: { id: "DESC" } });
  return mail.sealedBody ? openSealed(mail.sealedBody, t.config.sessionSecret) : mail.textBody;
}

/** The token of the newest invitation mailed to the address, as the invited person receives it. */
export async function invitationToken(t: TestApp, address: string): Promise<string> {
  return /token=([A-Za-z0-9_-]+)/.exec(await mailAsSent(t, address))![1];
}
