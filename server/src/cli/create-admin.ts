import "reflect-metadata";
import { parseArgs } from "node:util";
import pino from "pino";
import { createApp } from "../app";
import { hashPassword } from "../auth/passwords";
import { Role, roleAllowedFor } from "../auth/roles";
import { prepareDatabase } from "../boot";
import { loadConfig } from "../config/config";
import { Organisation } from "../modules/organisations/organisation.entity";
import { User } from "../modules/users/user.entity";
import { audit } from "../shared/audit";

/**
 * Creates the first platform administrator of a production installation, in Socialstyrelsen:
 *   echo "$ADMIN_PASSWORD" | npm run create-admin -- --email it@socialstyrelsen.se --name "Ada Admin" [--organisation SOS]
 * The password is read from standard input (at least 12 characters).
 */
async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, organisation: { type: "string", default: "SOS" } },
  });
  if (!values.email || !values.name) throw new Error('Usage: npm run create-admin -- --email <e-mail> --name "<name>" [--organisation <code>] < password');
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  const password = Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
  if (password.length < 12) throw new Error("The password (from standard input) must have at least 12 characters");

  // Only the database is used: no browser signs in here, so no https PUBLIC_URL is asked for.
  const config = { ...loadConfig(process.env, { serving: false }), demoMode: false };
  const app = await createApp(config, { logger: pino({ level: "warn" }), mailTransport: null });
  try {
    await prepareDatabase(app, config);
    const email = values.email.trim().toLowerCase();
    const passwordHash = await hashPassword(password);
    await app.db.transaction(async (m) => {
      const org = await m.findOneBy(Organisation, { code: values.organisation! });
      if (!org) throw new Error(`No organisation with code ${values.organisation}`);
      if (!roleAllowedFor(Role.PLATFORM_ADMIN, org.kind))
        throw new Error(`A platform administrator belongs to Socialstyrelsen; ${values.organisation} is ${org.kind}`);
      if (await m.existsBy(User, { email })) throw new Error(`There is already an account for ${email}`);
      const user = await m.save(
        m.create(User, { email, name: values.name!, organisationId: org.id, roles: [Role.PLATFORM_ADMIN], active: true, passwordHash }),
      );
      await audit(m, null, {
        action: "user.createAdmin",
        entityType: "User",
        entityId: user.id,
        after: { email, organisationId: org.id, roles: [Role.PLATFORM_ADMIN] },
      });
    });
    console.log(`Administrator ${email} created.`);
  } finally {
    await app.stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
