import { parseKronor } from "../../../app/format";
import { type AmountRowsTexts, type AmountRowValue, amountRowsSum } from "../../../app/ui/AmountRows";
import { FUND_USE_CATEGORIES } from "../labels";

type T = (key: string, o?: Record<string, unknown>) => string;

export interface AmountRow extends AmountRowValue {
  key: number;
}

let nextKey = 1;
export function newAmountRow(category = "", amount = ""): AmountRow {
  return { key: nextKey++, category, amount };
}

/** The rows' sum in kronor; rows with an amount that is not a whole number count as 0. */
export const rowsSum: (rows: AmountRow[]) => number = amountRowsSum;

/** Checks the rows before sending; messages by path (`plannedUse.0.amount`). */
export function checkRows(rows: AmountRow[], path: string, t: T): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!rows.length) out[path] = [t("devfunds.rows.atLeastOne")];
  rows.forEach((r, i) => {
    if (!r.category.trim()) out[`${path}.${i}.category`] = [t("devfunds.rows.categoryRequired", { row: i + 1 })];
    const v = parseKronor(r.amount);
    if (v == null || !Number.isFinite(v)) out[`${path}.${i}.amount`] = [t("devfunds.rows.amountInvalid", { row: i + 1 })];
  });
  return out;
}

/** The texts of `AmountRows` in the development funds; `what` names the amount the rows must add up to. */
export function devFundRowsTexts(t: T, what: string): AmountRowsTexts {
  return {
    category: t("devfunds.rows.category"),
    amount: t("devfunds.rows.amount"),
    row: (row) => t("devfunds.rows.row", { row }),
    remove: t("devfunds.rows.remove"),
    add: t("devfunds.rows.add"),
    sum: (sum) => t("devfunds.rows.sum", { sum }),
    sumMatches: t("devfunds.rows.sumMatches", { what }),
    sumDiffers: (target) => t("devfunds.rows.sumDiffers", { what, target }),
    chooseCategory: t("devfunds.rows.chooseCategory"),
  };
}

/** The fund-use categories as options of the category select. */
export function fundUseOptions(t: T): { value: string; label: string }[] {
  return FUND_USE_CATEGORIES.map((c) => ({ value: c, label: t(`devfunds.fundUse.${c}`) }));
}
