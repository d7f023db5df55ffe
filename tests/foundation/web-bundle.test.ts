import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";

/*
 * The web app loads fast: the sign-in page needs only the JavaScript that web/dist/index.html
 * references (the entry and its modulepreload links); each portal's pages, the charts and the map
 * load on demand. Production builds carry no source maps.
 *
 * A static check of the build: it needs no database, so the run on MySQL/MariaDB skips it.
 */
const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "web/dist");

/** The gzip budget of the sign-in page's JavaScript, in bytes (Apollo's persisted-query link, which sends the registered hashes, included). */
const budget = 204_000;

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe.skipIf(Boolean(process.env.SAMVERKA_TEST_MYSQL_URL))("the built web app", () => {
  beforeAll(() => {
    // A production build, as `npm start` makes it: the test runner's NODE_ENV=test would give React's development build.
    if (!fs.existsSync(path.join(dist, "index.html")))
      execFileSync("npm", ["run", "build", "-w", "web"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  }, 300_000);

  it("loads the sign-in page with a bounded amount of JavaScript", () => {
    const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
    const scripts = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/([^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.length).toBeGreaterThan(0);
    const sizes = Object.fromEntries(scripts.map((file) => [file, zlib.gzipSync(fs.readFileSync(path.join(dist, file))).length]));
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    expect(total, `gzip bytes of ${JSON.stringify(sizes, null, 2)}`).toBeLessThanOrEqual(budget);
  });

  it("leaves the portals, the charts and the map out of the sign-in page", () => {
    const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
    const eager = [...html.matchAll(/"\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
    for (const lazy of ["charts-", "geo-", "GrantsHome-", "StartPage-"]) expect(eager.filter((f) => f.startsWith(lazy))).toEqual([]);
    const assets = fs.readdirSync(path.join(dist, "assets"));
    expect(assets.some((f) => f.startsWith("charts-"))).toBe(true);
    expect(assets.some((f) => f.startsWith("GrantsHome-"))).toBe(true);
  });

  it("serves no source maps", () => {
    expect(filesUnder(dist).filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const file of filesUnder(dist).filter((f) => f.endsWith(".js"))) expect(fs.readFileSync(file, "utf8"), file).not.toContain("sourceMappingURL=");
  });
});
