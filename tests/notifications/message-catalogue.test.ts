import { describe, expect, it } from "vitest";
import { LANGUAGES, MESSAGES, PHRASES, param, parameterNames, renderMessage } from "../../server/dist/shared/messages";

describe("the message catalogue", () => {
  it("has every message in every language, with the same parameters in each", () => {
    expect(Object.keys(MESSAGES).length).toBeGreaterThan(20);
    for (const [key, def] of Object.entries(MESSAGES)) {
      for (const part of ["title", "body"] as const) {
        const names = parameterNames(def.sv[part]);
        for (const lang of LANGUAGES) {
          expect(def[lang]?.[part], `${key} ${lang} ${part}`).toBeTruthy();
          expect(parameterNames(def[lang][part]), `${key} ${lang} ${part}`).toEqual(names);
        }
      }
    }
  });

  it("has every phrase in every language, with the same parameters in each", () => {
    for (const [key, def] of Object.entries(PHRASES)) {
      for (const lang of LANGUAGES) {
        expect(typeof def[lang], `${key} ${lang}`).toBe("string");
        expect(parameterNames(def[lang]), `${key} ${lang}`).toEqual(parameterNames(def.sv));
      }
    }
  });

  it("shows amounts as 1 250 000 kr, dates as 2026-11-24 and times in Stockholm in every language", () => {
    const params = { amount: param.kr(1_250_000), diarienummer: "SoS 2026-0001", due: param.date(new Date("2026-11-23T23:30:00Z")) };
    expect(renderMessage("grant.paid", params, "sv").body).toBe("1 250 000 kr har betalats ut. Återrapportera senast 2026-11-24.");
    expect(renderMessage("grant.paid", params, "en").body).toBe("1 250 000 kr has been paid out. Report back by 2026-11-24.");
    const invitation = {
      network: "Nätverket",
      meeting: "Träff",
      startsAt: param.dateTime(new Date("2026-07-01T07:00:00Z")),
      location: "",
      rsvp: "",
      series: "",
    };
    expect(renderMessage("network.meeting-invitation", invitation, "en").body).toBe("Nätverket invites you to Träff 2026-07-01 09:00.");
  });

  it("renders a parameter that is itself a text in the reader's language", () => {
    const params = {
      diarienummer: "SoS 2026-0001",
      title: "Stöd",
      outcome: param.phrase("grant.outcome.PARTIALLY_APPROVED"),
      amount: param.phrase("grant.decided.amount", { amount: param.kr(600_000) }),
      withoutOpinion: "",
    };
    expect(renderMessage("grant.decided", params, "sv").body).toBe(
      "Ansökan ”Stöd” har delvis beviljats med 600 000 kr. Beslutsbrevet finns att hämta i Samverka.",
    );
    expect(renderMessage("grant.decided", params, "en").body).toBe(
      "The application “Stöd” has been partially approved for 600 000 kr. The decision letter can be downloaded in Samverka.",
    );
    const roles = { roles: param.list([param.phrase("role.KOMMUN_SAMORDNARE"), param.phrase("role.ORGANISATION_ADMIN")]) };
    expect(renderMessage("user.roles-changed", roles, "en").body).toBe("Your roles are now: Coordinator, municipality, Organisation administrator.");
  });
});
