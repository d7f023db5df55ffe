import type { Request, Response } from "express";
import { createParameterDecorator } from "type-graphql";
import type { Actor } from "../auth/actor";
import type { Config } from "../config/config";
import type { Services } from "../services";
import { CommonErrors } from "../shared/errors";
import type { LeanRequest } from "../db/lean-read";
import type { Loaders } from "./loaders";

export interface Context {
  actor: Actor | null;
  loaders: Loaders;
  /** What the loaders know of the operation (see db/lean-read.ts); filled in by the executor. */
  lean: LeanRequest;
  services: Services;
  config: Config;
  req: Request;
  res: Response;
  requestId: string;
  /** The bearer token of this request, if any (logout needs it). */
  token?: string;
  /** When (ms since the epoch) this request's time is up: no field is resolved after it (see graphql/limits). */
  deadline?: number;
}

/** The signed-in person; the permission rules have already refused anonymous calls where one is needed. */
export function CurrentActor() {
  return createParameterDecorator<Context>(({ context }) => {
    if (!context.actor) throw CommonErrors.unauthenticated();
    return context.actor;
  });
}
