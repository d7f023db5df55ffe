import type { NextFunction, Request, Response } from "express";
import type { Actor } from "../auth/actor";
import { databaseProblem } from "../db/driver-errors";
import { AppError, CommonErrors, translateError } from "./errors";
import { currentLocale } from "./request-context";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, BAD_USER_INPUT: 400, CONFLICT: 409, SERVICE_UNAVAILABLE: 503 };

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
      const coded = databaseProblem(err)?.error ?? err;
      if (coded instanceof AppError) {
        sendError(res, coded);
        return;
      }
      next(err);
    }
  };
}

/** A refusal as every plain HTTP endpoint answers it: `{ error: { code, message } }` with a matching status, in the request's language. */
export function sendError(res: Response, coded: AppError) {
  const code = String(coded.extensions.code);
  const locale = currentLocale();
  const retryable = coded.extensions.retryable;
  const message = translateError(coded.messageKey, coded.params, locale) ?? coded.message;
  res.status(STATUS[code] ?? 400).json({ error: { code, ...(retryable === undefined ? {} : { retryable }), message } });
}

export const CSV_TYPE = "text/csv; charset=utf-8";
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const PDF_TYPE = "application/pdf";
export const ICS_TYPE = "text/calendar; charset=utf-8";
export const JSON_TYPE = "application/json; charset=utf-8";
export const ZIP_TYPE = "application/zip";

/** A file the browser saves (a CSV, a workbook, a letter) under the given name. */
export function sendDownload(res: Response, filename: string, contentType: string, body: string | Buffer) {
  res.setHeader("Content-Type", contentType);
  res.setHeader("Content-Disposition", `attachment; filename="${filename}"`);
  res.send(body);
}
