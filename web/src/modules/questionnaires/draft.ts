import type { AnswerInput, QuestionFieldsFragment, ResponseFieldsFragment } from "../../generated/graphql";

/** What the form holds for one question while it is edited; numbers as typed. */
export interface AnswerDraft {
  choice: string | null;
  choices: string[];
  number: string;
  text: string;
  matrix: Record<string, string>;
  otherText: string;
}

export const EMPTY_DRAFT: AnswerDraft = { choice: null, choices: [], number: "", text: "", matrix: {}, otherText: "" };

export function draftOf(answer: ResponseFieldsFragment["answers"][number] | undefined): AnswerDraft {
  const v = answer?.value;
  if (!v) return EMPTY_DRAFT;
  return {
    choice: v.choice ?? null,
    choices: v.choices ?? [],
    number: v.number == null ? "" : String(v.number),
    text: v.text ?? "",
    matrix: Object.fromEntries((v.matrix ?? []).map((c) => [c.row, c.column])),
    otherText: answer?.otherText ?? "",
  };
}

/** The answer as the server takes it; an empty answer clears it. A number that is not one is sent as typed, for the server to refuse. */
export function inputOf(q: QuestionFieldsFragment, d: AnswerDraft): AnswerInput {
  const base: AnswerInput = { questionId: q.id, otherText: d.otherText.trim() || null };
  switch (q.type) {
    case "YES_NO_DONT_KNOW":
    case "SINGLE_CHOICE":
      return { ...base, choice: d.choice };
    case "MULTIPLE_CHOICE":
      return d.choices.length ? { ...base, choices: d.choices } : base;
    case "NUMBER":
    case "AMOUNT": {
      const clean = d.number.replace(/[\s\u00a0]/g, "").replace(/kr$/i, "");
      return clean === "" ? base : { ...base, number: /^\d+$/.test(clean) ? Number(clean) : -1 };
    }
    case "TEXT":
      return { ...base, text: d.text };
    case "MATRIX": {
      const cells = Object.entries(d.matrix).map(([row, column]) => ({ row, column }));
      return cells.length ? { ...base, matrix: cells } : base;
    }
  }
}
