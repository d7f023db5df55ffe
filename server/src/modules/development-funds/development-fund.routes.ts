import { stringify } from "csv-stringify/sync";
import type { Express, Request } from "express";
import { type Actor, can } from "../../auth/actor";
import { CommonErrors } from "../../shared/errors";
import { authenticatedRoute } from "../../shared/http";
import type { Services } from "../../services";

/** Downloads: the allocation preview and the payment list (CSV). */
export function registerDevelopmentFundRoutes(app: Express, services: Services, resolveActor: (req: Request) => Promise<Actor | null>) {
  app.get(
    "/api/development-fund-rounds/:id/allocation.csv",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      if (!can(actor, "devfunds.manage") && !can(actor, "statistics.read")) throw CommonErrors.forbidden();
      const rows = await services.developmentFunds.allocationPreview(Number(req.params.id));
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="fordelning-${req.params.id}.csv"`);
      res.send(stringify(rows.map((r) => [r.organisation.code, r.organisation.name, r.organisation.kind === "KOMMUN" ? "kommun" : "region", r.population ?? "", r.amount]), { header: true, columns: ["Kod", "Namn", "Typ", "Invånare", "Belopp (kr)"], bom: true }));
    }),
  );

  app.get(
    "/api/development-fund-rounds/:id/payments.csv",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      if (!can(actor, "grant.payout")) throw CommonErrors.forbidden();
      const rows = await services.developmentFunds.paymentList(Number(req.params.id));
      res.setHeader("Content-Type", "text/csv; charset=utf-8");
      res.setHeader("Content-Disposition", `attachment; filename="utbetalningar-${req.params.id}.csv"`);
      res.send(
        stringify(
          rows.map((r) => [r.diarienummer, r.code, r.organisation, r.method ?? "", r.number ?? "", Number(r.amount), r.status === "PAID" ? "utbetald" : "att betala"]),
          { header: true, columns: ["Diarienummer", "Kod", "Mottagare", "Betalsätt", "Nummer", "Belopp (kr)", "Status"], bom: true },
        ),
      );
    }),
  );
}
