import { createAuthLoaders } from "../auth/auth.loaders";
import type { Database } from "../db/database";
import { LeanRequest } from "../db/lean-read";
import { createGrantLoaders } from "../modules/grants/grant.loaders";
import { createTrainingLoaders } from "../modules/trainings/training.loaders";
import { createNetworkLoaders } from "../modules/networks/network.loaders";
import { createDevelopmentFundLoaders } from "../modules/development-funds/development-fund.loaders";
import { createQuestionnaireLoaders } from "../modules/questionnaires/questionnaire.loaders";
import { createCountyWorkLoaders } from "../modules/county-work/county-work.loaders";
import { createOrganisationLoaders } from "../modules/organisations/organisation.loaders";
import { createUserLoaders } from "../modules/users/user.loaders";

/** One factory per module, each making that module's per-request DataLoaders. */
const FACTORIES = [
  createAuthLoaders,
  createOrganisationLoaders,
  createUserLoaders,
  createGrantLoaders,
  createTrainingLoaders,
  createNetworkLoaders,
  createDevelopmentFundLoaders,
  createQuestionnaireLoaders,
  createCountyWorkLoaders,
] as const;

type Intersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
export type Loaders = Intersection<ReturnType<(typeof FACTORIES)[number]>>;

const DB = Symbol("database");
const LEAN = Symbol("lean");
let prototype: object | null = null;

/**
 * The prototype of every request's loaders: a getter per loader that, on first use, makes the
 * loaders of its module for that request and keeps them as the request's own properties. Their
 * names are learnt by calling each factory once (making a DataLoader reads nothing).
 */
function loadersPrototype(db: Database): object {
  const proto = {};
  const seen = new Set<string>();
  for (const factory of FACTORIES) {
    const names = Object.keys(factory(db, new LeanRequest()));
    for (const name of names) {
      if (seen.has(name)) throw new Error(`Two modules make a loader called ${name}`);
      seen.add(name);
      Object.defineProperty(proto, name, {
        configurable: true,
        enumerable: true,
        get(this: { [DB]: Database; [LEAN]: LeanRequest }) {
          const made = factory(this[DB], this[LEAN]) as Record<string, unknown>;
          for (const n of names) Object.defineProperty(this, n, { value: made[n], configurable: true, enumerable: true, writable: true });
          return made[name];
        },
      });
    }
  }
  return proto;
}

/**
 * Every per-request DataLoader, created anew for each request: a module's loaders are made the
 * first time one of them is used in the request (most requests use a few of some fifty; a
 * `{ __typename }` none), so that a request does not pay for the rest. `lean` is what the loaders
 * reading lean (db/lean-read.ts) know of the request's operation.
 */
export function createLoaders(db: Database, lean: LeanRequest): Loaders {
  prototype ??= loadersPrototype(db);
  const loaders = Object.create(prototype) as { [DB]: Database; [LEAN]: LeanRequest };
  loaders[DB] = db;
  loaders[LEAN] = lean;
  return loaders as unknown as Loaders;
}
