import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO, type TestApp } from "../helpers/app";
import { type SecondProcess, startTwoProcesses, stopTwoProcesses } from "../helpers/second-process";
import { draft, FULL_APPLICATION, openCallId, submit } from "./fixtures";

let t: TestApp;
let second: SecondProcess;
beforeAll(async () => {
  ({ t, second } = await startTwoProcesses());
});
afterAll(() => stopTwoProcesses({ t, second }));

const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

function upload(baseUrl: string, token: string, applicationId: string, name: string) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(PDF)], { type: "application/pdf" }), name);
  return fetch(`${baseUrl}/api/grant-applications/${applicationId}/attachments`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" },
    body: form,
  });
}

describe("the attachment cap holds in the database", () => {
  it("six uploads at once from two server processes for the last place keep one and store nothing of the others", async () => {
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, await openCallId(t), { ...FULL_APPLICATION, title: `Många bilagor ${Math.random().toString(36).slice(2, 8)}` });
    expect((await submit(nck, app.id)).errors).toBeUndefined();
    const max = (await nck.request(`query($id: ID!) { grantCaseThread(applicationId: $id) { attachmentsMax } }`, { id: app.id })).data!.grantCaseThread
      .attachmentsMax as number;
    for (let i = 1; i < max; i++) expect((await upload(t.baseUrl, nck.token!, app.id, `bilaga-${i}.pdf`)).status).toBe(201);
    const storedBefore = fs.readdirSync(t.config.documentsDir).length;

    const statuses = (
      await Promise.all([0, 1, 2, 3, 4, 5].map((i) => upload(i % 2 === 0 ? t.baseUrl : second.baseUrl, nck.token!, app.id, `samtidig-${i}.pdf`)))
    ).map((r) => r.status);
    expect(statuses.sort()).toEqual([201, 409, 409, 409, 409, 409]);

    const listed = await nck.request(`query($id: ID!) { grantCaseThread(applicationId: $id) { attachments { id } } }`, { id: app.id });
    expect(listed.data!.grantCaseThread.attachments).toHaveLength(max);
    expect(fs.readdirSync(t.config.documentsDir).length).toBe(storedBefore + 1);
  });
});
