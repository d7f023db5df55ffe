import type { TFunction } from "i18next";
import { z } from "zod";
import { formatAmount, parseKronor } from "../../app/format";
import type { AnswerDraft } from "../questionnaires/draft";

/**
 * The återrapportering as the form holds it. The field names are the API's, so the server's field
 * messages (`usedAmount`, `report`) land on the right field; answers and comments are kept per
 * question id, and only once edited (an answer not yet touched is the one sent in before, if any).
 */
export interface FollowUpValues {
  /** As typed: whole kronor grouped, `1 250 000`. */
  usedAmount: string;
  report: string;
  answers: Record<string, AnswerDraft>;
  comments: Record<string, string>;
}

/**
 * What the form checks before sending: the used amount is whole kronor and at most what was granted,
 * and the report is written. The amounts per area and the core questions are the server's to check
 * (its messages land on the fields they name). Built per check, in the reader's language; a partial
 * report speaks of the year.
 */
export function followUpSchema(granted: number, t: TFunction, partial = false) {
  return z.object({
    usedAmount: z.string().superRefine((text, ctx) => {
      const n = parseKronor(text);
      if (n == null || !Number.isInteger(n) || n < 0)
        ctx.addIssue({ code: "custom", message: t(partial ? "devfunds.multiYear.usedInvalid" : "devfunds.followUp.usedInvalid") });
      else if (n > granted) ctx.addIssue({ code: "custom", message: t("devfunds.followUp.usedTooHigh", { granted: formatAmount(granted) }) });
    }),
    report: z.string().refine((s) => s.trim() !== "", { error: () => t(partial ? "devfunds.multiYear.reportRequired" : "devfunds.followUp.reportRequired") }),
    answers: z.record(z.string(), z.any()),
    comments: z.record(z.string(), z.string()),
  });
}
