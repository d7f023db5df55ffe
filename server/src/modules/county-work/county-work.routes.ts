import type { Express, Request, Response } from "express";
import type { Actor } from "../../auth/actor";
import type { Config } from "../../config/config";
import { type CsvCell, renderCsv } from "../../shared/csv";
import { authenticatedRoute, CSV_TYPE, sendDownload, XLSX_TYPE } from "../../shared/http";
import { renderXlsx } from "../../shared/spreadsheet";
import type { Services } from "../../services";
import { Organisation } from "../organisations/organisation.entity";
import { In } from "typeorm";
import { createDocumentStore } from "../networks/network.routes";
import { type Campaign, Method, type MethodSpread, type MunicipalityVisit, type RegionalStrategy } from "./county-work.entities";
import { CountyWorkErrors } from "./county-work.errors";
import type { NetworkKind } from "../networks/network.entities";
import type { CountyWorkKind } from "./county-work.service";

/** The exports of länets arbete, by the name in their address. */
const EXPORTS: Record<string, { kind: CountyWorkKind; sheet: string }> = {
  kommunbesok: { kind: "municipalityVisit", sheet: "Kommunbesök" },
  kampanjer: { kind: "campaign", sheet: "Kampanjer" },
  metodspridning: { kind: "methodSpread", sheet: "Metodspridning" },
  strategier: { kind: "regionalStrategy", sheet: "Strategier" },
};

/** The networks and länssamverkan of the county boards, with members and the year's meetings (the names to their convener only). */
const NETWORKS = "natverk";
const NETWORK_KIND: Record<NetworkKind, string> = { NETWORK: "Nätverk", LANSSAMVERKAN: "Länssamverkan" };

/** One table as CSV or as an Excel workbook of one sheet. */
async function send(res: Response, format: string, filename: string, sheet: string, header: string[], body: CsvCell[][]) {
  if (format === "csv") {
    sendDownload(res, `${filename}.csv`, CSV_TYPE, renderCsv(body, { header }));
    return;
  }
  const xlsx = await renderXlsx([{ name: sheet, rows: [header, ...body.map((r) => r.map((c) => (c === undefined ? null : c)))] }]);
  sendDownload(res, `${filename}.xlsx`, XLSX_TYPE, xlsx);
}

type Lookup = { org: (id: number) => string; method: (id: number) => string };

const list = (values: string[]) => values.join(", ");

/** Header and rows of each kind; codes (topics, channels, statuses) as the API names them. */
const TABLES: Record<CountyWorkKind, { header: string[]; row: (r: never, l: Lookup) => CsvCell[] }> = {
  municipalityVisit: {
    header: ["Länsstyrelse", "Kommun", "Datum", "Ämnen", "Deltagare", "Anteckningar"],
    row: (v: MunicipalityVisit, l: Lookup) => [
      l.org(v.countyBoardOrganisationId),
      l.org(v.kommunOrganisationId),
      v.date,
      list(v.topics),
      v.participants,
      v.notes,
    ],
  },
  campaign: {
    header: [
      "Länsstyrelse",
      "Rubrik",
      "Nationell/regional",
      "Ämne",
      "Kanaler",
      "Från",
      "Till",
      "Kommuner",
      "Personer",
      "Artiklar",
      "Läsare",
      "Metoder och material",
    ],
    row: (c: Campaign, l: Lookup) => [
      l.org(c.countyBoardOrganisationId),
      c.title,
      c.scope,
      c.topic,
      list(c.channels),
      c.periodStart,
      c.periodEnd,
      c.kommunerReached,
      c.peopleReached,
      c.articles,
      c.readers,
      list(c.methodIds.map(l.method)),
    ],
  },
  methodSpread: {
    header: ["Länsstyrelse", "Metod eller material", "År", "Kommuner", "Andra organisationer", "Anteckning"],
    row: (s: MethodSpread, l: Lookup) => [l.org(s.countyBoardOrganisationId), l.method(s.methodId), s.year, s.kommunerReached, s.organisationsReached, s.note],
  },
  regionalStrategy: {
    header: ["Länsstyrelse", "Typ", "Rubrik", "År", "Status", "Antagen", "Kopplad till jämställdhetsintegrering", "Dokument"],
    row: (s: RegionalStrategy, l: Lookup) => [
      l.org(s.countyBoardOrganisationId),
      s.kind,
      s.title,
      s.year,
      s.status,
      s.adoptedOn,
      s.linkedToGenderMainstreaming ? "Ja" : "Nej",
      s.documentFilename,
    ],
  },
};

/**
 * One address pattern for every export of länets arbete:
 * `/api/county-work/<kommunbesok|kampanjer|metodspridning|strategier|natverk>.<csv|xlsx>?year=2026[&countyBoardId=…]`,
 * and the adopted document of a regional strategy (upload and download).
 */
export function registerCountyWorkRoutes(app: Express, services: Services, config: Config, resolveActor: (req: Request) => Promise<Actor | null>) {
  app.get(
    "/api/county-work/:name.:format",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const name = String(req.params.name);
      const spec = EXPORTS[name];
      const format = String(req.params.format);
      if ((!spec && name !== NETWORKS) || (format !== "csv" && format !== "xlsx")) throw CountyWorkErrors.invalid({ reason: "csv | xlsx" });
      const year = Number(req.query.year);
      if (!Number.isInteger(year) || year < 2000 || year > 2099) throw CountyWorkErrors.invalid({ reason: "year" });
      const countyBoardId = typeof req.query.countyBoardId === "string" && req.query.countyBoardId ? req.query.countyBoardId : undefined;
      if (!spec) {
        const networks = await services.countyWork.exportNetworks(actor, countyBoardId, year);
        const header = ["Länsstyrelse", "Namn", "Typ", "Ämne", "Medlemsorganisationer", `Möten ${year}`];
        const body: CsvCell[][] = networks.map((n) => [n.board, n.name ?? "", NETWORK_KIND[n.kind], n.topic, n.members, n.meetings]);
        await send(res, format, `${NETWORKS}-${year}`, "Nätverk och länssamverkan", header, body);
        return;
      }
      const rows = await services.countyWork.exportRecords(actor, spec.kind, countyBoardId, year);
      const m = services.countyWork.readManager();
      const orgIds = new Set<number>();
      for (const r of rows) {
        orgIds.add(r.countyBoardOrganisationId);
        if ("kommunOrganisationId" in r) orgIds.add(r.kommunOrganisationId);
      }
      const orgs = new Map((orgIds.size ? await m.findBy(Organisation, { id: In([...orgIds]) }) : []).map((o) => [o.id, o.name]));
      const methods = new Map((await m.find(Method)).map((x) => [x.id, x.name]));
      const lookup: Lookup = { org: (id) => orgs.get(id) ?? "", method: (id) => methods.get(id) ?? "" };
      const table = TABLES[spec.kind];
      const body = rows.map((r) => table.row(r as never, lookup));
      await send(res, format, `${name}-${year}`, spec.sheet, table.header, body);
    }),
  );

  const documents = createDocumentStore(config);

  app.post(
    "/api/regional-strategies/:id/document",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const strategyId = Number(req.params.id);
      // Access is checked before anything is written.
      await services.countyWork.assertOwnStrategy(actor, strategyId);
      const file = await documents.receive(req, res);
      let replaced: string | null;
      try {
        replaced = (await services.countyWork.attachStrategyDocument(actor, strategyId, file)).replaced;
      } catch (err) {
        documents.remove(file.storageName);
        throw err;
      }
      if (replaced) documents.remove(replaced);
      res.status(201).json({ id: String(strategyId), filename: file.filename, size: file.size, url: `/api/regional-strategies/${strategyId}/document` });
    }),
  );

  app.get(
    "/api/regional-strategies/:id/document",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      documents.send(res, await services.countyWork.strategyDocument(actor, Number(req.params.id)));
    }),
  );
}
