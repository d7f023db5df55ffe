import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Client, DEMO, startTestApp, type TestApp } from "../helpers/app";
import { consult, decide, draft, FULL_APPLICATION, openCallId, opinion, submit } from "../grants/fixtures";
import { createEvent, futureSessions, publish } from "../trainings/fixtures";

const DAY = 86_400_000;
/** The calendar date in Stockholm `n` days from now. */
const stockholmDay = (n: number) => new Date(Date.now() + n * DAY).toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });

const QUEUE = `{ workQueue { total groups { kind total items { kind title detail deadline overdue link } } } }`;

interface Item {
  kind: string;
  title: string;
  detail: string | null;
  deadline: string | null;
  overdue: boolean;
  link: string;
}
interface Group {
  kind: string;
  total: number;
  items: Item[];
}

async function queue(c: Client): Promise<{ total: number; groups: Group[] }> {
  const res = await c.request(QUEUE);
  expect(res.errors).toBeUndefined();
  return res.data!.workQueue;
}

async function items(c: Client, kind: string): Promise<Item[]> {
  return (await queue(c)).groups.find((g) => g.kind === kind)?.items ?? [];
}

async function must<T extends { errors?: unknown }>(res: Promise<T>): Promise<T> {
  const r = await res;
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r;
}

let t: TestApp;
let callId: string;
/** Each test starts on a database of its own (a copy of the run's template). */
beforeEach(async () => {
  t = await startTestApp();
  callId = await openCallId(t);
});
afterEach(() => t?.close());

/** NCK's application, submitted and sent to Jämställdhetsmyndigheten with a due date. */
async function inConsultation(title = "NCK:s ansökan om webbstöd", dueDate = stockholmDay(20)) {
  const nck = await t.as(DEMO.nck);
  const app = await draft(nck, callId, { ...FULL_APPLICATION, title });
  const submitted = await must(submit(nck, app.id));
  await must(consult(t, [app.id], dueDate));
  return { id: app.id as string, diarienummer: submitted.data!.submitGrantApplication.diarienummer as string };
}

describe("the work queue of each role", () => {
  it("Jämställdhetsmyndigheten sees the consultation to answer with its due date and link, until it has answered", async () => {
    const dueDate = stockholmDay(20);
    const app = await inConsultation("Remissen till JämI", dueDate);
    const jam = await t.as(DEMO.jam);
    expect(await items(jam, "CONSULTATION_TO_ANSWER")).toEqual([
      {
        kind: "CONSULTATION_TO_ANSWER",
        title: "Remissen till JämI",
        detail: `${app.diarienummer} · Nationellt centrum för kvinnofrid (NCK) vid Uppsala universitet`,
        deadline: dueDate,
        overdue: false,
        link: `/stimulansmedel/ansokningar/${app.id}`,
      },
    ]);
    await must(opinion(t, app.id));
    expect(await queue(jam)).toEqual({ total: 0, groups: [] });
  });

  it("the handläggare sees an application to decide once the consultation is answered, not before", async () => {
    const app = await inConsultation("Ansökan att besluta");
    const sos = await t.as(DEMO.handlaggare);
    expect(await items(sos, "APPLICATION_TO_DECIDE")).toEqual([]);
    await must(opinion(t, app.id));
    const [item] = await items(sos, "APPLICATION_TO_DECIDE");
    expect(item).toMatchObject({ title: "Ansökan att besluta", link: `/stimulansmedel/ansokningar/${app.id}`, deadline: null, overdue: false });
    await must(decide(sos, app.id, { outcome: "APPROVED", motivation: "Väl underbyggd." }));
    expect(await items(sos, "APPLICATION_TO_DECIDE")).toEqual([]);
  });

  it("the applicant sees the completion requested of it with the due date; another organisation does not", async () => {
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, callId, { ...FULL_APPLICATION, title: "Att komplettera" });
    await must(submit(nck, app.id));
    const sos = await t.as(DEMO.handlaggare);
    const due = stockholmDay(10);
    await must(
      sos.request(`mutation($id: ID!, $d: String!) { requestGrantCompletion(id: $id, message: "Bifoga budgeten.", dueDate: $d) { status } }`, {
        id: app.id,
        d: due,
      }),
    );
    expect(await items(nck, "COMPLETION_REQUESTED")).toEqual([
      expect.objectContaining({ title: "Att komplettera", deadline: due, link: `/stimulansmedel/ansokningar/${app.id}` }),
    ]);
    expect(await queue(await t.as(DEMO.barnafrid))).toEqual({ total: 0, groups: [] });
  });

  it("a paid grant's follow-up due within 30 days is listed for its recipient only", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const due = stockholmDay(12);
    const call = await must(
      sos.request(`mutation($i: CreateGrantCallInput!) { createGrantCall(input: $i) { id } }`, {
        i: {
          year: 2026,
          title: "Utlysning med snar återrapportering",
          budget: 2_000_000,
          opensAt: new Date(Date.now() - DAY).toISOString(),
          closesAt: new Date(Date.now() + 5 * DAY).toISOString(),
          followUpDueDate: due,
        },
      }),
    );
    const nck = await t.as(DEMO.nck);
    const app = await draft(nck, call.data!.createGrantCall.id, { ...FULL_APPLICATION, title: "Betald insats" });
    await must(submit(nck, app.id));
    await must(consult(t, [app.id]));
    await must(opinion(t, app.id));
    await must(decide(sos, app.id, { outcome: "APPROVED", motivation: "Bra." }));
    await must(sos.request(`mutation($id: ID!) { markGrantPaid(id: $id) { status } }`, { id: app.id }));
    expect(await items(nck, "FOLLOW_UP_DUE")).toEqual([
      expect.objectContaining({ title: "Betald insats", deadline: due, overdue: false, link: `/stimulansmedel/ansokningar/${app.id}` }),
    ]);
    expect(await items(await t.as(DEMO.barnafrid), "FOLLOW_UP_DUE")).toEqual([]);
  });

  it("a kommun coordinator sees a training whose registration closes within 14 days, in its county only", async () => {
    const deadline = new Date(Date.now() + 6 * DAY);
    const soon = await createEvent(t, {
      title: "BAS-utbildning i Västra Götaland",
      national: false,
      registrationDeadline: deadline.toISOString(),
      sessions: futureSessions(1, 10),
    });
    await publish(t, soon.id);
    // Registration closes later than two weeks from now: not yet work.
    const later = await createEvent(t, { title: "Senare kurs", registrationDeadline: new Date(Date.now() + 20 * DAY).toISOString() });
    await publish(t, later.id);
    const gbg = await t.as(DEMO.goteborg);
    const list = await items(gbg, "TRAINING_REGISTRATION_CLOSING");
    expect(list.map((i) => i.title)).toEqual(["BAS-utbildning i Västra Götaland"]);
    expect(list[0]).toMatchObject({ deadline: deadline.toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" }), link: `/utbildningar/${soon.id}` });
    // Länsstyrelsen i Stockholms län may not register for an event of Västra Götaland.
    expect(await items(await t.as(DEMO.lstAB), "TRAINING_REGISTRATION_CLOSING")).toEqual([]);
  });

  it("a member organisation sees an unanswered meeting invitation and a designated member the minutes to approve; a non-member sees neither", async () => {
    const lst = await t.as(DEMO.lstO);
    const gbg = await t.as(DEMO.goteborg);
    const gbgOrg = (await gbg.request(`{ me { id organisation { id } } }`)).data!.me;
    const network = await must(
      lst.request(`mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`, { i: { name: "Kvinnofridsnätverket", topic: "OTHER" } }),
    );
    const networkId = network.data!.saveNetwork.id;
    await must(
      lst.request(`mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`, {
        n: networkId,
        o: [gbgOrg.organisation.id],
      }),
    );
    const schedule = (title: string, startsAt: Date, invite: boolean) =>
      must(
        lst.request(`mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`, {
          i: {
            networkId,
            title,
            startsAt: startsAt.toISOString(),
            endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
            location: "Göteborg",
            invite,
          },
        }),
      );
    const upcoming = (await schedule("Vårträffen", new Date(Date.now() + 9 * DAY), true)).data!.scheduleNetworkMeeting[0].id;
    const held = (await schedule("Höstträffen", new Date(Date.now() - 2 * DAY), false)).data!.scheduleNetworkMeeting[0].id;
    await must(
      lst.request(`mutation($m: ID!, $i: MinutesInput!) { publishMeetingMinutes(meetingId: $m, input: $i) { status } }`, {
        m: held,
        i: { body: "Protokoll.", decisions: ["Ett beslut."], approverUserId: gbgOrg.id },
      }),
    );
    expect(await items(gbg, "INVITATION_TO_ANSWER")).toEqual([
      expect.objectContaining({ title: "Vårträffen", detail: "Kvinnofridsnätverket", link: `/natverk/moten/${upcoming}`, deadline: stockholmDay(9) }),
    ]);
    expect(await items(gbg, "MINUTES_TO_APPROVE")).toEqual([expect.objectContaining({ title: "Höstträffen", link: `/natverk/moten/${held}` })]);
    await must(gbg.request(`mutation($m: ID!) { respondToMeetingInvitation(meetingId: $m, attendees: [{ name: "Greta" }]) { respondedAt } }`, { m: upcoming }));
    expect(await items(gbg, "INVITATION_TO_ANSWER")).toEqual([]);
    // Ale is no member: nothing of the network reaches its queue.
    const ale = await t.as(DEMO.ale);
    expect(JSON.stringify(await queue(ale))).not.toContain("Kvinnofridsnätverket");
  });

  it("a kommun with an allotment sees the open requisition window once the allocation is published", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const closes = new Date(Date.now() + 30 * DAY);
    const round = await must(
      sos.request(`mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id } }`, {
        i: { year: 2020, opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: closes.toISOString(), followUpDueDate: "2021-05-31" },
      }),
    );
    const roundId = round.data!.openDevelopmentFundRound.id;
    const gbg = await t.as(DEMO.goteborg);
    // Not before the allocation is published.
    expect(await items(gbg, "REQUISITION_WINDOW_CLOSING")).toEqual([]);
    await must(sos.request(`mutation($r: ID!) { publishAllocation(roundId: $r) { allocationPublishedAt } }`, { r: roundId }));
    expect(await items(gbg, "REQUISITION_WINDOW_CLOSING")).toEqual([
      expect.objectContaining({
        deadline: closes.toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" }),
        link: `/utvecklingsmedel/omgangar/${roundId}`,
      }),
    ]);
    // Socialstyrelsen requisitions nothing.
    expect(await items(sos, "REQUISITION_WINDOW_CLOSING")).toEqual([]);
  });

  it("an organisation asked to answer a questionnaire sees it with its deadline; the organisations not asked do not", async () => {
    const sos = await t.as(DEMO.handlaggare);
    const bank = await must(sos.request(`{ questionBank(limit: 200) { items { id code } } }`));
    const question = bank.data!.questionBank.items.find((q: { code: string }) => q.code === "REGIONAL_STRATEGY").id;
    const deadline = stockholmDay(15);
    const built = await must(
      sos.request(`mutation($i: SaveQuestionnaireInput!) { saveQuestionnaire(input: $i) { id } }`, {
        i: {
          titleSv: "Länsenkäten",
          titleEn: "The county survey",
          year: new Date().getUTCFullYear(),
          targetGroup: "LANSSTYRELSER",
          deadline,
          items: [{ questionId: question }],
        },
      }),
    );
    const id = built.data!.saveQuestionnaire.id;
    await must(sos.request(`mutation($id: ID!) { sendQuestionnaire(id: $id) { status } }`, { id }));
    expect(await items(await t.as(DEMO.lstO), "QUESTIONNAIRE_TO_ANSWER")).toEqual([
      { kind: "QUESTIONNAIRE_TO_ANSWER", title: "Länsenkäten", detail: null, deadline, overdue: false, link: `/enkater/svar/${id}` },
    ]);
    expect(await items(await t.as(DEMO.goteborg), "QUESTIONNAIRE_TO_ANSWER")).toEqual([]);
  });

  it("a user with nothing to do gets an empty queue", async () => {
    expect(await queue(await t.as(DEMO.vardanalys))).toEqual({ total: 0, groups: [] });
    expect(await queue(await t.as(DEMO.admin))).toEqual({ total: 0, groups: [] });
  });

  it("asks to be signed in", async () => {
    const res = await t.anonymous.request(QUEUE);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("tenancy and bounds", () => {
  it("another organisation's applications never appear, while its own do", async () => {
    const barnafrid = await t.as(DEMO.barnafrid);
    const app = await draft(barnafrid, callId, { ...FULL_APPLICATION, title: "Barnafrids hemliga ansökan" });
    await must(submit(barnafrid, app.id));
    const sos = await t.as(DEMO.handlaggare);
    await must(
      sos.request(`mutation($id: ID!, $d: String!) { requestGrantCompletion(id: $id, message: "Komplettera.", dueDate: $d) { status } }`, {
        id: app.id,
        d: stockholmDay(7),
      }),
    );
    expect((await items(barnafrid, "COMPLETION_REQUESTED")).map((i) => i.title)).toEqual(["Barnafrids hemliga ansökan"]);
    for (const email of [DEMO.nck, DEMO.jam, DEMO.lstO, DEMO.goteborg, DEMO.vardanalys]) {
      expect(JSON.stringify(await queue(await t.as(email)))).not.toContain("Barnafrids hemliga ansökan");
    }
  });

  it("lists at most five items of a kind with the full count, and its SQL statements do not grow with the items", async () => {
    const gbg = await t.as(DEMO.goteborg);
    const statements = async () => Number((await gbg.request(QUEUE)).headers.get("x-sql-statements"));
    const add = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const e = await createEvent(t, {
          title: `Kurs ${i}`,
          registrationDeadline: new Date(Date.now() + (3 + i) * DAY).toISOString(),
          sessions: futureSessions(1, 12),
        });
        await publish(t, e.id);
      }
    };
    await add(1);
    const one = await statements();
    await add(7);
    const eight = await statements();
    const group = (await queue(gbg)).groups.find((g) => g.kind === "TRAINING_REGISTRATION_CLOSING")!;
    expect(group.total).toBe(8);
    expect(group.items).toHaveLength(5);
    // The earliest deadline first.
    expect(group.items[0].title).toBe("Kurs 0");
    expect(eight).toBe(one);
  });
});
