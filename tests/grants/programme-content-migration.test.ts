import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource, MigrationInterface } from "typeorm";
import { createDataSource, migrate } from "../../server/dist/db/data-source";
import { MYSQL_MIGRATIONS, SQLITE_MIGRATIONS } from "../../server/dist/db/migrations";
import { CountingLogger } from "../../server/dist/db/sql-counter";
import { NgoApplicationDetails, Requisition } from "../../server/dist/modules/development-funds/development-fund.entities";
import { CONTENT_STORES } from "../../server/dist/modules/grants/programmes";
import { StimulusApplicationContent } from "../../server/dist/modules/grants/stimulus-application-content.entity";
import { freshDatabase } from "../helpers/database";

/**
 * A database as it was before the content of applications moved to the programmes' tables, with a
 * stimulus application, an NGO application and a requisition written the old way, migrated.
 */
const MIGRATION = "ProgrammeContent1796416206049";

let fresh: Awaited<ReturnType<typeof freshDatabase>>;
let ds: DataSource;
const ids = { stimulus: 0, ngo: 0, requisition: 0, stimulusDraft: 0 };

const STIMULUS = {
  purpose: "Höja kunskapen om våld i nära relationer.",
  plannedActivities: "Fyra utbildningsdagar 🌱 och ett webbinarium.",
  targetGroups: "Socialtjänstens personal",
  periodStart: "2027-01-01",
  periodEnd: "2027-12-31",
  budgetLines: [
    { category: "Utbildning", amount: 300_000 },
    { category: "Material", amount: 100_000 },
  ],
  contactName: "Nora Nilsson",
  contactEmail: "nora@example.se",
  contactPhone: "010-123 45 67",
};

beforeAll(async () => {
  fresh = await freshDatabase();
  const migrations = fresh.database.kind === "sqlite" ? SQLITE_MIGRATIONS : MYSQL_MIGRATIONS;
  const before = migrations.slice(
    0,
    migrations.findIndex((m) => (new (m as new () => MigrationInterface)() as MigrationInterface).name === MIGRATION),
  );
  expect(before.length).toBeGreaterThan(0);

  // The schema just before the move, and rows written as the application wrote them then.
  const old = createDataSource(fresh.database, new CountingLogger());
  old.setOptions({ migrations: before });
  await old.initialize();
  try {
    await old.runMigrations();
    const q = (table: string, row: Record<string, unknown>) => {
      const columns = Object.keys(row);
      return old.query(
        `INSERT INTO ${old.driver.escape(table)} (${columns.map((c) => old.driver.escape(c)).join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`,
        Object.values(row),
      );
    };
    const idOf = async (table: string, column: string, value: unknown) =>
      Number((await old.query(`SELECT id FROM ${old.driver.escape(table)} WHERE ${old.driver.escape(column)} = ?`, [value]))[0].id);

    for (const [code, kind] of [
      ["LST-T", "LANSSTYRELSE"],
      ["1440", "KOMMUN"],
      ["NGO-T", "IDEELL_ORGANISATION"],
    ])
      await q("organisation", { kind, code, name: `Organisation ${code}`, createdAt: "2026-01-01 00:00:00" });
    const call = (title: string, programme: string, mode: string) =>
      q("grant_call", {
        programme,
        year: 2027,
        title,
        description: "",
        budget: 10_000_000,
        grantedTotal: 0,
        eligibleKinds: "[]",
        opensAt: "2026-01-01 00:00:00",
        closesAt: "2027-12-31 00:00:00",
        followUpDueDate: "2028-05-31",
        mode,
      });
    await call("Stimulansmedel", "SARSKILDA_STIMULANSMEDEL", "APPLICATION");
    await call("Kommuner", "UTVECKLINGSMEDEL", "REQUISITION");
    await call("Ideella", "UTVECKLINGSMEDEL", "APPLICATION");
    const application = async (diarienummer: string | null, callTitle: string, orgCode: string, fields: Record<string, unknown>) => {
      await q("grant_application", {
        callId: await idOf("grant_call", "title", callTitle),
        organisationId: await idOf("organisation", "code", orgCode),
        createdById: 1,
        status: "SUBMITTED",
        diarienummer,
        title: `Ansökan ${diarienummer ?? ""}`,
        requestedAmount: 400_000,
        version: 1,
        createdAt: "2026-02-01 00:00:00",
        updatedAt: "2026-02-01 00:00:00",
        ...fields,
      });
      return Number((await old.query(`SELECT MAX(id) AS id FROM ${old.driver.escape("grant_application")}`))[0].id);
    };
    ids.stimulus = await application("SoS 2026-0001", "Stimulansmedel", "LST-T", { ...STIMULUS, budgetLines: JSON.stringify(STIMULUS.budgetLines) });
    ids.stimulusDraft = await application(null, "Stimulansmedel", "LST-T", {
      status: "DRAFT",
      title: "",
      purpose: "",
      plannedActivities: "",
      targetGroups: "",
      budgetLines: "[]",
      contactEmail: "utkast@example.se",
    });
    ids.ngo = await application("SoS 2026-0003", "Ideella", "NGO-T", {
      purpose: "Stödsamtal för våldsutsatta kvinnor.",
      plannedActivities: "Stödsamtal för våldsutsatta kvinnor.",
      targetGroups: "Våldsutsatta kvinnor och barn",
      periodStart: "2027-02-01",
      periodEnd: "2027-11-30",
      budgetLines: JSON.stringify([{ category: "Personal", amount: 400_000 }]),
      contactName: "Kim",
      contactEmail: "kim@example.se",
      contactPhone: null,
    });
    await q("ngo_application_details", {
      applicationId: ids.ngo,
      organisationNumber: "556036-0793",
      activityArea: "BARN",
      countyCode: "14",
      supportMissing: 1,
    });
    ids.requisition = await application("SoS 2026-0004", "Kommuner", "1440", {
      status: "REQUISITIONED",
      purpose: "Rekvisition enligt fördelningsnyckel",
      plannedActivities: "SAMORDNING: 400 000 kr",
      targetGroups: "",
      periodStart: "2027-01-01",
      periodEnd: "2027-12-31",
      budgetLines: JSON.stringify([{ category: "SAMORDNING", amount: 400_000 }]),
      contactName: "Samordnare",
      contactEmail: "samordnare@example.se",
      contactPhone: null,
      grantedAmount: 400_000,
    });
    await q("requisition", {
      applicationId: ids.requisition,
      roundId: 1,
      paymentMethod: "BANKGIRO",
      paymentNumber: "5050-1055",
      wantsMore: 0,
      redistributedAmount: 0,
    });
  } finally {
    await old.destroy();
  }

  // The application starts on it as it does in production: the pending migration runs.
  ds = createDataSource(fresh.database, new CountingLogger());
  await ds.initialize();
  await migrate(ds);
}, 120_000);

afterAll(async () => {
  if (ds?.isInitialized) await ds.destroy();
  await fresh?.drop();
});

describe("moving what applicants wrote into the programmes' tables", () => {
  it("runs with the migrations after it and leaves the schema the entities describe", async () => {
    const ran = (await ds.query(`SELECT name FROM ${ds.driver.escape("migrations")} ORDER BY id`)) as { name: string }[];
    expect(ran.map((r) => r.name)).toContain(MIGRATION);
    const log = await ds.driver.createSchemaBuilder().log();
    expect(log.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("keeps a stimulus application's whole content in its own row", async () => {
    expect(await ds.manager.findOneBy(StimulusApplicationContent, { applicationId: ids.stimulus })).toEqual({
      applicationId: ids.stimulus,
      ...STIMULUS,
      purposeCategories: null,
    });
    const draft = await ds.manager.findOneByOrFail(StimulusApplicationContent, { applicationId: ids.stimulusDraft });
    expect(draft).toMatchObject({ purpose: "", budgetLines: [], contactEmail: "utkast@example.se", periodStart: null });
    expect((await CONTENT_STORES.STIMULUS.load(ds.manager, [ids.stimulus])).get(ids.stimulus)).toEqual({ ...STIMULUS, purposeCategories: [] });
  });

  it("moves an NGO application's description, target groups, period, budget and contact into its details", async () => {
    expect(await ds.manager.findOneBy(NgoApplicationDetails, { applicationId: ids.ngo })).toEqual({
      applicationId: ids.ngo,
      organisationNumber: "556036-0793",
      activityArea: "BARN",
      countyCode: "14",
      supportMissing: true,
      // Asked only of applications sent later.
      legalForm: null,
      activeLocally: null,
      paymentMethod: null,
      paymentNumber: null,
      description: "Stödsamtal för våldsutsatta kvinnor.",
      targetGroups: "Våldsutsatta kvinnor och barn",
      periodStart: "2027-02-01",
      periodEnd: "2027-11-30",
      budgetLines: [{ category: "Personal", amount: 400_000 }],
      contactName: "Kim",
      contactEmail: "kim@example.se",
    });
    expect((await CONTENT_STORES.NGO.load(ds.manager, [ids.ngo])).get(ids.ngo)).toMatchObject({
      purpose: "Stödsamtal för våldsutsatta kvinnor.",
      periodStart: "2027-02-01",
    });
  });

  it("keeps a requisition's planned use and contact, and drops the fixed texts it carried", async () => {
    expect(await ds.manager.findOneBy(Requisition, { applicationId: ids.requisition })).toMatchObject({
      paymentNumber: "5050-1055",
      plannedUse: [{ category: "SAMORDNING", amount: 400_000 }],
      contactName: "Samordnare",
      contactEmail: "samordnare@example.se",
    });
    expect((await CONTENT_STORES.REQUISITION.load(ds.manager, [ids.requisition])).get(ids.requisition)).toMatchObject({
      purpose: "",
      plannedActivities: "",
      periodStart: null,
      budgetLines: [{ category: "SAMORDNING", amount: 400_000 }],
    });
  });

  it("leaves only the application's own fields in grant_application, and no stimulus content for the other programmes", async () => {
    const [row] = (await ds.query(`SELECT * FROM ${ds.driver.escape("grant_application")} WHERE id = ?`, [ids.requisition])) as Record<string, unknown>[];
    expect(row).toMatchObject({ title: "Ansökan SoS 2026-0004", requestedAmount: 400_000 });
    for (const column of [
      "purpose",
      "plannedActivities",
      "targetGroups",
      "periodStart",
      "periodEnd",
      "budgetLines",
      "contactName",
      "contactEmail",
      "contactPhone",
    ])
      expect(Object.keys(row)).not.toContain(column);
    expect(await ds.manager.countBy(StimulusApplicationContent, {})).toBe(2);
  });
});
