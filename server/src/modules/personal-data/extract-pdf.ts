import { stockholmDate, stockholmDateTime } from "../../shared/dates";
import { renderLetter } from "../../shared/letter";
import type { Language } from "../../shared/messages";
import type { PersonalDataExtract } from "./personal-data.service";

function show(value: unknown): string {
  if (value == null || value === "") return "–";
  if (value instanceof Date) return stockholmDateTime(value);
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return stockholmDateTime(new Date(value));
  if (Array.isArray(value)) return value.map(show).join(", ");
  if (typeof value === "object")
    return Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => `${k}: ${show(v)}`)
      .join(", ");
  return String(value);
}

/** Registerutdrag (GDPR article 15) as a PDF on the letter template, in the reader's language. */
export function renderExtractPdf(extract: PersonalDataExtract, lang: Language, retentionMonths: number): Promise<Buffer> {
  return renderLetter({
    lang,
    title: `${lang === "en" ? "Register extract" : "Registerutdrag"} ${extract.email}`,
    references: [{ label: lang === "en" ? "Date" : "Datum", value: stockholmDate(extract.generatedAt) }],
    draw: (w) => {
      w.space(2);
      w.heading(w.t("personalData.extract.title"));
      w.paragraph(w.t("personalData.extract.intro", { email: extract.email }));
      w.field(w.t("personalData.extract.generatedAt"), stockholmDateTime(extract.generatedAt));
      w.note(w.t("personalData.extract.retention", { months: retentionMonths }));
      for (const s of extract.sections) {
        w.section(`${w.t(`personalData.kind.${s.kind}`)} (${s.count})`);
        if (s.count === 0) {
          w.paragraph(w.t("personalData.extract.none"));
          continue;
        }
        if (s.erasable > 0) w.note(w.t("personalData.extract.erasable"));
        if (s.keptReason) w.note(w.t("personalData.extract.kept", { reason: w.t(`personalData.kept.${s.keptReason}`) }));
        if (s.records.length < s.count) w.note(w.t("personalData.extract.truncated", { shown: s.records.length, count: s.count }));
        for (const r of s.records) {
          w.paragraph(
            Object.entries(r)
              .map(([k, v]) => `${k}: ${show(v)}`)
              .join("; "),
          );
          w.space(0.3);
        }
      }
    },
  });
}
