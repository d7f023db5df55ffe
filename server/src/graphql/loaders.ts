import { createAuthLoaders } from "../auth/auth.loaders";
import type { Database } from "../db/database";
import { createGrantLoaders } from "../modules/grants/grant.loaders";
import { createTrainingLoaders } from "../modules/trainings/training.loaders";
import { createNetworkLoaders } from "../modules/networks/network.loaders";
import { createDevelopmentFundLoaders } from "../modules/development-funds/development-fund.loaders";
import { createQuestionnaireLoaders } from "../modules/questionnaires/questionnaire.loaders";
import { createCountyWorkLoaders } from "../modules/county-work/county-work.loaders";
import { createOrganisationLoaders } from "../modules/organisations/organisation.loaders";
import { createUserLoaders } from "../modules/users/user.loaders";

/** Every per-request DataLoader, one factory per module; created anew for each request. */
export function createLoaders(db: Database) {
  return {
    ...createAuthLoaders(db),
    ...createOrganisationLoaders(db),
    ...createUserLoaders(db),
    ...createGrantLoaders(db),
    ...createTrainingLoaders(db),
    ...createNetworkLoaders(db),
    ...createDevelopmentFundLoaders(db),
    ...createQuestionnaireLoaders(db),
    ...createCountyWorkLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
