import { useTranslation } from "react-i18next";
import { formatAmount, parseKronor } from "../../../app/format";
import { describedBy } from "../../../app/ui/Field";
import { type BudgetRow, budgetSum, newBudgetRow } from "../applicationValues";

interface Props {
  rows: BudgetRow[];
  onChange(rows: BudgetRow[]): void;
  requestedAmount: string;
  /** Messages for the whole budget, and per row field (`0.category`, `1.amount`). */
  errors?: string[];
  rowErrors(path: string): string[] | undefined;
  disabled?: boolean;
}

/** Budget rows (Kategori, Belopp) with the running sum compared with the requested amount. */
export function BudgetLinesEditor({ rows, onChange, requestedAmount, errors, rowErrors, disabled }: Props) {
  const { t } = useTranslation();
  const sum = budgetSum(rows);
  const requested = parseKronor(requestedAmount);
  const comparable = requested != null && Number.isFinite(requested) && requested > 0;
  const matches = comparable && sum === requested;
  const invalid = !!errors?.length;

  function update(i: number, change: Partial<BudgetRow>) {
    onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  }

  function remove(i: number) {
    onChange(rows.filter((_, j) => j !== i));
    // Keep focus in the budget: on the row that moved up, or on "Lägg till budgetrad".
    window.requestAnimationFrame(() => {
      const next = document.getElementById(`app-budget-${Math.min(i, rows.length - 2)}-category`) ?? document.getElementById("app-budget-add");
      next?.focus();
    });
  }

  function add() {
    onChange([...rows, newBudgetRow()]);
    window.requestAnimationFrame(() => document.getElementById(`app-budget-${rows.length}-category`)?.focus());
  }

  return (
    <fieldset className={`field fieldset budget${invalid ? " field--error" : ""}`} id="app-budget" aria-describedby={describedBy("app-budget-sum", invalid && "app-budget-error")}>
      <legend>{t("grants.form.budget")}</legend>
      <p className="field__hint">{t("grants.form.budgetHint")}</p>
      <ol className="budget__rows">
        {rows.map((row, i) => {
          const catErrors = rowErrors(`budgetLines.${i}.category`);
          const amountErrors = rowErrors(`budgetLines.${i}.amount`);
          const rowLabel = t("grants.form.budgetRow", { row: i + 1 });
          return (
            <li key={row.key} className="budget__row">
              <div className={`field${catErrors?.length ? " field--error" : ""}`}>
                <label htmlFor={`app-budget-${i}-category`}>
                  {t("grants.form.category")}
                  <span className="visually-hidden">, {rowLabel}</span>
                </label>
                <input
                  id={`app-budget-${i}-category`}
                  type="text"
                  value={row.category}
                  disabled={disabled}
                  onChange={(e) => update(i, { category: e.target.value })}
                  aria-invalid={catErrors?.length ? true : undefined}
                  aria-describedby={catErrors?.length ? `app-budget-${i}-category-error` : undefined}
                />
                {catErrors?.length ? (
                  <p className="field__error" id={`app-budget-${i}-category-error`}>
                    {catErrors.join(" ")}
                  </p>
                ) : null}
              </div>
              <div className={`field field--amount${amountErrors?.length ? " field--error" : ""}`}>
                <label htmlFor={`app-budget-${i}-amount`}>
                  {t("grants.form.amount")}
                  <span className="visually-hidden">, {rowLabel}</span>
                </label>
                <input
                  id={`app-budget-${i}-amount`}
                  type="text"
                  inputMode="numeric"
                  className="input--amount"
                  value={row.amount}
                  disabled={disabled}
                  onChange={(e) => update(i, { amount: e.target.value })}
                  aria-invalid={amountErrors?.length ? true : undefined}
                  aria-describedby={amountErrors?.length ? `app-budget-${i}-amount-error` : undefined}
                />
                {amountErrors?.length ? (
                  <p className="field__error" id={`app-budget-${i}-amount-error`}>
                    {amountErrors.join(" ")}
                  </p>
                ) : null}
              </div>
              {rows.length > 1 && (
                <button type="button" className="button button--small button--danger-quiet budget__remove" onClick={() => remove(i)} disabled={disabled}>
                  {t("grants.form.removeRow")}
                  <span className="visually-hidden"> {rowLabel}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" id="app-budget-add" className="button button--secondary button--small" onClick={add} disabled={disabled}>
        {t("grants.form.addRow")}
      </button>
      <p id="app-budget-sum" className={`budget__sum${comparable ? (matches ? " budget__sum--ok" : " budget__sum--off") : ""}`}>
        {t("grants.form.budgetSum", { sum: formatAmount(sum) })}{" "}
        {comparable && (matches ? t("grants.form.sumMatches") : t("grants.form.sumDiffers", { requested: formatAmount(requested) }))}
      </p>
      {invalid && (
        <p className="field__error" id="app-budget-error">
          {errors!.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
