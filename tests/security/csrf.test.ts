// Cross-site request forgery on the plain HTTP routes: a page on another site can make the
// victim's browser post a form (multipart, urlencoded, text/plain) with the session cookie. The
// upload, like every state-changing route outside /graphql, is refused unless the request carries
// a header that needs a preflight (as Apollo's csrfPrevention asks of /graphql) and, when the browser
// names an Origin, that origin is Samverka's own. The web app's way (cookie + header) still works.
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD } from "../../server/dist/db/seed";
import { type Client, DEMO, startTestApp, type TestApp } from "../helpers/app";

const DAY = 86_400_000;
const EVIL = "https://evil.example";

let t: TestApp;
let lst: Client;
let cookie: string;
let meetingId: string;

function pdfForm(name = "dagordning.pdf"): FormData {
  const form = new FormData();
  form.append("file", new Blob(["%PDF-1.4\n% Samverka\n"], { type: "application/pdf" }), name);
  return form;
}

async function documents(): Promise<string[]> {
  const res = await lst.request(`query($id: ID!) { networkMeeting(id: $id) { documents { filename } } }`, { id: meetingId });
  return res.data!.networkMeeting.documents.map((d: { filename: string }) => d.filename);
}

function stored(): string[] {
  return fs.readdirSync(t.config.documentsDir).sort();
}

function upload(headers: Record<string, string>, body: BodyInit = pdfForm()) {
  return fetch(`${t.baseUrl}/api/network-meetings/${meetingId}/documents`, { method: "POST", headers, body });
}

/** A refusal: 403 with the CSRF error, and no document or file more than before. */
async function expectRefused(res: Response, before: { docs: string[]; files: string[] }) {
  expect(res.status).toBe(403);
  const body = await res.json();
  expect(body.error.code).toBe("FORBIDDEN");
  expect(body.error.message).toMatch(/^Begäran stoppades eftersom den kan komma från en annan webbplats \(skydd mot CSRF\)/);
  expect(await documents()).toEqual(before.docs);
  expect(stored()).toEqual(before.files);
}

beforeAll(async () => {
  t = await startTestApp();
  lst = await t.as(DEMO.lstO);
  const networks = await lst.request(`{ networks(convenedByMe: true) { items { id name } } }`);
  const networkId = networks.data!.networks.items.find((n: { name: string }) => n.name === "Kvinnofridssamordnare Västra Götaland").id;
  const startsAt = new Date(Date.now() + 14 * DAY);
  const scheduled = await lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
    i: {
      networkId,
      title: "Träff om CSRF",
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      location: "Göteborg",
    },
  });
  expect(scheduled.errors).toBeUndefined();
  meetingId = scheduled.data!.scheduleNetworkMeeting[0].id;

  // The convener's browser session: the cookie a forged form post would carry along.
  const login = await fetch(`${t.baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
      variables: { e: DEMO.lstO, p: DEMO_PASSWORD },
    }),
  });
  cookie = login.headers.get("set-cookie")!.split(";")[0];
  expect(cookie).toMatch(/^samverka_session=/);
});
afterAll(() => t?.close());

describe("an upload from another site", () => {
  it("a cross-origin form post (multipart, the session cookie, no header) is refused and nothing is stored", async () => {
    const before = { docs: await documents(), files: stored() };
    await expectRefused(await upload({ cookie, origin: EVIL }), before);
    // Without an Origin (an older browser, a privacy proxy) the missing header alone refuses it.
    await expectRefused(await upload({ cookie }), before);
    // Sandboxed frames and some redirects send Origin: null.
    await expectRefused(await upload({ cookie, origin: "null", "apollo-require-preflight": "true" }), before);
    // The other content types a form can send.
    await expectRefused(await upload({ cookie, origin: EVIL, "content-type": "application/x-www-form-urlencoded" }, "file=x"), before);
    await expectRefused(await upload({ cookie, origin: EVIL, "content-type": "text/plain" }, "file=x"), before);
    // The header with another site's Origin: only a browser bug or a CORS mistake could send it, and it is refused too.
    await expectRefused(await upload({ cookie, origin: EVIL, "apollo-require-preflight": "true" }), before);
    // An empty header does not count.
    await expectRefused(await upload({ cookie, "apollo-require-preflight": "" }), before);
    // In English when asked.
    const en = await upload({ cookie, origin: EVIL, "accept-language": "en" });
    expect(en.status).toBe(403);
    expect((await en.json()).error.message).toMatch(/^The request was blocked because it may come from another website/);
  });

  it("is refused before sign-in is even looked at", async () => {
    const before = { docs: await documents(), files: stored() };
    await expectRefused(await upload({ origin: EVIL }), before);
  });

  it("every state-changing plain HTTP route is checked, not only the upload; downloads are not", async () => {
    for (const method of ["PUT", "DELETE", "PATCH", "POST"]) {
      const res = await fetch(`${t.baseUrl}/api/meeting-documents/1`, { method, headers: { cookie } });
      expect(res.status, method).toBe(403);
      expect((await res.json()).error.code).toBe("FORBIDDEN");
    }
    const download = await fetch(`${t.baseUrl}/api/my-training-registrations/calendar.ics`, { headers: { cookie } });
    expect(download.status).toBe(200);
  });
});

describe("an upload the way the web app sends it", () => {
  it("the session cookie, the Apollo-Require-Preflight header and Samverka's own Origin: stored", async () => {
    const before = stored();
    const res = await upload({ cookie, origin: t.baseUrl, "apollo-require-preflight": "true", "accept-language": "sv" }, pdfForm("från-webben.pdf"));
    expect(res.status).toBe(201);
    expect((await res.json()).filename).toBe("från-webben.pdf");
    expect(await documents()).toContain("från-webben.pdf");
    expect(stored()).toHaveLength(before.length + 1);
  });

  it("from the PUBLIC_URL's origin (behind a proxy), and from an API client with a bearer token and no Origin", async () => {
    const viaProxy = await upload({ cookie, origin: new URL(t.config.publicUrl).origin, "x-apollo-operation-name": "upload" }, pdfForm("via-proxy.pdf"));
    expect(viaProxy.status).toBe(201);
    const api = await upload({ authorization: `Bearer ${lst.token}`, "apollo-require-preflight": "true" }, pdfForm("api.pdf"));
    expect(api.status).toBe(201);
    expect(await documents()).toEqual(expect.arrayContaining(["via-proxy.pdf", "api.pdf"]));
  });
});
