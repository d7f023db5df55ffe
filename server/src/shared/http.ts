import type { NextFunction, Request, Response } from "express";
import type { Actor } from "../auth/actor";
import { isConnectionError } from "../db/driver-errors";
import { AppError, CommonErrors, translateError } from "./errors";
import { localiseReason } from "./field-messages";
import { currentLocale } from "./request-context";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409 };

/**
 * A plain HTTP endpoint (downloads, uploads) with the same sign-in and error shape as /graphql:
 * `{ error: { code, message } }` with a matching status.
 */
export function authenticatedRoute(
  resolveActor: (req: Request) => Promise<Actor | null>,
  handler: (actor: Actor, req: Request, res: Response) => Promise<void>,
) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const actor = await resolveActor(req);
      if (!actor) throw CommonErrors.unauthenticated();
      await handler(actor, req, res);
    } catch (err) {
      if (isConnectionError(err)) {
        const unavailable = CommonErrors.databaseUnavailable();
        res.status(503).json({ error: { code: "SERVICE_UNAVAILABLE", retryable: true, message: translateError(unavailable.messageKey, undefined, currentLocale()) } });
        return;
      }
      if (err instanceof AppError) {
        const code = String(err.extensions.code);
        const locale = currentLocale();
        res.status(STATUS[code] ?? 400).json({ error: { code, message: translateError(err.messageKey, localiseReason(err.params, locale), locale) ?? err.message } });
        return;
      }
      next(err);
    }
  };
}
