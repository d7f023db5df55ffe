import type { Express, Request } from "express";
import type { Actor } from "../../auth/actor";
import { renderCsv } from "../../shared/csv";
import { authenticatedRoute, CSV_TYPE, sendDownload, XLSX_TYPE } from "../../shared/http";
import { currentLocale } from "../../shared/request-context";
import { renderXlsx } from "../../shared/spreadsheet";
import type { Services } from "../../services";
import { Choice, QuestionType } from "./questionnaire.entities";
import type { QuestionFigures } from "./questionnaire.service";

const HEADER = {
  sv: ["Område", "Svarande", "Mottagare", "Frågekod", "Fråga", "Rad", "Svar", "Antal", "Andel (%)", "Summa", "Medelvärde", "Antal som svarat på frågan"],
  en: [
    "Area",
    "Respondents",
    "Recipients",
    "Question code",
    "Question",
    "Row",
    "Answer",
    "Count",
    "Share (%)",
    "Sum",
    "Mean",
    "Number who answered the question",
  ],
};

const pct = (share: number) => Math.round(share * 1000) / 10;

/** One row per choice or matrix cell (or per question, for numbers and texts) of one area. */
function rowsOf(area: string, submitted: number, recipients: number, figures: QuestionFigures[], lang: "sv" | "en"): (string | number | null)[][] {
  const label = (c: Choice | undefined, code: string) => (c ? (lang === "en" ? c.en : c.sv) : code);
  const rows: (string | number | null)[][] = [];
  for (const f of figures) {
    const q = f.question;
    const text = lang === "en" ? q.textEn : q.textSv;
    const base = [area, submitted, recipients, q.code, text];
    if (q.type === QuestionType.MATRIX) {
      for (const c of f.cells)
        rows.push([
          ...base,
          label(
            q.matrixRows.find((r) => r.code === c.row),
            c.row,
          ),
          label(
            q.options.find((o) => o.code === c.column),
            c.column,
          ),
          c.count,
          pct(c.share),
          null,
          null,
          f.answered,
        ]);
    } else if (f.choices.length) {
      for (const c of f.choices) rows.push([...base, null, label(c, c.code), c.count, pct(c.share), null, null, f.answered]);
    } else {
      rows.push([...base, null, null, null, null, f.sum, f.mean === null ? null : Math.round(f.mean * 10) / 10, f.answered]);
    }
  }
  return rows;
}

/** A questionnaire's results, nationally and per county, as CSV or XLSX. */
export function registerQuestionnaireRoutes(app: Express, services: Services, resolveActor: (req: Request) => Promise<Actor | null>) {
  app.get(
    /^\/api\/questionnaires\/(\d+)\/results\.(csv|xlsx)$/,
    authenticatedRoute(resolveActor, async (actor, req, res) => {
      const [, id, format] = /^\/api\/questionnaires\/(\d+)\/results\.(csv|xlsx)$/.exec(req.path)!;
      const { questionnaire, areas } = await services.questionnaires.resultsByArea(actor, Number(id));
      const lang = currentLocale() === "en" ? "en" : "sv";
      const rows = areas.flatMap((a) =>
        rowsOf(a.countyName ?? (lang === "en" ? "Sweden" : "Hela landet"), a.rate.submitted, a.rate.recipients, a.figures, lang),
      );
      const name = `enkat-${questionnaire.id}-${questionnaire.year}`;
      if (format === "xlsx") {
        sendDownload(res, `${name}.xlsx`, XLSX_TYPE, await renderXlsx([{ name: lang === "en" ? "Results" : "Resultat", rows: [HEADER[lang], ...rows] }]));
        return;
      }
      sendDownload(res, `${name}.csv`, CSV_TYPE, renderCsv(rows, { header: HEADER[lang] }));
    }),
  );
}
