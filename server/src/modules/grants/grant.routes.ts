import type { Express, Request } from "express";
import type { Config } from "../../config/config";
import { createDocumentStore } from "../networks/network.routes";
import { GrantErrors } from "./grant.errors";
import { type Actor, can } from "../../auth/actor";
import { renderCsv } from "../../shared/csv";
import { stockholmDate } from "../../shared/dates";
import { CommonErrors } from "../../shared/errors";
import { authenticatedRoute, CSV_TYPE, PDF_TYPE, sendDownload, XLSX_TYPE, ZIP_TYPE } from "../../shared/http";
import type { Services } from "../../services";
import { grantApplicationMachine } from "./grant-application.state-machine";
import { GrantService } from "./grant.service";
import { fieldMessage } from "../../shared/field-messages";
import { renderXlsx } from "../../shared/spreadsheet";
import { STIMULUS_PURPOSE_LABELS } from "./stimulus-purpose";
import type { StimulusFigures, StimulusSummary } from "./stimulus-summary";

const KIND: Partial<Record<string, string>> = {
  LANSSTYRELSE: "Länsstyrelse",
  NATIONELLT_KUNSKAPSCENTRUM: "Nationellt kunskapscentrum",
  KOMMUN: "Kommun",
  REGION: "Region",
  IDEELL_ORGANISATION: "Ideell organisation",
};
const percent = (share: number | null) => (share == null ? "" : `${share} %`);
const FIGURES = ["Ansökningar", "Sökt (kr)", "Beviljat (kr)", "Utbetalt (kr)", "Använt (kr)", "Andel använda medel", "Återbetalt (kr)", "Att återbetala (kr)"];
const figures = (f: StimulusFigures) => [f.applications, f.requested, f.granted, f.paid, f.used, percent(f.shareUsed), f.repaid, f.repaymentDue];

/** The yearly summary of stimulus funds as tables: Tabell 1, per organisation, per purpose. */
export function stimulusSummaryTables(s: StimulusSummary): { name: string; rows: (string | number)[][] }[] {
  return [
    {
      name: "Tabell 1",
      rows: [
        ["År", "Tillgängliga medel (kr)", "Beviljade mottagare", "Beviljat (kr)", "Använda medel (kr)", "Andel använda medel", "Återbetalt (kr)"],
        [s.year, s.available, s.recipientsDescription, s.total.granted, s.total.used, percent(s.total.shareUsed), s.total.repaid],
      ],
    },
    {
      name: "Per mottagare",
      rows: [
        ["Organisation", "Typ", ...FIGURES, "Ändamål"],
        ...s.byOrganisation.map((o) => [
          o.organisationName,
          KIND[o.organisationKind] ?? o.organisationKind,
          ...figures(o),
          [...o.purposes.map((p) => STIMULUS_PURPOSE_LABELS[p].sv), ...(o.purposeNotStated ? ["Ej angivet"] : [])].join("; "),
        ]),
        ["Totalt", "", ...figures(s.total), ""],
      ],
    },
    {
      name: "Per ändamål",
      rows: [
        ["Ändamål", "Mottagare", ...FIGURES],
        ...s.byPurpose.map((p) => [p.label, p.recipients, ...figures(p)]),
        ["Totalt (en ansökan med flera ändamål räknas en gång)", s.recipients, ...figures(s.total)],
      ],
    },
  ];
}

/** `?ids=1,2,3`: the chosen applications of an export (at most as many as a bulk action takes); undefined for all. */
function selection(ids: unknown): number[] | undefined {
  if (ids == null || ids === "") return undefined;
  const list = String(ids)
    .split(",")
    .map((x) => Number(x.trim()));
  if (list.length > GrantService.BULK_LIMIT || list.some((x) => !Number.isInteger(x) || x <= 0)) {
    throw CommonErrors.invalidInput(undefined, {
      fields: [{ field: "ids", path: "ids", message: fieldMessage("grants.chooseUpTo100", { max: GrantService.BULK_LIMIT }) }],
    });
  }
  return [...new Set(list)];
}

/** Downloads: the decision and reclaim letters (PDF), the case file (ZIP), a call's applications (CSV) and the yearly summary of stimulus funds (CSV, XLSX). */
/** What an application may carry as attachments: PDF, Office and OpenDocument files, and images; each checked by its bytes too. */
export const ATTACHMENT_TYPES = new Map<string, string[]>([
  [".pdf", ["application/pdf"]],
  [".docx", ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"]],
  [".xlsx", ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]],
  [".pptx", ["application/vnd.openxmlformats-officedocument.presentationml.presentation"]],
  [".odt", ["application/vnd.oasis.opendocument.text"]],
  [".ods", ["application/vnd.oasis.opendocument.spreadsheet"]],
  [".odp", ["application/vnd.oasis.opendocument.presentation"]],
  [".png", ["image/png"]],
  [".jpg", ["image/jpeg"]],
  [".jpeg", ["image/jpeg"]],
]);

export function registerGrantRoutes(app: Express, services: Services, config: Config, resolveActor: (req: Request) => Promise<Actor | null>) {
  const documents = createDocumentStore(config, { allowed: ATTACHMENT_TYPES, sniff: true, typeRefusal: () => GrantErrors.attachmentTypeNotAllowed() });

  app.post(
    "/api/grant-applications/:id/attachments",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      // Access is checked before anything is written.
      await services.caseThread.assertMayAttach(actor, Number(req.params.id));
      const file = await documents.receive(req, res);
      try {
        const saved = await services.caseThread.addAttachment(actor, Number(req.params.id), file);
        res.status(201).json({ id: String(saved.id), filename: saved.filename, size: saved.size, url: `/api/grant-attachments/${saved.id}` });
      } catch (err) {
        documents.remove(file.storageName);
        throw err;
      }
    }),
  );

  app.get(
    "/api/grant-attachments/:id",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      documents.send(res, await services.caseThread.attachment(actor, Number(req.params.id)));
    }),
  );

  app.get(
    "/api/grant-applications/:id/decision-letter.pdf",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const { pdf, filename } = await services.grants.decisionLetter(actor, Number(req.params.id));
      sendDownload(res, `${filename}`, PDF_TYPE, pdf);
    }),
  );

  app.get(
    "/api/grant-applications/:id/reclaim-letter.pdf",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const { pdf, filename } = await services.grants.reclaimLetter(actor, Number(req.params.id));
      sendDownload(res, filename, PDF_TYPE, pdf);
    }),
  );

  app.get(
    "/api/grant-applications/:id/case-file.zip",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const { zip, filename } = await services.grants.caseFile(actor, Number(req.params.id), (name) => documents.read(name));
      sendDownload(res, filename, ZIP_TYPE, zip);
    }),
  );

  app.get(
    /^\/api\/stimulus-summary\/(\d{4})\.(csv|xlsx)$/,
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const [, year, format] = /(\d{4})\.(csv|xlsx)$/.exec(req.path)!;
      const tables = stimulusSummaryTables(await services.grants.stimulusSummary(actor, Number(year), "sv"));
      const name = `stimulansmedel-${year}`;
      if (format === "xlsx") {
        sendDownload(res, `${name}.xlsx`, XLSX_TYPE, await renderXlsx(tables));
        return;
      }
      sendDownload(res, `${name}.csv`, CSV_TYPE, renderCsv(tables.flatMap((t, i) => (i ? [[], ...t.rows] : t.rows))));
    }),
  );

  app.get(
    "/api/grant-calls/:id/applications.csv",
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      if (!can(actor, "grant.read.all")) throw CommonErrors.forbidden();
      const call = await services.grants.call(Number(req.params.id));
      const only = selection(req.query.ids);
      const rows = await services.grants.exportRows(call.id, actor.userId, only);
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
      sendDownload(res, `ansokningar-${call.year}-${call.id}${only ? "-urval" : ""}.csv`, CSV_TYPE, csv);
    }),
  );
}
