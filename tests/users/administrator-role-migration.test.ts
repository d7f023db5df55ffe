import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinAdministratorRoles, splitAdministratorRole } from "../../server/dist/db/migrations/shared/scoped-administration";
import { startTestApp, type TestApp } from "../helpers/app";

/** Existing administrators before platform and organisation administration were told apart. */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

async function rolesOf(email: string): Promise<string> {
  const rows = await t.app.db.manager.query("SELECT roles FROM `user` WHERE email = ?", [email]);
  return rows[0].roles;
}

async function insertUser(email: string, orgCode: string, roles: string) {
  const [org] = await t.app.db.manager.query("SELECT id FROM `organisation` WHERE code = ?", [orgCode]);
  await t.app.db.manager.query("INSERT INTO `user` (email, name, organisationId, roles, active, createdAt) VALUES (?, ?, ?, ?, ?, ?)", [
    email,
    "Gammal Admin",
    org.id,
    roles,
    1,
    "2026-01-01 00:00:00",
  ]);
}

describe("the administrator role migration", () => {
  it("is among the migrations that ran", () => {
    expect(t.app.ds.migrations.map((m) => m.name)).toContain("ScopedAdministration1795510000000");
  });

  it("makes ADMIN in Socialstyrelsen a platform administrator and ADMIN elsewhere an organisation administrator, keeping other roles", async () => {
    await insertUser("gammal.admin@socialstyrelsen.example.se", "SOS", "SOCIALSTYRELSEN_HANDLAGGARE,ADMIN");
    await insertUser("gammal.admin@ale.example.se", "1440", "ADMIN");
    await insertUser("gammal.samordnare@ale.example.se", "1440", "KOMMUN_SAMORDNARE");
    const runner = t.app.ds.createQueryRunner();
    try {
      await splitAdministratorRole(runner);
      expect(await rolesOf("gammal.admin@socialstyrelsen.example.se")).toBe("SOCIALSTYRELSEN_HANDLAGGARE,PLATFORM_ADMIN");
      expect(await rolesOf("gammal.admin@ale.example.se")).toBe("ORGANISATION_ADMIN");
      expect(await rolesOf("gammal.samordnare@ale.example.se")).toBe("KOMMUN_SAMORDNARE");
      expect(await rolesOf("admin@demo.samverka.se")).toBe("PLATFORM_ADMIN");

      await joinAdministratorRoles(runner);
      expect(await rolesOf("gammal.admin@socialstyrelsen.example.se")).toBe("SOCIALSTYRELSEN_HANDLAGGARE,ADMIN");
      expect(await rolesOf("gammal.admin@ale.example.se")).toBe("ADMIN");
      expect(await rolesOf("admin@demo.samverka.se")).toBe("ADMIN");
      expect(await rolesOf("gammal.samordnare@ale.example.se")).toBe("KOMMUN_SAMORDNARE");
      await splitAdministratorRole(runner);
      expect(await rolesOf("admin@demo.samverka.se")).toBe("PLATFORM_ADMIN");
    } finally {
      await runner.release();
    }
  });
});
