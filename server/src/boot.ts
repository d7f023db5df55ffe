import type { App } from "./app";
import type { Config } from "./config/config";
import { migrate } from "./db/data-source";
import { seedDemo, seedReference } from "./db/seed";
import { seedCompetenceHistory } from "./db/seed-competence-history";
import { seedCountyWorkHistory } from "./db/seed-county-work-history";
import { seedFundingHistory, seedStimulusHistory } from "./db/seed-history";

/** Brings a database up to date: migrations, reference data, and demo data in demo mode. */
export async function prepareDatabase(app: App, config: Config) {
  await app.start();
  await migrate(app.ds);
  const reference = await seedReference(app.db);
  const demo = config.demoMode ? await seedDemo(app.db) : { inserted: 0 };
  if (config.demoMode && config.demoHistory)
    demo.inserted +=
      (await seedFundingHistory(app.db)) + (await seedStimulusHistory(app.db)) + (await seedCompetenceHistory(app.db)) + (await seedCountyWorkHistory(app.db));
  return { reference: reference.inserted, demo: demo.inserted };
}
