import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuditEntry } from "../../server/dist/modules/audit/audit-entry.entity";
import { claimJob, finishJob } from "../../server/dist/shared/job-claim";
import { RETENTION_JOB } from "../../server/dist/modules/personal-data/personal-data.service";
import { clientFor, DEMO, errorCode, type TestApp } from "../helpers/app";
import { type SecondProcess, startTwoProcesses, stopTwoProcesses } from "../helpers/second-process";
import { RUN_RETENTION } from "./fixtures";

let t: TestApp;
let second: SecondProcess;
beforeAll(async () => {
  ({ t, second } = await startTwoProcesses());
});
afterAll(() => stopTwoProcesses({ t, second }));

async function runs(): Promise<{ startedAt: string; finishedAt: string; process: string }[]> {
  const rows = await t.app.db.manager.find(AuditEntry, { where: { action: "personalData.retention" }, order: { id: "ASC" } });
  return rows.map((r) => r.after as { startedAt: string; finishedAt: string; process: string });
}

describe("the erasure runs on one process at a time (claimed in the database)", () => {
  it("refuses a run on either process while another holds the claim, with nothing erased or recorded, and runs once the claim is released", async () => {
    const here = await t.as(DEMO.admin);
    const there = clientFor(second.baseUrl, here.token);
    const before = (await runs()).length;
    const now = new Date();
    expect(await claimJob(t.app.db, RETENTION_JOB, now, 0, 60_000, "another-process")).toBe(true);
    try {
      for (const c of [here, there]) {
        const refused = await c.request(RUN_RETENTION);
        expect(errorCode(refused)).toBe("CONFLICT");
      }
      expect((await runs()).length).toBe(before);
    } finally {
      await finishJob(t.app.db, RETENTION_JOB, now, false, "another-process");
    }
    const ran = await there.request(RUN_RETENTION);
    expect(ran.errors).toBeUndefined();
    expect((await runs()).length).toBe(before + 1);
  });

  it("never runs twice at once when both processes are asked together", async () => {
    const here = await t.as(DEMO.admin);
    const there = clientFor(second.baseUrl, here.token);
    const before = (await runs()).length;
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? there : here).request(RUN_RETENTION)));
    const ran = answers.filter((a) => !a.errors);
    for (const a of answers.filter((x) => x.errors)) expect(errorCode(a)).toBe("CONFLICT");
    expect(ran.length).toBeGreaterThanOrEqual(1);
    const recorded = (await runs()).slice(before);
    expect(recorded).toHaveLength(ran.length);
    // No two runs overlap in time.
    const spans = recorded.map((r) => [Date.parse(r.startedAt), Date.parse(r.finishedAt)]).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
  });

  it("the daily job runs once a day whichever process asks first", async () => {
    const first = await t.app.services.personalData.runDailyRetention(new Date(Date.now() + 2 * 86_400_000));
    expect(first).not.toBeNull();
    // A day has not passed since: neither asking again nor a later hour of the same day runs it.
    expect(await t.app.services.personalData.runDailyRetention(new Date(Date.now() + 2 * 86_400_000 + 3_600_000))).toBeNull();
  });
});
