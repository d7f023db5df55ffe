import JSZip from "jszip";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, DEMO, startTestApp, type TestApp } from "../helpers/app";
import { consult, decide, draft, FULL_APPLICATION, openCallId, opinion, submit } from "./fixtures";

let t: TestApp;
let callId: string;
beforeAll(async () => {
  t = await startTestApp();
  callId = await openCallId(t);
});
afterAll(() => t?.close());

const ok = <T extends { errors?: unknown }>(res: T): T => {
  expect(res.errors).toBeUndefined();
  return res;
};
const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
/** Without spaces: pdf-parse breaks lines where the PDF does. */
const bare = (s: string) => s.replace(/\s+/g, "");

function download(c: Client | null, url: string) {
  return fetch(`${t.baseUrl}${url}`, { headers: c?.token ? { authorization: `Bearer ${c.token}` } : {} });
}

async function pdfText(data: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data });
  const { text } = await parser.getText();
  await parser.destroy();
  return text.replace(/\s+/g, " ");
}

/**
 * NCK's application through its whole life: a completion, a second version, consultation and
 * opinion, decision, payout, a follow-up that leaves money to repay, and the repayment.
 */
async function wholeLife(): Promise<{ id: string; diarienummer: string }> {
  const nck = await t.as(DEMO.nck);
  const sos = await t.as(DEMO.handlaggare);
  const app = await draft(nck, callId, {
    ...FULL_APPLICATION,
    purpose: "Stärka regionernas arbete. Kontaktperson i projektet har personnummer 19800101-1234.",
  });
  const first = ok(await submit(nck, app.id)).data!.submitGrantApplication;
  ok(
    await sos.request(`mutation($id: ID!, $d: String!) { requestGrantCompletion(id: $id, message: "Förtydliga målgrupperna.", dueDate: $d) { id } }`, {
      id: app.id,
      d: inAWeek(),
    }),
  );
  ok(
    await nck.request(`mutation($i: SaveGrantApplicationInput!) { saveGrantApplication(input: $i) { id } }`, {
      i: { id: app.id, targetGroups: "Hälso- och sjukvårdspersonal samt socialtjänst" },
    }),
  );
  ok(await submit(nck, app.id));
  ok(await consult(t, [app.id]));
  ok(await opinion(t, app.id, "SUPPORTS"));
  ok(await decide(sos, app.id, { outcome: "APPROVED", motivation: "Väl underbyggd ansökan." }));
  ok(await sos.request(`mutation($id: ID!) { markGrantPaid(id: $id) { id } }`, { id: app.id }));
  ok(
    await nck.request(`mutation($id: ID!, $i: FollowUpInput!) { submitGrantFollowUp(id: $id, input: $i) { id } }`, {
      id: app.id,
      i: { report: "Webbkursen uppdaterad.", usedAmount: 800_000 },
    }),
  );
  ok(await sos.request(`mutation($id: ID!) { markRepaymentReceived(id: $id) { id } }`, { id: app.id }));
  return { id: app.id, diarienummer: first.diarienummer };
}

describe("the case file (akt) of an application", () => {
  it("holds every version, the completion, the consultation and opinion, the decision letter, payment and repayment and the audit trail, with an index listing them and what to check for confidentiality", async () => {
    const { id, diarienummer } = await wholeLife();
    const sos = await t.as(DEMO.handlaggare);
    const url = ok(await sos.request(`query($id: ID!) { grantApplication(id: $id) { caseFileUrl } }`, { id })).data!.grantApplication.caseFileUrl;
    expect(url).toBe(`/api/grant-applications/${id}/case-file.zip`);

    const res = await download(sos, url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="akt-${diarienummer.replace(/\s+/g, "-")}.zip"`);
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
    const letter = `beslut/beslut-${diarienummer.replace(/\s+/g, "-")}.pdf`;
    expect(names.sort()).toEqual(
      [
        "00-innehall.pdf",
        "ansokan/aktuell.json",
        "ansokan/version-1.json",
        "ansokan/version-2.json",
        "komplettering/kompletteringar.json",
        // The completion request and the answer are entries of the case thread.
        "arendet/meddelanden.json",
        "remiss/remiss-1.json",
        "beslut/beslut.json",
        letter,
        "utbetalning-och-uppfoljning.json",
        "granskningslogg.json",
      ].sort(),
    );

    const read = async (name: string) => JSON.parse(await zip.file(name)!.async("string"));
    expect((await read("ansokan/version-1.json")).content.targetGroups).toBe(FULL_APPLICATION.targetGroups);
    expect((await read("ansokan/version-2.json")).content.targetGroups).toBe("Hälso- och sjukvårdspersonal samt socialtjänst");
    expect(await read("komplettering/kompletteringar.json")).toMatchObject([{ message: "Förtydliga målgrupperna.", dueDate: inAWeek() }]);
    expect(await read("remiss/remiss-1.json")).toMatchObject({ body: "Jämställdhetsmyndigheten", opinion: "SUPPORTS" });
    expect(await read("utbetalning-och-uppfoljning.json")).toMatchObject({ grantedAmount: 900_000, usedAmount: 800_000, repaymentAmount: 100_000 });
    const trail = (await read("granskningslogg.json")) as { action: string }[];
    expect(trail.map((e) => e.action)).toEqual([
      "grantApplication.create",
      "grantApplication.submit",
      "grantApplication.requestCompletion",
      "grantApplication.update",
      "grantApplication.resubmit",
      "grantApplication.requestConsultation",
      "grantApplication.consultationOpinion",
      "grantApplication.decide",
      "grantApplication.markPaid",
      "grantApplication.followUp",
      "grantApplication.markRepaid",
    ]);
    // The decision letter is the one the applicant downloads.
    const letterText = await pdfText(await zip.file(letter)!.async("uint8array"));
    expect(letterText).toContain(`Diarienummer: ${diarienummer}`);

    const index = await pdfText(await zip.file("00-innehall.pdf")!.async("uint8array"));
    const b = bare(index);
    expect(index).toContain("Akt för ansökan");
    expect(index).toContain(`Diarienummer: ${diarienummer}`);
    // Contents
    for (const name of names) expect(b).toContain(bare(name));
    // Versions
    expect(b).toContain(bare("Version 1: inskickad"));
    expect(b).toContain(bare("Version 2: inskickad"));
    // Completion, consultation, decision, payment and repayment
    expect(b).toContain(bare("Förtydliga målgrupperna."));
    expect(b).toContain(bare("Remiss till Jämställdhetsmyndigheten"));
    expect(b).toContain(bare("tillstyrker ansökan"));
    expect(b).toContain(bare("Ansökan beviljas."));
    expect(b).toContain(bare("Beviljat belopp: 900 000 kr"));
    expect(b).toContain(bare("Att återbetala: 100 000 kr"));
    expect(b).toContain(bare("Återbetalning mottagen"));
    // The confidentiality checklist, with the personal identity number found where it was written
    expect(b).toContain(bare("Sekretessprövning före utlämnande"));
    for (const item of [
      "Personnummer och samordningsnummer",
      "Uppgifter om hälsa",
      "Skyddade personuppgifter och adresser",
      "Uppgifter om våldsutsatta enskilda",
      "26 kap. 1 § OSL",
      "Bank- och betalningsuppgifter",
      "Kontaktpersoners personuppgifter",
    ])
      expect(b).toContain(bare(item));
    expect(b).toContain(bare("ansokan/version-1.json › content.purpose"));
    expect(b).toContain(bare("ansokan/version-1.json › content.contactName"));
    // The audit trail
    expect(b).toContain(bare("Granskningslogg"));
    for (const step of [
      "Ansökan inskickad",
      "Komplettering begärd",
      "Komplettering inskickad",
      "Skickad på remiss",
      "Yttrande lämnat",
      "Beslut fattat",
      "Utbetald",
    ])
      expect(b).toContain(bare(step));
  });

  it("of a requisition of development funds holds the requisition, flags its bankgiro for review, and has the requisition decision", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const round = ok(
      await sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
        i: {
          year: 2020,
          opensAt: new Date(Date.now() - 86_400_000).toISOString(),
          closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
          followUpDueDate: "2021-05-31",
        },
      }),
    ).data!.openDevelopmentFundRound.id as string;
    ok(await sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { allocationPublishedAt } }`, { r: round }));
    const ale = await t.as(DEMO.ale);
    const amount = ok(await ale.request(`query($r: ID!) { myAllotment(roundId: $r) { allotment { amount } } }`, { r: round })).data!.myAllotment.allotment
      .amount as number;
    const requisition = ok(
      await ale.request(`mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id diarienummer } }`, {
        i: {
          roundId: round,
          amount,
          plannedUse: [{ category: "SAMORDNING", amount }],
          contactName: "Samordnare",
          contactEmail: "samordnare@example.se",
          paymentMethod: "BANKGIRO",
          paymentNumber: "5050-1055",
          organisationNumber: "212000-1520",
        },
      }),
    ).data!.requisitionDevelopmentFunds as { id: string; diarienummer: string };

    const res = await download(sos, `/api/grant-applications/${requisition.id}/case-file.zip`);
    expect(res.status).toBe(200);
    const zip = await JSZip.loadAsync(await res.arrayBuffer());
    const details = JSON.parse(await zip.file("program/uppgifter.json")!.async("string"));
    expect(details.requisition).toMatchObject({ paymentMethod: "BANKGIRO", paymentNumber: "5050-1055" });
    expect(Object.keys(zip.files)).toContain(`beslut/beslut-${requisition.diarienummer.replace(/\s+/g, "-")}.pdf`);
    const b = bare(await pdfText(await zip.file("00-innehall.pdf")!.async("uint8array")));
    expect(b).toContain(bare("program/uppgifter.json › requisition.paymentNumber"));
    expect(b).toContain(bare("Rekvisitionen beviljas enligt fördelningsnyckeln."));
  });

  it("is refused to the applicant, the consultation body, the analyst and another organisation, and shows none of the application", async () => {
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, callId);
    const submitted = ok(await submit(nck, app.id)).data!.submitGrantApplication;
    ok(await consult(t, [app.id]));
    const url = `/api/grant-applications/${app.id}/case-file.zip`;
    for (const who of [DEMO.nck, DEMO.jam, DEMO.vardanalys, DEMO.barnafrid, DEMO.lstO]) {
      const c = await t.as(who);
      const res = await download(c, url);
      expect(res.status, who).toBe(403);
      const body = await res.text();
      expect(JSON.parse(body).error.code, who).toBe("FORBIDDEN");
      expect(body, who).not.toContain(submitted.diarienummer);
      expect(body, who).not.toContain(FULL_APPLICATION.title);
    }
    // Nobody but Socialstyrelsen's officers is offered it.
    for (const who of [DEMO.nck, DEMO.jam, DEMO.vardanalys]) {
      const res = await (await t.as(who)).request(`query($id: ID!) { grantApplication(id: $id) { caseFileUrl } }`, { id: app.id });
      expect(res.data!.grantApplication.caseFileUrl, who).toBeNull();
    }
    const anonymous = await download(null, url);
    expect(anonymous.status).toBe(401);
  });

  it("is not found for a draft, which is the applicant's alone, nor for an id that does not exist", async () => {
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, callId);
    const sos = await t.as(DEMO.handlaggare);
    for (const id of [app.id, "99999999"]) {
      const res = await download(sos, `/api/grant-applications/${id}/case-file.zip`);
      expect(res.status, id).toBe(404);
      expect(await res.text(), id).not.toContain(FULL_APPLICATION.title);
    }
  });
});
