import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";

/*
 * The web app loads fast: the sign-in page needs only the JavaScript that web/dist/index.html
 * references (the entry and its modulepreload links) and the shell's texts in the language shown;
 * Apollo Client, each portal's pages, the charts and the map load on demand. Production builds
 * carry no source maps.
 *
 * A static check of the build: it needs no database, so the run on MySQL/MariaDB skips it.
 */
const root = path.resolve(__dirname, "../..");
const dist = path.join(root, "web/dist");

/** The gzip budget of the sign-in page's JavaScript, in bytes. */
const budget = 150_000;

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
    // Before the first render the entry loads the shell's texts in one language: the larger one is counted.
    const texts = fs
      .readdirSync(path.join(dist, "assets"))
      .filter((f) => /^i18n-common-(sv|en)-.*\.js$/.test(f))
      .map((f) => `assets/${f}`);
    expect(texts).toHaveLength(2);
    const gzipped = (file: string) => zlib.gzipSync(fs.readFileSync(path.join(dist, file))).length;
    const language = texts.reduce((a, b) => (gzipped(a) >= gzipped(b) ? a : b));
    const sizes = Object.fromEntries([...scripts, language].map((file) => [file, gzipped(file)]));
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    expect(total, `gzip bytes of ${JSON.stringify(sizes, null, 2)}`).toBeLessThanOrEqual(budget);
  });

  it("leaves Apollo Client, the signed-in layout, the portals, the charts and the map out of the sign-in page", () => {
    const html = fs.readFileSync(path.join(dist, "index.html"), "utf8");
    const eager = [...html.matchAll(/"\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
    const lazy = [/^charts-/, /^geo-/, /^graphql-(?!print-)/, /^ApolloShell-/, /^Layout-/, /^GrantsHome-/, /^StartPage-/, /^i18n-[a-z-]+-(sv|en)-/];
    for (const pattern of lazy) expect(eager.filter((f) => pattern.test(f))).toEqual([]);
    const assets = fs.readdirSync(path.join(dist, "assets"));
    for (const pattern of lazy)
      expect(
        assets.some((f) => pattern.test(f)),
        String(pattern),
      ).toBe(true);
  });

  it("serves no source maps", () => {
    expect(filesUnder(dist).filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const file of filesUnder(dist).filter((f) => f.endsWith(".js"))) expect(fs.readFileSync(file, "utf8"), file).not.toContain("sourceMappingURL=");
  });
});
