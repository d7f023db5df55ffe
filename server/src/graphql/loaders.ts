import { createAuthLoaders } from "../auth/auth.loaders";
import type { Database } from "../db/database";
import type { LeanRequest } from "../db/lean-read";
import { createGrantLoaders } from "../modules/grants/grant.loaders";
import { createTrainingLoaders } from "../modules/trainings/training.loaders";
import { createNetworkLoaders } from "../modules/networks/network.loaders";
import { createDevelopmentFundLoaders } from "../modules/development-funds/development-fund.loaders";
import { createQuestionnaireLoaders } from "../modules/questionnaires/questionnaire.loaders";
import { createCountyWorkLoaders } from "../modules/county-work/county-work.loaders";
import { createOrganisationLoaders } from "../modules/organisations/organisation.loaders";
import { createUserLoaders } from "../modules/users/user.loaders";

/** Every per-request DataLoader, one factory per module; created anew for each request. */
/** `lean` is what the loaders reading lean (db/lean-read.ts) know of the request's operation. */
export function createLoaders(db: Database, lean: LeanRequest) {
  return {
    ...createAuthLoaders(db),
    ...createOrganisationLoaders(db, lean),
    ...createUserLoaders(db, lean),
    ...createGrantLoaders(db, lean),
    ...createTrainingLoaders(db, lean),
    ...createNetworkLoaders(db, lean),
    ...createDevelopmentFundLoaders(db),
    ...createQuestionnaireLoaders(db),
    ...createCountyWorkLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
