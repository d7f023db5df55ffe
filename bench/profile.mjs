// CPU profiles of one Samverka server process under a fixed number of requests, summarised by area
// (see cpuprofile-summary.mjs). Makes its own database on MySQL/MariaDB, with a smaller data set than
// `npm run bench` but the same pages: the applications list (50 rows), training events (50 rows),
// networks with members (a kommun's), `{ __typename }`, all sent by hash; and the registration burst
// (1 000 registrations for 30 seats, all on the profiled process). Dropped afterwards.
//   node bench/profile.mjs [names…]   names: typename applications events networks burst (default all), and burst2:
//   the burst over both processes without the profiler, timed as `npm run bench` does
//   BENCH_MYSQL_URL (default mysql://root@127.0.0.1:3306), PROFILE_REQUESTS (default 2000),
//   PROFILE_OUT folder for the .cpuprofile files (default a temporary folder, printed)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import autocannon from "autocannon";
import mysql from "mysql2/promise";
import { summarise } from "./cpuprofile-summary.mjs";
import { createAccounts, eventInput, networks, ngoApplications, openRound, participants, trainingEvents } from "./generate.mjs";
import { BENCH_DOCUMENTS, cpuMs, gql, login, must, ROOT, sha256, startServer, writeTrustedDocuments } from "./lib.mjs";

const SERVER = (process.env.BENCH_MYSQL_URL ?? "mysql://root@127.0.0.1:3306").replace(/\/+$/, "");
const REQUESTS = Number(process.env.PROFILE_REQUESTS ?? 2000);
const OUT = process.env.PROFILE_OUT ?? fs.mkdtempSync(path.join(os.tmpdir(), "samverka-profile-"));
const ONLY = process.argv.slice(2);
const wanted = (name) => !ONLY.length || ONLY.includes(name);
const say = (s = "") => process.stdout.write(`${s}\n`);

async function main() {
  execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "-p", "server"], { cwd: ROOT, stdio: "inherit" });
  fs.mkdirSync(OUT, { recursive: true });
  const trusted = writeTrustedDocuments();
  const plain = SERVER.replace(/^mariadb:/, "mysql:");
  const name = `samverka_profile_${process.pid}`;
  const admin = await mysql.createConnection(`${plain}/mysql`);
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const databaseUrl = `${SERVER}/${name}`;
  const conn = await mysql.createConnection({ uri: `${plain}/${name}`, timezone: "Z" });
  const processes = [];
  try {
    // The first process makes the data and counts statements; the second is profiled.
    const setup = await startServer("setup", databaseUrl, { TRUSTED_DOCUMENTS_FILE: trusted, COUNT_SQL_STATEMENTS: "true" });
    processes.push(setup);
    const profiled = await startServer("profiled", databaseUrl, { TRUSTED_DOCUMENTS_FILE: trusted, PROFILE_OUT: OUT }, [
      "--import",
      pathToFileURL(path.join(ROOT, "bench/profile-hook.mjs")).href,
    ]);
    processes.push(profiled);
    const servers = [setup];
    const sos = await login(setup.baseUrl, "handlaggare@socialstyrelsen.demo.samverka.se");
    const ngo = await login(setup.baseUrl, "ansokan@kvinnojouren-goteborg.demo.samverka.se");
    // Signing in is slow by design (the password hash): every länsstyrelse, and kommuner only as many as the events need.
    let signed = 0;
    const all = await createAccounts(conn, servers, (a) => a.kind === "LANSSTYRELSE" || a.code === "1480" || (a.kind === "KOMMUN" && signed++ < 20));
    // Networks take every kommun of their county as a member; registrations come from those signed in.
    const accounts = { ...all, kommuner: all.kommuner.filter((x) => x.token) };
    const l14 = accounts.lansstyrelser.find((x) => x.code === "L14");
    const goteborg = accounts.kommuner.find((x) => x.code === "1480");
    const round = await openRound(setup.baseUrl, sos, 2027);
    if (wanted("applications")) await ngoApplications(servers, ngo, round.roundId, 60);
    if (wanted("events")) await trainingEvents(servers, accounts, 60, 50);
    if (wanted("networks")) await networks(servers, all, 300, 0);

    /** Profiles `run` on the profiled process: the CPU it used (/proc) and the profile's summary. */
    let profiles = 0;
    const profile = async (label, requests, run) => {
      process.kill(profiled.pid, "SIGUSR2");
      await new Promise((r) => setTimeout(r, 200));
      const cpu0 = cpuMs(profiled.pid);
      const t0 = performance.now();
      const extra = await run();
      const ms = performance.now() - t0;
      const cpu = cpuMs(profiled.pid) - cpu0;
      process.kill(profiled.pid, "SIGUSR2");
      const file = path.join(OUT, `${++profiles}.cpuprofile`);
      while (!fs.existsSync(file)) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 300));
      const named = path.join(OUT, `${label}.cpuprofile`);
      fs.renameSync(file, named);
      const s = summarise(JSON.parse(fs.readFileSync(named, "utf8")));
      say(
        `\n== ${label}: ${requests} requests in ${ms.toFixed(0)} ms; process CPU ${(cpu / requests).toFixed(3)} ms/req (/proc, with the profiler)${extra ? `; ${extra}` : ""}`,
      );
      say(`   profile ${named}: busy ${(s.totalMs / requests).toFixed(3)} ms/req`);
      for (const [a, us] of s.areas.slice(0, 16))
        say(`   ${((100 * us) / 1000 / s.totalMs).toFixed(1).padStart(5)} %  ${(us / 1000 / requests).toFixed(3)} ms  ${a}`);
      say("   top functions:");
      for (const [f, us] of s.functions.slice(0, 15)) say(`   ${((100 * us) / 1000 / s.totalMs).toFixed(1).padStart(5)} %  ${f}`);
    };

    const lists = [
      { name: "typename", token: sos, vars: {} },
      { name: "applications", token: sos, vars: { callId: round.ngoCallId } },
      { name: "events", token: goteborg.token, vars: {} },
      { name: "networks", token: goteborg.token, vars: {} },
    ];
    for (const list of lists.filter((l) => wanted(l.name))) {
      const body = JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: sha256(BENCH_DOCUMENTS[list.name]) } }, variables: list.vars });
      const headers = { "content-type": "application/json", authorization: `Bearer ${list.token}` };
      const counted = await gql(setup.baseUrl, list.token, BENCH_DOCUMENTS[list.name], list.vars);
      if (counted.errors) throw new Error(JSON.stringify(counted.errors));
      const items = Object.values(counted.data)[0]?.items;
      const load = (amount) => autocannon({ url: `${profiled.baseUrl}/graphql`, method: "POST", connections: 10, amount, headers, body });
      await load(500);
      await profile(list.name, REQUESTS, async () => {
        const r = await load(REQUESTS);
        if (r.non2xx || r.errors) throw new Error(`${list.name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
        return `${counted.statements} SQL statements, ${items ? `${items.length} rows` : "no rows"}`;
      });
    }

    if (wanted("burst") || wanted("burst2")) {
      const REGISTER = `mutation($e: ID!, $p: [ParticipantInput!]!) { registerForTraining(eventId: $e, participants: $p) { status waitlistPosition } }`;
      const event = async (title) => {
        const ev = await must(setup.baseUrl, l14.token, `mutation($i: SaveTrainingEventInput!) { saveTrainingEvent(input: $i) { id } }`, {
          i: eventInput(9999, { title, capacity: 30 }),
        });
        await must(setup.baseUrl, l14.token, `mutation($id: ID!) { publishTrainingEvent(id: $id) { id } }`, { id: ev.saveTrainingEvent.id });
        return ev.saveTrainingEvent.id;
      };
      // Statements of one registration, counted by the setup process: a confirmed one, then a waitlisted one.
      const counting = await event("Räknade anmälningar");
      const seats = [];
      for (let i = 0; i < 31; i++) {
        const k = accounts.kommuner[i % accounts.kommuner.length];
        const r = await gql(setup.baseUrl, k.token, REGISTER, { e: counting, p: participants(`count-${i}`, 1, k.code) });
        if (r.errors) throw new Error(JSON.stringify(r.errors));
        seats.push(r.statements);
      }
      // burst2: as `npm run bench` does it, over both processes, without the profiler.
      if (wanted("burst2")) {
        const twoProcesses = await event("Anmälan över två processer");
        const t0 = performance.now();
        const regs = await Promise.all(
          Array.from({ length: 1000 }, (_, i) => {
            const k = accounts.kommuner[i % accounts.kommuner.length];
            return gql([setup, profiled][i % 2].baseUrl, k.token, REGISTER, { e: twoProcesses, p: participants(`two-${i}`, 1, k.code) });
          }),
        );
        const ms = performance.now() - t0;
        const confirmed = regs.filter((r) => r.data?.registerForTraining?.[0]?.status === "CONFIRMED").length;
        say(`\n== burst2: 1000 registrations over two processes in ${ms.toFixed(0)} ms, ${confirmed} confirmed, ${regs.filter((r) => r.errors).length} errors`);
      }
      if (!wanted("burst")) return;
      const eventId = await event("Kursledarutbildning: anmälan öppnar");
      await profile("burst", 1000, async () => {
        const regs = await Promise.all(
          Array.from({ length: 1000 }, (_, i) => {
            const k = accounts.kommuner[i % accounts.kommuner.length];
            return gql(profiled.baseUrl, k.token, REGISTER, { e: eventId, p: participants(`burst-${i}`, 1, k.code) });
          }),
        );
        const errors = regs.filter((r) => r.errors).length;
        const confirmed = regs.filter((r) => r.data?.registerForTraining?.[0]?.status === "CONFIRMED").length;
        return `${confirmed} confirmed, ${errors} errors; statements per registration: ${seats[0]} confirmed, ${seats[30]} waitlisted`;
      });
    }
  } finally {
    for (const p of processes.reverse()) await p.stop().catch(() => {});
    await conn.end();
    await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await admin.end();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
