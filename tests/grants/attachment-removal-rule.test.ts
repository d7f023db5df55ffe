// Who may remove an attachment, and when: the pure rule the service and `canRemove` both apply.
import { describe, expect, it } from "vitest";
import type { GrantAttachment } from "../../server/dist/modules/grants/case-thread.entities";
import { mayRemoveAttachment } from "../../server/dist/modules/grants/case-thread.service";
import type { GrantApplication } from "../../server/dist/modules/grants/grant-application.entity";

const app = (status: string, decidedAt: Date | null = null) => ({ id: 1, status, decidedAt }) as unknown as GrantApplication;
const file = (fromApplicant: boolean, removedAt: Date | null = null) => ({ applicationId: 1, fromApplicant, removedAt }) as unknown as GrantAttachment;

describe("removing an attachment", () => {
  it("is the applicant's for its own uploads while a draft or awaiting completion, and not otherwise", () => {
    expect(mayRemoveAttachment("APPLICANT", app("DRAFT"), file(true))).toBe(true);
    expect(mayRemoveAttachment("APPLICANT", app("COMPLETION_REQUESTED"), file(true))).toBe(true);
    for (const status of ["SUBMITTED", "IN_CONSULTATION", "CONSULTED", "WITHDRAWN"])
      expect(mayRemoveAttachment("APPLICANT", app(status), file(true))).toBe(false);
    expect(mayRemoveAttachment("APPLICANT", app("DRAFT"), file(false))).toBe(false);
  });

  it("is Socialstyrelsen's from submission until the decision, never for a draft, a withdrawn or a decided application", () => {
    for (const status of ["SUBMITTED", "COMPLETION_REQUESTED", "IN_CONSULTATION", "CONSULTED"]) {
      expect(mayRemoveAttachment("OFFICER", app(status), file(true))).toBe(true);
      expect(mayRemoveAttachment("OFFICER", app(status), file(false))).toBe(true);
    }
    expect(mayRemoveAttachment("OFFICER", app("DRAFT"), file(true))).toBe(false);
    expect(mayRemoveAttachment("OFFICER", app("WITHDRAWN"), file(true))).toBe(false);
    expect(mayRemoveAttachment("OFFICER", app("APPROVED", new Date()), file(true))).toBe(false);
    expect(mayRemoveAttachment("OFFICER", app("REJECTED", new Date()), file(false))).toBe(false);
  });

  it("is no one's for an attachment already removed, of another application, or for those outside the thread", () => {
    expect(mayRemoveAttachment("OFFICER", app("SUBMITTED"), file(true, new Date()))).toBe(false);
    expect(mayRemoveAttachment("OFFICER", app("SUBMITTED"), { ...file(true), applicationId: 2 } as GrantAttachment)).toBe(false);
    expect(mayRemoveAttachment(null, app("DRAFT"), file(true))).toBe(false);
  });
});
