import type { Express, Request } from "express";
import type { Actor } from "../../auth/actor";
import { authenticatedRoute, PDF_TYPE, sendDownload, XLSX_TYPE } from "../../shared/http";
import type { Services } from "../../services";
import type { ReportFormat } from "./report.service";

const TYPE: Record<ReportFormat, string> = { pdf: PDF_TYPE, xlsx: XLSX_TYPE };

/**
 * The yearly report as files, in the reader's language: `/api/reports/2018.pdf|xlsx`, and the
 * frozen copy of a submitted one: `/api/reports/submitted/<deadline>.pdf|xlsx`.
 */
export function registerReportRoutes(app: Express, services: Services, resolveActor: (req: Request) => Promise<Actor | null>) {
  app.get(
    /^\/api\/reports\/(\d{4})\.(pdf|xlsx)$/,
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const [, year, format] = /(\d{4})\.(pdf|xlsx)$/.exec(req.path)!;
      const file = await services.reports.download(actor, Number(year), format as ReportFormat);
      sendDownload(res, file.filename, TYPE[format as ReportFormat], file.body);
    }),
  );

  app.get(
    /^\/api\/reports\/submitted\/([a-z0-9-]{1,40})\.(pdf|xlsx)$/,
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const [, key, format] = /submitted\/([a-z0-9-]{1,40})\.(pdf|xlsx)$/.exec(req.path)!;
      const file = await services.reports.submittedCopy(actor, key, format as ReportFormat);
      sendDownload(res, file.filename, TYPE[format as ReportFormat], file.body);
    }),
  );
}
