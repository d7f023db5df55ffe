import type { Express, Request } from "express";
import { type Actor, can } from "../../auth/actor";
import { renderCsv } from "../../shared/csv";
import { stockholmDate } from "../../shared/dates";
import { CommonErrors } from "../../shared/errors";
import { authenticatedRoute } from "../../shared/http";
import type { Services } from "../../services";
import { grantApplicationMachine } from "./grant-application.state-machine";

/** Downloads: the decision letter (PDF) and a call's applications (CSV). */
export function registerGrantRoutes(app: Express, services: Services, resolveActor: (req: Request) => Promise<Actor | null>) {
  app.get(
    "/api/grant-applications/:id/decision-letter.pdf",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const { pdf, filename } = await services.grants.decisionLetter(actor, Number(req.params.id));
      res.setHeader("Content-Type", "application/pdf");
      res.setHeader("Content-Disposition", `attachment; filename="${filename}"`);
      res.send(pdf);
    }),
  );

  app.get(
    "/api/grant-calls/:id/applications.csv",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      if (!can(actor, "grant.read.all")) throw CommonErrors.forbidden();
      const call = await services.grants.call(Number(req.params.id));
      const rows = await services.grants.exportRows(call.id);
      const csv = renderCsv(
        rows.map((r) => [
          r.diarienummer ?? "",
          r.organisation,
          r.title,
          grantApplicationMachine.labels[r.status].sv,
          r.requestedAmount,
          r.grantedAmount ?? "",
          r.submittedAt ? stockholmDate(r.submittedAt) : "",
          r.decidedAt ? stockholmDate(r.decidedAt) : "",
          r.opinion ?? "",
          r.usedAmount ?? "",
          r.repaymentAmount ?? "",
        ]),
        {
          header: [
            "Diarienummer",
            "Organisation",
            "Rubrik",
            "Status",
            "Sökt belopp (kr)",
            "Beviljat belopp (kr)",
            "Inskickad",
            "Beslutad",
            "Remissvar",
            "Använt (kr)",
            "Att återbetala (kr)",
          ],
        },
      );
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="ansokningar-${call.year}-${call.id}.csv"`);
      res.send(csv);
    }),
  );
}
