import { DECLINE_REASON_LABELS } from "./allotment.actions";
import type { Express, Request } from "express";
import { type Actor, can } from "../../auth/actor";
import { renderCsv } from "../../shared/csv";
import { CommonErrors } from "../../shared/errors";
import { isCrossSiteNavigation } from "../../shared/csrf";
import { authenticatedRoute, CSV_TYPE, sendDownload, XLSX_TYPE } from "../../shared/http";
import type { Services } from "../../services";
import { FundingGroupBy } from "./funding-statistics";
import { renderXlsx } from "../../shared/spreadsheet";

/** Downloads: the allocation preview, the payment list and the national tables (CSV). */
export function registerDevelopmentFundRoutes(app: Express, services: Services, resolveActor: (req: Request) => Promise<Actor | null>) {
  app.get(
    /^\/api\/funding-statistics\.(csv|xlsx)$/,
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      if (!can(actor, "statistics.read")) throw CommonErrors.forbidden();
      const format = req.path.endsWith(".xlsx") ? "xlsx" : "csv";
      const year = Number(req.query.year) || new Date().getFullYear();
      const groupBy = (Object.values(FundingGroupBy) as string[]).includes(String(req.query.groupBy))
        ? (req.query.groupBy as FundingGroupBy)
        : FundingGroupBy.KOMMUNGRUPP;
      const county = typeof req.query.countyCode === "string" && req.query.countyCode ? req.query.countyCode : null;
      const populationYear = Number(req.query.populationYear) || null;
      const s = await services.developmentFunds.statistics(actor, year, groupBy, county, populationYear);
      const kind = { KOMMUN: "Kommuner", REGION: "Regioner", IDEELL_ORGANISATION: "Ideella organisationer" } as Record<string, string>;
      const kinds: (string | number)[][] = [
        [
          "Mottagare",
          "Tillgängliga medel (kr)",
          "Antal som rekvirerade/sökte",
          "Rekvirerat/beviljat (kr)",
          "Använda medel (kr)",
          "Andel använda",
          "Återbetalt (kr)",
          "Återkrävt (kr)",
        ],
        ...s.byRecipientKind.map((r) => [
          kind[r.kind] ?? r.kind,
          r.available,
          r.participants,
          r.grantedAmount,
          r.used,
          r.shareUsed == null ? "" : `${Math.round(r.shareUsed * 100)} %`,
          r.repaid,
          r.reclaimed,
        ]),
      ];
      const usage: (string | number)[][] = [
        ["Kommuner", "Antal"],
        ["Inte rekvirerat, inget svar", s.kommunUsage.notRequisitioned],
        ["Avstod", s.kommunUsage.declined],
        ...s.kommunUsage.declineReasons.map((r) => [`Avstod: ${DECLINE_REASON_LABELS[r.reason].sv}`, r.count]),
        ["Förbrukat allt/delvis", s.kommunUsage.usedAllOrPart],
        ["Återbetalt hela beloppet", s.kommunUsage.repaidEverything],
      ];
      const groups: (string | number)[][] = [
        [groupBy === FundingGroupBy.SIZE_BAND ? `Invånare 31 december ${s.populationYear}` : "Grupp", "Antal kommuner", "Förbrukat medel", "Andel"],
        ...[...s.groups, s.total].map((g) => [g.label, g.kommuner, g.used, `${Math.round(g.shareUsed * 100)} %`]),
      ];
      const perKommun: (string | number)[][] = [
        [
          "Kommunkod",
          "Kommun",
          "Status",
          "Skäl att avstå",
          "Tilldelning (kr)",
          "Rekvirerat (kr)",
          "Använt (kr)",
          "Granskning",
          "Återkrävt (kr)",
          "Kr per invånare",
        ],
        ...s.kommuner.map((k) => [
          k.organisation.code,
          k.organisation.name,
          k.status,
          k.declineReason ? DECLINE_REASON_LABELS[k.declineReason].sv : "",
          k.allotment,
          k.granted,
          k.used ?? "",
          k.review ?? "",
          k.reclaimed ?? "",
          Math.round(k.kronorPerInhabitant * 100) / 100,
        ]),
      ];
      const name = `utvecklingsmedel-${year}${s.countyCode ? `-${s.countyCode}` : ""}`;
      if (format === "xlsx") {
        sendDownload(
          res,
          `${name}.xlsx`,
          XLSX_TYPE,
          await renderXlsx([
            { name: "Mottagare", rows: kinds },
            { name: "Kommunernas användning", rows: usage },
            { name: "Per grupp", rows: groups },
            { name: "Per kommun", rows: perKommun },
          ]),
        );
        return;
      }
      const rows = [["År", s.year, "Län", s.countyCode ?? "hela landet"], [], ...kinds, [], ...usage, [], ...groups, [], ...perKommun];
      sendDownload(res, `${name}.csv`, CSV_TYPE, renderCsv(rows));
    }),
  );

  app.get(
    /^\/api\/development-fund-rounds\/(\d+)\/allocation\.(csv|xlsx)$/,
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      if (!can(actor, "devfunds.manage") && !can(actor, "statistics.read")) throw CommonErrors.forbidden();
      const [, id, format] = /(\d+)\/allocation\.(csv|xlsx)$/.exec(req.path)!;
      const preview = await services.developmentFunds.allocationPreview(Number(id));
      const header = ["Kod", "Namn", "Typ", "Invånare", "Belopp (kr)"];
      const rows = preview.map((r) => [
        r.organisation.code,
        r.organisation.name,
        r.organisation.kind === "KOMMUN" ? "kommun" : "region",
        r.population ?? "",
        r.amount,
      ]);
      if (format === "xlsx") {
        sendDownload(res, `fordelning-${id}.xlsx`, XLSX_TYPE, await renderXlsx([{ name: "Fördelning", rows: [header, ...rows] }]));
        return;
      }
      sendDownload(res, `fordelning-${id}.csv`, CSV_TYPE, renderCsv(rows, { header }));
    }),
  );

  app.get(
    "/api/development-fund-rounds/:id/payments.csv",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      if (!can(actor, "grant.payout")) throw CommonErrors.forbidden();
      const rows = await services.developmentFunds.paymentList(Number(req.params.id));
      sendDownload(
        res,
        `utbetalningar-${req.params.id}.csv`,
        CSV_TYPE,
        renderCsv(
          rows.map((r) => [
            String(r.diarienummer ?? ""),
            String(r.code ?? ""),
            String(r.organisation ?? ""),
            String(r.method ?? ""),
            String(r.number ?? ""),
            Number(r.amount),
            r.status === "PAID" ? "utbetald" : "att betala",
          ]),
          { header: ["Diarienummer", "Kod", "Mottagare", "Betalsätt", "Nummer", "Belopp (kr)", "Status"] },
        ),
      );
    }),
  );

  app.get(
    "/api/development-fund-rounds/:id/payment-file.csv",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      if (!can(actor, "grant.payout")) throw CommonErrors.forbidden();
      if (isCrossSiteNavigation(req)) throw CommonErrors.crossSiteRequest();
      const file = await services.developmentFunds.exportPaymentFile(actor, Number(req.params.id));
      sendDownload(
        res,
        `betalfil-${req.params.id}-${new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-")}.csv`,
        CSV_TYPE,
        renderCsv(
          file.rows.map((r) => [r.recipient, r.organisationNumber, r.method, r.number, r.amount, r.diarienummer, r.reference]),
          { header: PAYMENT_FILE_HEADER },
        ),
      );
    }),
  );
}

/** The columns of the payment file for the finance system (documented in README.md). */
export const PAYMENT_FILE_HEADER = ["Mottagare", "Organisationsnummer", "Betalsätt", "Kontonummer", "Belopp (kr)", "Diarienummer", "Referens"];
