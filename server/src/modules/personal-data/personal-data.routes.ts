import type { Express, Request } from "express";
import { type Actor, can } from "../../auth/actor";
import { CommonErrors } from "../../shared/errors";
import { authenticatedRoute, JSON_TYPE, PDF_TYPE, sendDownload } from "../../shared/http";
import type { Services } from "../../services";
import { renderExtractPdf } from "./extract-pdf";

/** The register extract as JSON and PDF, for the platform administrator. */
export function registerPersonalDataRoutes(app: Express, services: Services, resolveActor: (req: Request) => Promise<Actor | null>) {
  const extractOf = async (actor: Actor, req: Request) => {
    if (!can(actor, "personalData.manage")) throw CommonErrors.forbidden();
    const extract = await services.personalData.extract(String(req.query.email ?? ""));
    await services.personalData.recordExtract(actor, extract);
    return extract;
  };
  app.get(
    "/api/personal-data/extract.json",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const extract = await extractOf(actor, req);
      res.setHeader("Cache-Control", "no-store");
      sendDownload(res, "registerutdrag.json", JSON_TYPE, JSON.stringify(extract, null, 2));
    }),
  );
  app.get(
    "/api/personal-data/extract.pdf",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const extract = await extractOf(actor, req);
      const lang = await services.users.languageOf(actor.userId);
      const { retentionMonths } = await services.platformSettings.current();
      res.setHeader("Cache-Control", "no-store");
      sendDownload(res, "registerutdrag.pdf", PDF_TYPE, await renderExtractPdf(extract, lang, retentionMonths));
    }),
  );
}
