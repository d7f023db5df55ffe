// Summarises a V8 .cpuprofile (node --cpu-prof, or bench/profile.mjs): self time by area (a
// package, or a folder of the server's own code), again with the time of native functions charged
// to their nearest caller outside Node and V8, by layer of a request (GraphQL, TypeORM, mysql2, …), then the functions with the most self time.
//   node bench/cpuprofile-summary.mjs <file.cpuprofile> [requests] [top]
// With `requests`, each figure is also given in ms per request.
import fs from "node:fs";

/** The area a frame's code belongs to: its package under node_modules, the server's folder, or Node/V8. */
export function areaOf(frame) {
  const url = frame.url ?? "";
  if (!url) {
    if (/^\((garbage collector|program|idle|root)\)$/.test(frame.functionName)) return frame.functionName;
    return "(native: V8 builtins, JSON, crypto)";
  }
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const own = url.match(/server\/dist\/(.+)\/[^/]+\.js$/) ?? url.match(/server\/dist\/([^/]+)\.js$/);
  if (own) {
    const parts = own[1].split("/");
    return `samverka: ${parts[0] === "modules" ? parts.slice(0, 2).join("/") : parts[0]}`;
  }
  if (url.startsWith("node:")) return `node: ${url.slice(5).split("/")[0] === "internal" ? url.slice(5).split("/").slice(0, 2).join("/") : url.slice(5)}`;
  return url;
}

const OTHER = "Other (Node internals: streams, async hooks, timers; V8)";

/** Layers of a request, by area (after charging native functions to their caller); the first that matches. */
export const LAYERS = [
  ["GraphQL execution (graphql-jit, graphql-js)", /^(graphql|graphql-jit|graphql-parse-resolve-info|graphql-scalars)$/],
  ["type-graphql and input checks (class-validator)", /^(type-graphql|class-validator|class-transformer|reflect-metadata)$/],
  ["Resolvers, services, loaders (samverka: modules, dataloader)", /^(samverka: modules|dataloader)/],
  ["Permission map (graphql-shield)", /^graphql-shield/],
  ["Samverka request plumbing (samverka: graphql — context, loaders, cost, deadline)", /^samverka: (graphql|app|shared|db)/],
  ["Session (samverka: auth)", /^samverka: auth/],
  ["TypeORM (query building, hydration)", /^typeorm/],
  ["mysql2 (protocol, parsing, socket writes)", /^(mysql2|sql-escaper|lru|named-placeholders|denque|generate-function|long|iconv-lite|aws-ssl|seq-queue)/],
  ["Request log (pino)", /^(pino|pino-http|@pinojs|sonic-boom|thread-stream)/],
  [
    "Express, Apollo Server, HTTP (with response writes)",
    /^(express|router|body-parser|raw-body|@apollo|@as-integrations|negotiator|etag|type-is|helmet|cookie-parser|cors|send|finalhandler|on-finished|accepts|content-type|qs|fresh|statuses|depd|http-errors|mime|media-typer|proxy-addr|forwarded|ipaddr|vary|compression|node: _http|node: net|node: http)/,
  ],
  ["JSON serialisation of the answer", /^JSON$/],
  ["Garbage collection", /^\(garbage collector\)$/],
];

const NATIVE = "(native: V8 builtins, JSON, crypto)";

export function summarise(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  /** The nearest caller outside Node and V8 (a package, the server's code): where a native function's time (a socket write, JSON.stringify) is charged. */
  const caller = (id) => {
    let at = parent.get(id);
    while (at !== undefined && /^(node:|$)/.test(byId.get(at).callFrame.url)) at = parent.get(at);
    return at === undefined ? null : byId.get(at).callFrame;
  };
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    // A sample's time is the gap to the next one (the last takes the previous gap).
    const us = deltas[i + 1] ?? deltas[i] ?? 0;
    self.set(id, (self.get(id) ?? 0) + us);
  });
  const areas = new Map();
  const charged = new Map();
  const layers = new Map();
  const fns = new Map();
  let total = 0;
  let idle = 0;
  for (const [id, us] of self) {
    const f = byId.get(id).callFrame;
    const area = areaOf(f);
    if (area === "(idle)") {
      idle += us;
      continue;
    }
    total += us;
    areas.set(area, (areas.get(area) ?? 0) + us);
    const from = area === NATIVE ? caller(id) : null;
    const chargedTo = from ? areaOf(from) : area;
    charged.set(chargedTo, (charged.get(chargedTo) ?? 0) + us);
    // The answer's JSON.stringify runs in Apollo Server's prettyJSONStringify.
    const json = f.functionName === "prettyJSONStringify" || from?.functionName === "prettyJSONStringify";
    const layer = json ? "JSON serialisation of the answer" : (LAYERS.find(([, re]) => re.test(chargedTo)) ?? [OTHER])[0];
    layers.set(layer, (layers.get(layer) ?? 0) + us);
    const where = (fr) => `${fr.functionName || "(anonymous)"} ${areaOf(fr)} ${String(fr.url).split("/").slice(-1)[0]}:${fr.lineNumber + 1}`;
    const key = from ? `${where(f)} ← ${where(from)}` : where(f);
    fns.set(key, (fns.get(key) ?? 0) + us);
  }
  const sort = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { totalMs: total / 1000, idleMs: idle / 1000, areas: sort(areas), charged: sort(charged), layers: sort(layers), functions: sort(fns) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, requests, top = "25"] = process.argv.slice(2);
  const s = summarise(JSON.parse(fs.readFileSync(file, "utf8")));
  const per = (us) => (requests ? ` ${(us / 1000 / Number(requests)).toFixed(3)} ms/req` : "");
  console.log(
    `busy ${s.totalMs.toFixed(0)} ms, idle ${s.idleMs.toFixed(0)} ms${requests ? `, ${requests} requests: ${(s.totalMs / Number(requests)).toFixed(3)} ms/req` : ""}`,
  );
  console.log("\nSelf time by area:");
  for (const [a, us] of s.areas.slice(0, 30)) console.log(`  ${((100 * us) / 1000 / s.totalMs).toFixed(1).padStart(5)} %${per(us)}  ${a}`);
  console.log("\nBy layer:");
  for (const [a, us] of s.layers) console.log(`  ${((100 * us) / 1000 / s.totalMs).toFixed(1).padStart(5)} %${per(us)}  ${a}`);
  console.log("\nSelf time by area, native functions charged to their caller:");
  for (const [a, us] of s.charged.slice(0, 30)) console.log(`  ${((100 * us) / 1000 / s.totalMs).toFixed(1).padStart(5)} %${per(us)}  ${a}`);
  console.log("\nFunctions by self time (a native one with its caller):");
  for (const [f, us] of s.functions.slice(0, Number(top))) console.log(`  ${((100 * us) / 1000 / s.totalMs).toFixed(1).padStart(5)} %  ${f}`);
}
