import type { QuestionFieldsFragment } from "../../generated/graphql";

export interface Bilingual {
  sv: string;
  en: string;
}

/** The text in the interface language: every question, choice and title is written in both. */
export function inLanguage(text: Bilingual, language: string): string {
  return language === "en" ? text.en : text.sv;
}

export function questionText(q: Pick<QuestionFieldsFragment, "textSv" | "textEn">, language: string): string {
  return language === "en" ? q.textEn : q.textSv;
}

export function titleOf(q: { titleSv: string; titleEn: string }, language: string): string {
  return language === "en" ? q.titleEn : q.titleSv;
}

export const TARGET_GROUPS = ["LANSSTYRELSER", "KOMMUNER", "REGIONER", "NGOS_WITH_GRANTS"] as const;
