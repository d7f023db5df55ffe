import fs from "node:fs";
import path from "node:path";
import madge from "madge";
import { beforeAll, describe, expect, it } from "vitest";

/*
 * The web app's layout rule (README, Architecture): modules/<domain>/ holds what is reusable,
 * portals/<portal>/ only what a route renders plus a routes.tsx exporting `routes`, and
 * app/router.tsx composes the portals. Nothing imports in a circle.
 *
 * A static check: it needs no database, so the run on MySQL/MariaDB (the same files a second
 * time) skips it.
 */
const root = path.resolve(__dirname, "../..");
const src = path.join(root, "web/src");
const portalsDir = path.join(src, "portals");
const portals = fs
  .readdirSync(portalsDir, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** Every file of web/src (relative, e.g. "portals/grants/CallPage.tsx") with the files it imports. */
let graph: Record<string, string[]>;
let cycles: string[][];

describe.skipIf(Boolean(process.env.SAMVERKA_TEST_MYSQL_URL))("the web app's layout", () => {
  beforeAll(async () => {
    const result = await madge(src, {
      fileExtensions: ["ts", "tsx"],
      tsConfig: path.join(root, "web/tsconfig.json"),
      excludeRegExp: [/^generated\//],
    });
    graph = result.obj();
    cycles = result.circular();
  });

  it("has no import cycles", () => {
    expect(cycles).toEqual([]);
  });

  it("gives every portal a routes.tsx exporting its routes, and the router composes them all", () => {
    const router = fs.readFileSync(path.join(src, "app/router.tsx"), "utf8");
    for (const portal of portals) {
      const file = path.join(portalsDir, portal, "routes.tsx");
      expect(fs.existsSync(file), `${portal}/routes.tsx`).toBe(true);
      expect(fs.readFileSync(file, "utf8"), `${portal}/routes.tsx`).toMatch(/^export const routes: RouteObject\[\] = /m);
      expect(router, `router.tsx composes ${portal}`).toContain(`import { routes as `);
      expect(graph["app/router.tsx"]).toContain(`portals/${portal}/routes.tsx`);
    }
  });

  it("keeps only routed pages and layouts in a portal folder; everything else lives in modules/ or app/", () => {
    for (const portal of portals) {
      const routes = graph[`portals/${portal}/routes.tsx`] ?? [];
      const files = Object.keys(graph).filter((f) => f.startsWith(`portals/${portal}/`) && !f.startsWith(`portals/${portal}/i18n`));
      for (const file of files) {
        if (file.endsWith("/routes.tsx")) continue;
        expect(path.dirname(file), `${file} sits directly in the portal folder`).toBe(`portals/${portal}`);
        expect(routes, `${file} is rendered by a route of ${portal}`).toContain(file);
      }
    }
  });

  it("lets only the router import from portals", () => {
    const offenders = Object.entries(graph)
      .filter(([file]) => file !== "app/router.tsx")
      .flatMap(([file, deps]) =>
        deps
          .filter((dep) => dep.startsWith("portals/") && !(file.startsWith("portals/") && file.split("/")[1] === dep.split("/")[1]))
          .map((dep) => `${file} -> ${dep}`),
      );
    expect(offenders).toEqual([]);
  });
});
