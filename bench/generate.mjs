// Fills one year at national scale through the GraphQL API of the running server processes,
// so that every row comes with its audit trail and notifications exactly as in production.
// Only the sign-in accounts (one per länsstyrelse and kommun) are inserted directly.
import { ngoApplicationInput } from "../tests/helpers/ngo-application.mjs";
import { DAY, login, must, pool, progress } from "./lib.mjs";

export const NATIONAL = { ngoApplications: 500, trainingEvents: 800, registrationsPerEvent: 50, networks: 300, meetings: 5000 };

const TOPICS = ["VALD_I_NARA_RELATIONER", "BARN", "HEDERSRELATERAT_VALD", "PROSTITUTION_MANNISKOHANDEL", "VALDSFOREBYGGANDE", "OTHER"];
const TRAINING_TYPES = ["BAS", "FREDA", "KURSLEDARUTBILDNING", "BARN_SOM_UPPLEVER_VALD", "HEDERSRELATERAT_VALD", "SPETS"];
const CONCURRENCY = 16;

/**
 * One account per länsstyrelse and kommun (password samverka-demo), signed in on alternate
 * processes; with `only`, just the accounts it accepts are signed in (the others have no token).
 */
export async function createAccounts(conn, servers, only = () => true) {
  const [[{ hash }]] = await conn.query("SELECT passwordHash AS hash FROM `user` WHERE email = 'admin@demo.samverka.se'");
  for (const [kind, role] of [
    ["LANSSTYRELSE", "LANSSTYRELSE_UTVECKLINGSLEDARE"],
    ["KOMMUN", "KOMMUN_SAMORDNARE"],
  ]) {
    await conn.query(
      "INSERT INTO `user` (email, name, organisationId, roles, passwordHash, active, createdAt) " +
        "SELECT CONCAT('bench.', LOWER(o.code), '@bench.samverka.se'), CONCAT('Bench ', o.name), o.id, ?, ?, 1, UTC_TIMESTAMP() FROM organisation o " +
        "WHERE o.kind = ? AND NOT EXISTS (SELECT 1 FROM `user` u WHERE u.email = CONCAT('bench.', LOWER(o.code), '@bench.samverka.se'))",
      [role, hash, kind],
    );
  }
  const [orgs] = await conn.query("SELECT id, code, kind, countyCode, name FROM organisation WHERE kind IN ('LANSSTYRELSE', 'KOMMUN') ORDER BY code");
  const accounts = orgs.map((o) => ({ ...o, id: String(o.id), email: `bench.${o.code.toLowerCase()}@bench.samverka.se` }));
  const signIn = accounts.filter(only);
  await pool(
    signIn,
    8,
    async (a, i) => {
      a.token = await login(servers[i % servers.length].baseUrl, a.email);
    },
    progress(`sign in ${signIn.length} accounts`),
  );
  return { lansstyrelser: accounts.filter((a) => a.kind === "LANSSTYRELSE"), kommuner: accounts.filter((a) => a.kind === "KOMMUN") };
}

export function eventInput(i, overrides = {}) {
  const start = new Date(Date.now() + (30 + (i % 330)) * DAY);
  start.setUTCHours(7, 0, 0, 0);
  return {
    type: TRAINING_TYPES[i % TRAINING_TYPES.length],
    title: `Utbildning ${i + 1}: Våld i nära relationer`,
    description: "Utbildningsdag för socialtjänst, hälso- och sjukvård och ideell sektor.",
    national: true,
    location: "Länsstyrelsen",
    capacity: 40,
    registrationDeadline: new Date(start.getTime() - 5 * DAY).toISOString(),
    sessions: [{ startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 8 * 3_600_000).toISOString() }],
    ...overrides,
  };
}

export function participants(prefix, n, org) {
  return Array.from({ length: n }, (_, k) => ({
    name: `Deltagare ${prefix}-${k}`,
    email: `d.${prefix}.${k}@${org}.example.se`,
    profession: "Socionom",
    workplace: "Socialtjänsten",
  }));
}

export function ngoInput(roundId, n, amount = 150_000) {
  return ngoApplicationInput(roundId, {
    title: `Stödverksamhet ${n}`,
    description: "Stödsamtal och skyddat boende för våldsutsatta kvinnor och deras barn.",
    supportMissing: n % 2 === 0,
    targetGroups: "Våldsutsatta kvinnor och barn",
    periodStart: "2027-01-01",
    periodEnd: "2027-12-31",
    requestedAmount: amount,
  });
}

const SAVE_EVENT = `mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`;
const PUBLISH_EVENT = `mutation($id: ID!) { publishTrainingEvent(id: $id) { id } }`;
const REGISTER = `mutation($e: ID!, $p: [ParticipantInput!]!) { registerForTraining(eventId: $e, participants: $p) { id } }`;
const SAVE_NETWORK = `mutation($i: SaveNetworkInput!) { saveNetwork(input: $i) { id } }`;
const ADD_MEMBERS = `mutation($n: ID!, $o: [ID!]!) { addNetworkMembers(networkId: $n, organisationIds: $o) { id } }`;
const SCHEDULE = `mutation($i: ScheduleMeetingInput!) { scheduleNetworkMeeting(input: $i) { id } }`;
const NGO_APPLY = `mutation($i: NgoApplicationInput!) { submitNgoApplication(input: $i) { id } }`;
const REQUISITION = `mutation($i: RequisitionInput!) { requisitionDevelopmentFunds(input: $i) { id } }`;

/** Creates `count` published training events, each with `perEvent` registrations from two kommuner. */
export async function trainingEvents(servers, accounts, count, perEvent, first = 0) {
  const { lansstyrelser, kommuner } = accounts;
  const on = (i) => servers[i % servers.length].baseUrl;
  const ids = await pool(
    Array.from({ length: count }, (_, k) => first + k),
    CONCURRENCY,
    async (i) => {
      const lst = lansstyrelser[i % lansstyrelser.length];
      const { saveTrainingEvent } = await must(on(i), lst.token, SAVE_EVENT, { i: eventInput(i) });
      await must(on(i + 1), lst.token, PUBLISH_EVENT, { id: saveTrainingEvent.id });
      return saveTrainingEvent.id;
    },
    progress(`${count} training events`),
  );
  const calls = ids.flatMap((id, k) => {
    const half = Math.ceil(perEvent / 2);
    return [
      { id, k, part: 0, n: half, kommun: kommuner[(2 * (first + k)) % kommuner.length] },
      { id, k, part: 1, n: perEvent - half, kommun: kommuner[(2 * (first + k) + 1) % kommuner.length] },
    ].filter((c) => c.n > 0);
  });
  // At most 30 people per request (the API's limit), so bigger halves go in several calls.
  const chunks = calls.flatMap((c) => Array.from({ length: Math.ceil(c.n / 25) }, (_, j) => ({ ...c, j, n: Math.min(25, c.n - j * 25) })));
  await pool(
    chunks,
    CONCURRENCY,
    async (c, i) => {
      await must(on(i), c.kommun.token, REGISTER, { e: c.id, p: participants(`${first + c.k}-${c.part}-${c.j}`, c.n, c.kommun.code) });
    },
    progress(`${count * perEvent} registrations`),
  );
  return ids;
}

/** Creates `count` networks convened by the länsstyrelser with their county's kommuner as members, and `meetings` meetings among them. */
export async function networks(servers, accounts, count, meetings, first = 0) {
  const { lansstyrelser, kommuner } = accounts;
  const on = (i) => servers[i % servers.length].baseUrl;
  const perNetwork = Math.floor(meetings / count);
  const extra = meetings - perNetwork * count;
  return pool(
    Array.from({ length: count }, (_, k) => first + k),
    CONCURRENCY,
    async (i, k) => {
      const lst = lansstyrelser[i % lansstyrelser.length];
      const { saveNetwork } = await must(on(i), lst.token, SAVE_NETWORK, {
        i: {
          name: `Nätverk ${String(i + 1).padStart(3, "0")} ${lst.name}`,
          topic: TOPICS[i % TOPICS.length],
          description: "Regionalt nätverk för samordnare.",
        },
      });
      const members = kommuner.filter((m) => m.countyCode === lst.countyCode).map((m) => m.id);
      if (members.length) await must(on(i + 1), lst.token, ADD_MEMBERS, { n: saveNetwork.id, o: members });
      let left = perNetwork + (k < extra ? 1 : 0);
      let series = 0;
      while (left > 0) {
        const repeat = Math.min(12, left);
        const start = new Date(Date.now() + (7 + ((i * 3 + series * 5) % 30)) * DAY);
        start.setUTCHours(8, 0, 0, 0);
        await must(on(i + series), lst.token, SCHEDULE, {
          i: {
            networkId: saveNetwork.id,
            title: `Nätverksträff ${series + 1}`,
            startsAt: start.toISOString(),
            endsAt: new Date(start.getTime() + 3 * 3_600_000).toISOString(),
            location: "Länsstyrelsen",
            repeatCount: repeat,
            repeatIntervalMonths: 1,
          },
        });
        left -= repeat;
        series++;
      }
      return saveNetwork.id;
    },
    progress(`${count} networks, ${meetings} meetings`),
  );
}

export async function ngoApplications(servers, ngoToken, roundId, count, first = 0, amount = 150_000) {
  return pool(
    Array.from({ length: count }, (_, k) => first + k),
    CONCURRENCY,
    async (n, i) => {
      const data = await must(servers[i % servers.length].baseUrl, ngoToken, NGO_APPLY, { i: ngoInput(roundId, n, amount) });
      return data.submitNgoApplication.id;
    },
    progress(`${count} NGO applications`),
  );
}

export async function requisitions(servers, kommuner, roundId) {
  return pool(
    kommuner,
    CONCURRENCY,
    async (k, i) => {
      await must(servers[i % servers.length].baseUrl, k.token, REQUISITION, {
        i: {
          roundId,
          amount: 50_000,
          contactName: "Samordnare",
          contactEmail: "samordnare@example.se",
          paymentMethod: "BANKGIRO",
          paymentNumber: "5050-1055",
          organisationNumber: "212000-1520",
          plannedUse: [{ category: "KOMPETENSUTVECKLING", amount: 50_000 }],
        },
      });
    },
    progress(`${kommuner.length} requisitions`),
  );
}

export async function openRound(baseUrl, token, year) {
  const data = await must(baseUrl, token, `mutation($i: OpenDevelopmentFundRoundInput!) { openDevelopmentFundRound(input: $i) { id ngoPot { id } } }`, {
    i: {
      year,
      opensAt: new Date(Date.now() - DAY).toISOString(),
      closesAt: new Date(Date.now() + 60 * DAY).toISOString(),
      followUpDueDate: `${year + 1}-05-31`,
    },
  });
  await must(baseUrl, token, `mutation($r: ID!) { publishAllocation(roundId: $r) { id } }`, { r: data.openDevelopmentFundRound.id });
  return { roundId: data.openDevelopmentFundRound.id, ngoCallId: data.openDevelopmentFundRound.ngoPot.id };
}
