import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { errorCode, startTestApp, type TestApp } from "../helpers/app";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

describe("without a session", () => {
  const guarded: [string, string][] = [
    ["users", `{ users { total } }`],
    ["organisations", `{ organisations { total } }`],
    ["counties", `{ counties { code } }`],
    ["auditLog", `{ auditLog { total } }`],
    ["notifications", `{ notifications { total } }`],
    ["outboxMails", `{ outboxMails { total } }`],
    ["roleDefinitions", `{ roleDefinitions { role } }`],
    ["inviteUser", `mutation { inviteUser(input: { email: "x@example.se", name: "X Y", organisationId: "1", roles: [PLATFORM_ADMIN] }) { id } }`],
    ["markNotificationsRead", `mutation { markNotificationsRead }`],
  ];
  for (const [name, query] of guarded) {
    it(`refuses ${name} with UNAUTHENTICATED and returns no data`, async () => {
      const res = await t.anonymous.request(query);
      expect(errorCode(res)).toBe("UNAUTHENTICATED");
      expect(res.data?.[name] ?? null).toBeNull();
    });
  }
});
