// The baseline: a minimal HTTP handler on mysql2 that answers the benchmark's portal list
// queries (and `{ __typename }`) with hand-written SQL and returns byte-for-byte the JSON the GraphQL endpoint returns.
// Like the real server it resolves the session from the bearer token first (one statement).
import { createHmac } from "node:crypto";
import http from "node:http";
import mysql from "mysql2/promise";

const url = process.env.DATABASE_URL.replace(/^mariadb:/, "mysql:");
const db = mysql.createPool({
  uri: url,
  connectionLimit: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  timezone: "Z",
  supportBigNumbers: true,
  bigNumberStrings: false,
});
const secret = process.env.SESSION_SECRET;
const PAGE = 50;

async function actor(req) {
  const header = req.headers.authorization ?? "";
  if (!header.startsWith("Bearer ")) return null;
  const id = createHmac("sha256", secret).update(header.slice(7).trim()).digest("hex");
  const [rows] = await db.query(
    "SELECT u.id AS userId, u.organisationId AS organisationId FROM session s JOIN `user` u ON u.id = s.userId WHERE s.id = ? AND s.expiresAt > ? AND u.active = 1",
    [id, new Date()],
  );
  return rows[0] ?? null;
}

const iso = (d) => (d ? new Date(d).toISOString() : null);

const handlers = {
  // `{ __typename }`: the fixed cost of a request (session, parsing, answering) with nothing to fetch.
  async typename() {
    return { __typename: "Query" };
  },

  async applications(who, { callId }) {
    const where = "a.callId = ? AND (a.status <> 'DRAFT' OR a.organisationId = ?)";
    const params = [Number(callId), who.organisationId];
    const [[count], [rows]] = await Promise.all([
      db.query(`SELECT COUNT(*) AS total FROM grant_application a WHERE ${where}`, params),
      db.query(
        `SELECT a.id, a.title, a.status, a.requestedAmount, a.submittedAt, o.id AS orgId, o.name AS orgName FROM grant_application a JOIN organisation o ON o.id = a.organisationId WHERE ${where} ORDER BY a.id DESC LIMIT ${PAGE}`,
        params,
      ),
    ]);
    const items = rows.map((r) => ({
      id: String(r.id),
      title: r.title,
      status: r.status,
      requestedAmount: r.requestedAmount,
      submittedAt: iso(r.submittedAt),
      organisation: { id: String(r.orgId), name: r.orgName },
    }));
    return { grantApplications: { total: Number(count[0].total), items } };
  },

  async events() {
    const [[count], [rows]] = await Promise.all([
      db.query("SELECT COUNT(*) AS total FROM training_event e WHERE e.status = 'PUBLISHED'"),
      db.query(
        `SELECT e.id, e.title, e.type, e.startsAt, e.capacity, e.confirmedCount, o.id AS orgId, o.name AS orgName FROM training_event e JOIN organisation o ON o.id = e.organiserOrganisationId WHERE e.status = 'PUBLISHED' ORDER BY e.startsAt ASC, e.id ASC LIMIT ${PAGE}`,
      ),
    ]);
    const items = rows.map((r) => ({
      id: String(r.id),
      title: r.title,
      type: r.type,
      startsAt: iso(r.startsAt),
      capacity: r.capacity,
      confirmedCount: r.confirmedCount,
      placesLeft: Math.max(0, r.capacity - r.confirmedCount),
      organiser: { id: String(r.orgId), name: r.orgName },
    }));
    return { trainingEvents: { total: Number(count[0].total), items } };
  },

  async networks(who) {
    const visible = "n.convenerOrganisationId = ? OR EXISTS (SELECT 1 FROM network_member mb WHERE mb.networkId = n.id AND mb.organisationId = ?)";
    const own = [who.organisationId, who.organisationId];
    const [[count], [rows]] = await Promise.all([
      db.query(`SELECT COUNT(*) AS total FROM network n WHERE ${visible}`, own),
      db.query(
        `SELECT n.id, n.name, n.topic, o.id AS orgId, o.name AS orgName FROM network n JOIN organisation o ON o.id = n.convenerOrganisationId WHERE ${visible} ORDER BY n.name ASC, n.id ASC LIMIT ${PAGE}`,
        own,
      ),
    ]);
    const ids = rows.map((r) => r.id);
    const [members] = ids.length
      ? await db.query("SELECT mb.networkId, o.id, o.name FROM network_member mb JOIN organisation o ON o.id = mb.organisationId WHERE mb.networkId IN (?)", [
          ids,
        ])
      : [[]];
    const items = rows.map((r) => ({
      id: String(r.id),
      name: r.name,
      topic: r.topic,
      convener: { id: String(r.orgId), name: r.orgName },
      members: members
        .filter((m) => m.networkId === r.id)
        .map((m) => ({ organisation: { id: String(m.id), name: m.name } }))
        .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, "sv")),
    }));
    return { networks: { total: Number(count[0].total), items } };
  },
};

const server = http.createServer(async (req, res) => {
  const name = req.url.replace(/^\/raw\//, "").split("?")[0];
  const handler = handlers[name];
  let body = "";
  for await (const chunk of req) body += chunk;
  try {
    if (!handler) throw Object.assign(new Error("no such list"), { status: 404 });
    const who = await actor(req);
    if (!who) throw Object.assign(new Error("not signed in"), { status: 401 });
    const data = await handler(who, body ? JSON.parse(body) : {});
    res.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    res.end(JSON.stringify({ data }));
  } catch (err) {
    res.writeHead(err.status ?? 500, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: err.message }));
  }
});
server.listen(Number(process.env.PORT), process.env.HOST ?? "127.0.0.1", () => process.stdout.write("raw handler ready\n"));
process.on("SIGTERM", () => server.close(() => db.end().then(() => process.exit(0))));
