import { afterAll, describe, expect, it } from "vitest";
import { DEMO, errorCode, startTestApp, type TestApp } from "../helpers/app";

/**
 * MySQL only (SQLite has no replicas): with DATABASE_REPLICA_URLS the national tables and yearly
 * statistics read from a replica, and everything else from the primary.
 */
const mysql = !!process.env.SAMVERKA_TEST_MYSQL_URL;
const apps: TestApp[] = [];
afterAll(async () => {
  for (const t of apps) await t.close();
});

const STATISTICS = `query { trainingStatistics(year: 2026) { year } }`;
const FUNDING = `query { fundingStatistics(year: 2026) { year } }`;

describe.skipIf(!mysql)("read replicas for the statistics", () => {
  it("statistics are read from the replica and nothing else is: with the replica unreachable only they answer SERVICE_UNAVAILABLE", async () => {
    const t = await startTestApp({ replicaUrls: () => ["mysql://root@127.0.0.1:1/samverka"] });
    apps.push(t);
    const sos = await t.as(DEMO.handlaggare);
    for (const query of [STATISTICS, FUNDING]) {
      const res = await sos.request(query);
      expect(errorCode(res), query).toBe("SERVICE_UNAVAILABLE");
      expect(JSON.stringify(res)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED/);
    }
    // Lists, pages and writes use the primary.
    const calls = await sos.request(`{ grantCalls { id } trainingEvents { total } }`);
    expect(calls.errors).toBeUndefined();
  });

  it("with a reachable replica the statistics answer from it", async () => {
    // Here the replica is the primary's own database, as a replica in sync would be.
    const t = await startTestApp({ replicaUrls: (primary) => [primary] });
    apps.push(t);
    const sos = await t.as(DEMO.handlaggare);
    for (const query of [STATISTICS, FUNDING]) {
      const res = await sos.request(query);
      expect(res.errors, query).toBeUndefined();
      expect(Object.values(res.data!)[0]).toMatchObject({ year: 2026 });
    }
  });
});
