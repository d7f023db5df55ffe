import express, { type Express, type NextFunction, type Request, type Response } from "express";
import { type Actor, can } from "../../auth/actor";
import { renderCalendar } from "../../shared/calendar";
import { type CsvCell, renderCsv } from "../../shared/csv";
import { CommonErrors } from "../../shared/errors";
import { authenticatedRoute, CSV_TYPE, ICS_TYPE, PDF_TYPE, sendDownload, sendError } from "../../shared/http";
import { AppError } from "../../shared/errors";
import { databaseProblem } from "../../db/driver-errors";
import QRCode from "qrcode";
import { currentLocale } from "../../shared/request-context";
import type { Services } from "../../services";
import { renderCertificate } from "./certificate";

/** The largest page of the public calendar, and how many trainings its iCal feed holds. */
export const PUBLIC_CALENDAR_MAX = 50;
export const PUBLIC_FEED_MAX = 200;

/** Downloads: certificates, calendars, the statistics as CSV; the public training calendar (no sign-in). */
export function registerTrainingRoutes(app: Express, services: Services, resolveActor: (req: Request) => Promise<Actor | null>) {
  app.get("/api/public/trainings", async (req, res, next) => {
    try {
      const limit = Math.min(Math.max(Number(req.query.limit) || 20, 1), PUBLIC_CALENDAR_MAX);
      const offset = Math.max(Number(req.query.offset) || 0, 0);
      res.setHeader("Cache-Control", "public, max-age=60");
      res.json(await services.trainings.publicCalendar({ offset, limit }, currentLocale()));
    } catch (err) {
      next(err);
    }
  });

  app.get("/api/public/trainings.ics", async (_req, res, next) => {
    try {
      const items = await services.trainings.publicCalendarItems(PUBLIC_FEED_MAX, currentLocale());
      res.setHeader("Cache-Control", "public, max-age=300");
      sendDownload(res, "utbildningar.ics", ICS_TYPE, renderCalendar("Samverka: öppna utbildningar", items));
    } catch (err) {
      next(err);
    }
  });

  // ---- the participant's personal link (`/anmalan?token=…`): the token is the key, no sign-in ----

  app.get(
    "/api/public/registration",
    publicRoute(async (req, res) => {
      const view = await services.trainings.participantView(tokenOf(req), req.ip ?? "", currentLocale());
      res.json(await withQrCode(view));
    }),
  );

  app.get(
    "/api/public/registration/calendar.ics",
    publicRoute(async (req, res) => {
      const items = await services.trainings.participantCalendar(tokenOf(req), req.ip ?? "");
      sendDownload(res, "utbildning.ics", ICS_TYPE, renderCalendar("Samverka: utbildning", items));
    }),
  );

  app.post(
    "/api/public/registration/cancel",
    express.json({ limit: "2kb" }),
    publicRoute(async (req, res) => {
      const view = await services.trainings.participantCancel(tokenOf(req), req.ip ?? "", currentLocale());
      res.json(await withQrCode(view));
    }),
  );

  app.get(
    "/api/course-leaders/:id/certificate.pdf",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const data = await services.trainings.courseLeaderForCertificate(actor, Number(req.params.id));
      sendDownload(
        res,
        `intyg-kursledare-${data.leader.id}.pdf`,
        PDF_TYPE,
        await renderCertificate({ ...data, lang: await services.users.languageOf(actor.userId) }),
      );
    }),
  );

  app.get(
    "/api/training-events/:id/calendar.ics",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const items = await services.trainings.calendarOfEvent(actor, Number(req.params.id));
      sendDownload(res, `utbildning-${req.params.id}.ics`, ICS_TYPE, renderCalendar("Samverka: utbildning", items));
    }),
  );

  app.get(
    "/api/my-training-registrations/calendar.ics",
    authenticatedRoute(resolveActor, async (actor, _req, res) => {
      const items = await services.trainings.calendarOfRegistrations(actor);
      sendDownload(res, `utbildningar.ics`, ICS_TYPE, renderCalendar("Samverka: våra utbildningar", items));
    }),
  );

  app.get(
    "/api/training-statistics.csv",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      if (!can(actor, "statistics.read") && !can(actor, "training.organise")) throw CommonErrors.forbidden();
      const year = Number(req.query.year) || new Date().getFullYear();
      const county = typeof req.query.countyCode === "string" && req.query.countyCode ? req.query.countyCode : null;
      const s = await services.trainings.statistics(year, county);
      const rows: CsvCell[][] = [
        ["År", s.year],
        ["Län", s.countyCode ?? "hela landet"],
        ["Utbildningstillfällen", s.events],
        ["Deltagare (unika personer)", s.participants],
        ["Deltagare i efterhand loggade utbildningar", s.loggedParticipants],
        ["Kommuner", s.kommuner],
        ["Regioner", s.regioner],
        ["Övriga organisationer", s.organisations],
        ["Närvarograd", s.attendanceRate == null ? "" : `${Math.round(s.attendanceRate * 100)} %`],
        [],
        ["Typ", "Tillfällen", "Deltagare"],
        ...s.byType.map((t) => [t.type, t.events, t.participants]),
        [],
        ["Ej tillgodosedd efterfrågan: län", "Typ", "På reservlistan vid start"],
        ...s.unmetDemand.map((d) => [d.countyCode ?? "nationell", d.type, d.waitlisted]),
      ];
      sendDownload(res, `utbildningsstatistik-${year}${county ? `-${county}` : ""}.csv`, CSV_TYPE, renderCsv(rows));
    }),
  );
}

/** The personal link's token, from the query (GET) or the JSON body (POST); never logged (see `redactText`). */
function tokenOf(req: Request): string {
  const token = req.method === "GET" ? req.query.token : (req.body as { token?: unknown } | undefined)?.token;
  return typeof token === "string" ? token : "";
}

/** The page of a personal link, with the check-in code as a QR code (SVG) while the person has a seat. */
async function withQrCode<T extends { checkInCode: string | null }>(view: T) {
  const qrSvg = view.checkInCode ? await QRCode.toString(view.checkInCode, { type: "svg", errorCorrectionLevel: "M", margin: 2 }) : null;
  return { ...view, qrSvg };
}

/** A route without sign-in: answers with no caching, and refusals as every plain HTTP route answers them. */
function publicRoute(handler: (req: Request, res: Response) => Promise<void>) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      res.setHeader("Cache-Control", "no-store");
      await handler(req, res);
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
