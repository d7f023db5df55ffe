import { useTranslation } from "react-i18next";
import { formatAmount, parseKronor } from "../../../app/format";
import { describedBy } from "../../../app/ui/Field";
import { FUND_USE_CATEGORIES } from "../labels";

export interface AmountRow {
  key: number;
  category: string;
  amount: string;
}

let nextKey = 1;
export function newAmountRow(category = "", amount = ""): AmountRow {
  return { key: nextKey++, category, amount };
}

/** The rows' sum in kronor; rows with an amount that is not a whole number count as 0. */
export function rowsSum(rows: AmountRow[]): number {
  return rows.reduce((s, r) => {
    const v = parseKronor(r.amount);
    return s + (v != null && Number.isFinite(v) ? v : 0);
  }, 0);
}

/** Checks the rows before sending; messages by path (`plannedUse.0.amount`). */
export function checkRows(rows: AmountRow[], path: string, t: (key: string, o?: Record<string, unknown>) => string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  if (!rows.length) out[path] = [t("devfunds.rows.atLeastOne")];
  rows.forEach((r, i) => {
    if (!r.category.trim()) out[`${path}.${i}.category`] = [t("devfunds.rows.categoryRequired", { row: i + 1 })];
    const v = parseKronor(r.amount);
    if (v == null || !Number.isFinite(v)) out[`${path}.${i}.amount`] = [t("devfunds.rows.amountInvalid", { row: i + 1 })];
  });
  return out;
}

interface Props {
  /** id of the fieldset; rows are `${id}-${i}-category` and `${id}-${i}-amount` */
  id: string;
  legend: string;
  hint?: string;
  rows: AmountRow[];
  onChange(rows: AmountRow[]): void;
  /** Kind of category: one of the fund-use categories, or free text (an NGO's budget lines). */
  categories: "fundUse" | "text";
  /** What the rows should add up to, for the running sum. */
  target: number | null;
  targetLabel: string;
  errors?: string[];
  rowErrors(i: number, field: "category" | "amount"): string[] | undefined;
  disabled?: boolean;
}

/** Rows of Kategori + Belopp with a running sum compared with the amount they must add up to. */
export function AmountRows({ id, legend, hint, rows, onChange, categories, target, targetLabel, errors, rowErrors, disabled }: Props) {
  const { t } = useTranslation();
  const sum = rowsSum(rows);
  const comparable = target != null && Number.isFinite(target) && target > 0;
  const matches = comparable && sum === target;
  const invalid = !!errors?.length;

  function update(i: number, change: Partial<AmountRow>) {
    onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  }
  function remove(i: number) {
    onChange(rows.filter((_, j) => j !== i));
    window.requestAnimationFrame(() => {
      const next = document.getElementById(`${id}-${Math.min(i, rows.length - 2)}-category`) ?? document.getElementById(`${id}-add`);
      next?.focus();
    });
  }
  function add() {
    onChange([...rows, newAmountRow()]);
    window.requestAnimationFrame(() => document.getElementById(`${id}-${rows.length}-category`)?.focus());
  }

  return (
    <fieldset className={`field fieldset budget${invalid ? " field--error" : ""}`} id={id} aria-describedby={describedBy(hint && `${id}-hint`, `${id}-sum`, invalid && `${id}-error`)}>
      <legend>{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ol className="budget__rows">
        {rows.map((row, i) => {
          const catErrors = rowErrors(i, "category");
          const amountErrors = rowErrors(i, "amount");
          const rowLabel = t("devfunds.rows.row", { row: i + 1 });
          const catId = `${id}-${i}-category`;
          const amountId = `${id}-${i}-amount`;
          return (
            <li key={row.key} className="budget__row">
              <div className={`field${catErrors?.length ? " field--error" : ""}`}>
                <label htmlFor={catId}>
                  {t("devfunds.rows.category")}
                  <span className="visually-hidden">, {rowLabel}</span>
                </label>
                {categories === "fundUse" ? (
                  <select
                    id={catId}
                    value={row.category}
                    disabled={disabled}
                    onChange={(e) => update(i, { category: e.target.value })}
                    aria-invalid={catErrors?.length ? true : undefined}
                    aria-describedby={catErrors?.length ? `${catId}-error` : undefined}
                  >
                    <option value="">{t("devfunds.rows.chooseCategory")}</option>
                    {FUND_USE_CATEGORIES.map((c) => (
                      <option key={c} value={c}>
                        {t(`devfunds.fundUse.${c}`)}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input
                    id={catId}
                    type="text"
                    value={row.category}
                    disabled={disabled}
                    onChange={(e) => update(i, { category: e.target.value })}
                    aria-invalid={catErrors?.length ? true : undefined}
                    aria-describedby={catErrors?.length ? `${catId}-error` : undefined}
                  />
                )}
                {catErrors?.length ? (
                  <p className="field__error" id={`${catId}-error`}>
                    {catErrors.join(" ")}
                  </p>
                ) : null}
              </div>
              <div className={`field field--amount${amountErrors?.length ? " field--error" : ""}`}>
                <label htmlFor={amountId}>
                  {t("devfunds.rows.amount")}
                  <span className="visually-hidden">, {rowLabel}</span>
                </label>
                <input
                  id={amountId}
                  type="text"
                  inputMode="numeric"
                  className="input--amount"
                  value={row.amount}
                  disabled={disabled}
                  onChange={(e) => update(i, { amount: e.target.value })}
                  aria-invalid={amountErrors?.length ? true : undefined}
                  aria-describedby={amountErrors?.length ? `${amountId}-error` : undefined}
                />
                {amountErrors?.length ? (
                  <p className="field__error" id={`${amountId}-error`}>
                    {amountErrors.join(" ")}
                  </p>
                ) : null}
              </div>
              {rows.length > 1 && (
                <button type="button" className="button button--small button--danger-quiet budget__remove" onClick={() => remove(i)} disabled={disabled}>
                  {t("devfunds.rows.remove")}
                  <span className="visually-hidden"> {rowLabel}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" id={`${id}-add`} className="button button--secondary button--small" onClick={add} disabled={disabled}>
        {t("devfunds.rows.add")}
      </button>
      <p id={`${id}-sum`} className={`budget__sum${comparable ? (matches ? " budget__sum--ok" : " budget__sum--off") : ""}`}>
        {t("devfunds.rows.sum", { sum: formatAmount(sum) })}{" "}
        {comparable && (matches ? t("devfunds.rows.sumMatches", { what: targetLabel }) : t("devfunds.rows.sumDiffers", { what: targetLabel, target: formatAmount(target) }))}
      </p>
      {invalid && (
        <p className="field__error" id={`${id}-error`}>
          {errors!.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
