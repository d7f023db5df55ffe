import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The web app's texts: the `common` namespace (web/src/app/i18n) and one namespace per portal
 * (web/src/portals/<portal>/i18n), each in Swedish and English. A static check: the run on
 * MySQL/MariaDB skips it.
 */
const src = path.resolve(__dirname, "../../web/src");
const portalsDir = path.join(src, "portals");
const namespaces: Record<string, string> = {
  common: path.join(src, "app/i18n"),
  ...Object.fromEntries(
    fs
      .readdirSync(portalsDir)
      .filter((portal) => fs.existsSync(path.join(portalsDir, portal, "i18n")))
      .map((portal) => [portal, path.join(portalsDir, portal, "i18n")]),
  ),
};

async function texts(dir: string, lang: "sv" | "en"): Promise<Record<string, unknown>> {
  return (await import(path.join(dir, `${lang}.ts`))).default;
}

function keys(tree: Record<string, unknown>, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v as Record<string, unknown>, `${prefix}${k}.`)));
}

describe.skipIf(Boolean(process.env.SAMVERKA_TEST_MYSQL_URL))("the web app's texts", () => {
  it("has a namespace for each portal with texts of its own besides common", () => {
    expect(Object.keys(namespaces).sort()).toEqual([
      "admin",
      "audit",
      "common",
      "county-work",
      "development-funds",
      "grants",
      "networks",
      "notifications",
      "questionnaires",
      "reports",
      "search",
      "statistics",
      "trainings",
    ]);
  });

  it.each(Object.keys(namespaces))("has the same keys in Swedish and English in the %s namespace", async (ns) => {
    const sv = keys(await texts(namespaces[ns], "sv")).sort();
    const en = keys(await texts(namespaces[ns], "en")).sort();
    expect(sv.length).toBeGreaterThan(0);
    expect(en).toEqual(sv);
  });

  it("gives no two namespaces the same top-level key, so that a key names its namespace", async () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [ns, dir] of Object.entries(namespaces)) {
      for (const key of Object.keys(await texts(dir, "sv"))) {
        if (owner.has(key)) clashes.push(`${key}: ${owner.get(key)} and ${ns}`);
        owner.set(key, ns);
      }
    }
    expect(clashes).toEqual([]);
  });
});
