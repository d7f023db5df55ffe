import { describe, expect, it } from "vitest";
import { confidentialityChecks } from "../../server/dist/modules/grants/case-file";

const places = (files: Record<string, unknown>) => Object.fromEntries(confidentialityChecks(files).map((c) => [c.key, c.places]));

describe("the confidentiality checklist of a case file", () => {
  it("lists every item, and where the search found something to check", () => {
    const found = places({
      "ansokan/version-1.json": {
        content: {
          purpose: "Stöd till en kvinna (19850312-4321) som är våldsutsatt och har skyddad identitet.",
          plannedActivities: "Samtal om hennes psykiska ohälsa.",
          contactName: "Nora NCK",
          contactPhone: "0701234567",
        },
      },
      "program/uppgifter.json": { requisition: { paymentMethod: "BANKGIRO", paymentNumber: "5050-1055" } },
    });
    expect(Object.keys(found)).toEqual(["personalIdentityNumbers", "health", "protectedAddresses", "violence", "bankDetails", "contactPersons"]);
    expect(found.personalIdentityNumbers).toEqual(["ansokan/version-1.json › content.purpose"]);
    expect(found.health).toEqual(["ansokan/version-1.json › content.plannedActivities"]);
    expect(found.protectedAddresses).toEqual(["ansokan/version-1.json › content.purpose"]);
    expect(found.violence).toEqual(["ansokan/version-1.json › content.purpose"]);
    expect(found.bankDetails).toEqual(["program/uppgifter.json › requisition.paymentMethod", "program/uppgifter.json › requisition.paymentNumber"]);
    expect(found.contactPersons).toEqual(["ansokan/version-1.json › content.contactName", "ansokan/version-1.json › content.contactPhone"]);
  });

  it("does not take dates, organisation numbers or phone numbers for personal identity numbers", () => {
    const found = places({
      "ansokan/aktuell.json": {
        periodStart: "2027-01-01",
        purpose: "Organisationsnummer 802012-3456, perioden 20270101–20271231.",
        contactPhone: "0701234567",
      },
    });
    expect(found.personalIdentityNumbers).toEqual([]);
  });
});
