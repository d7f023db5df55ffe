import { expect } from "vitest";
import { type Client, DEMO, type TestApp } from "../helpers/app";

const DAY = 86_400_000;

export function futureSessions(days = 2, startInDays = 30) {
  const base = new Date(Date.now() + startInDays * DAY);
  base.setUTCHours(7, 0, 0, 0);
  return Array.from({ length: days }, (_, i) => ({
    startsAt: new Date(base.getTime() + i * DAY).toISOString(),
    endsAt: new Date(base.getTime() + i * DAY + 8 * 3_600_000).toISOString(),
  }));
}

export const EVENT_FIELDS = `id title status capacity confirmedCount placesLeft waitlistCount type countyCode sessions { id startsAt endsAt }`;
export const REG_FIELDS = `id name email status waitlistPosition organisation { code }`;

export async function createEvent(t: TestApp, input: Record<string, unknown> = {}, as: string = DEMO.lstO) {
  const c = await t.as(as);
  const res = await c.request(`mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { ${EVENT_FIELDS} } }`, {
    i: {
      type: "KURSLEDARUTBILDNING",
      title: "Kursledarutbildning, webbkursen Våld i nära relationer",
      description: "Två dagar för blivande kursledare.",
      national: true,
      location: "Länsstyrelsen, Göteborg",
      capacity: 30,
      registrationDeadline: new Date(Date.now() + 20 * DAY).toISOString(),
      sessions: futureSessions(),
      ...input,
    },
  });
  expect(res.errors).toBeUndefined();
  return res.data!.saveTrainingEvent;
}

export async function publish(t: TestApp, id: string, as: string = DEMO.lstO) {
  const c = await t.as(as);
  const res = await c.request(`mutation($id: ID!) { publishTrainingEvent(id: $id) { status } }`, { id });
  expect(res.errors).toBeUndefined();
}

export function person(n: number | string, org = "ale") {
  return { name: `Person ${n}`, email: `person${n}@${org}.se`, profession: "Socionom", workplace: "Socialtjänsten" };
}

export async function register(c: Client, eventId: string, participants: Record<string, unknown>[]) {
  return c.request(`mutation($e: ID!, $p: [ParticipantInput!]!) { registerForTraining(eventId: $e, participants: $p) { ${REG_FIELDS} } }`, {
    e: eventId,
    p: participants,
  });
}
