import type { ReactNode } from "react";
import { formatAmount, parseKronor } from "../format";
import { KronorTextInput } from "./AmountInput";
import { describedBy } from "./Field";

/** One row of Kategori + Belopp as typed; `key` is a stable React key and is not sent. */
export interface AmountRowValue {
  key: string | number;
  category: string;
  amount: string;
}

/** The rows' sum in kronor; rows with an amount that is not a whole number count as 0. */
export function amountRowsSum(rows: AmountRowValue[]): number {
  return rows.reduce((s, r) => {
    const v = parseKronor(r.amount);
    return s + (v != null && Number.isFinite(v) ? v : 0);
  }, 0);
}

/** The visible texts, already translated by the caller. */
export interface AmountRowsTexts {
  category: string;
  amount: string;
  /** "Rad 2": added, visually hidden, to each row's labels and remove button. */
  row(n: number): string;
  remove: string;
  add: string;
  sum(sum: string): string;
  sumMatches: string;
  sumDiffers(target: string): string;
  /** The empty first option when the category is a select. */
  chooseCategory?: string;
}

interface Props<R extends AmountRowValue> {
  /** id of the fieldset; rows are `${id}-${i}-category` and `${id}-${i}-amount`, the add button `${id}-add` */
  id: string;
  legend: string;
  /** After the legend's text, e.g. the mark of a required field. */
  legendExtra?: ReactNode;
  /** Hint under the legend, part of the fieldset's description. */
  hint?: string;
  /** Hint under the legend that is not part of the fieldset's description. */
  note?: string;
  rows: R[];
  onChange(rows: R[]): void;
  newRow(): R;
  /** A select of these categories; without it the category is free text. */
  categoryOptions?: { value: string; label: string }[];
  /** What the rows should add up to, for the running sum. */
  target: number | null;
  texts: AmountRowsTexts;
  errors?: string[];
  rowErrors(i: number, field: "category" | "amount"): string[] | undefined;
  disabled?: boolean;
}

/** Rows of Kategori + Belopp with a running sum compared with the amount they must add up to. */
export function AmountRows<R extends AmountRowValue>({
  id,
  legend,
  legendExtra,
  hint,
  note,
  rows,
  onChange,
  newRow,
  categoryOptions,
  target,
  texts,
  errors,
  rowErrors,
  disabled,
}: Props<R>) {
  const sum = amountRowsSum(rows);
  const comparable = target != null && Number.isFinite(target) && target > 0;
  const matches = comparable && sum === target;
  const invalid = !!errors?.length;

  function update(i: number, change: Partial<AmountRowValue>) {
    onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  }
  function remove(i: number) {
    onChange(rows.filter((_, j) => j !== i));
    // Keep focus in the rows: on the row that moved up, or on the add button.
    window.requestAnimationFrame(() => {
      const next = document.getElementById(`${id}-${Math.min(i, rows.length - 2)}-category`) ?? document.getElementById(`${id}-add`);
      next?.focus();
    });
  }
  function add() {
    onChange([...rows, newRow()]);
    window.requestAnimationFrame(() => document.getElementById(`${id}-${rows.length}-category`)?.focus());
  }

  return (
    <fieldset
      className={`field fieldset budget${invalid ? " field--error" : ""}`}
      id={id}
      aria-describedby={describedBy(hint && `${id}-hint`, `${id}-sum`, invalid && `${id}-error`)}
    >
      <legend>
        {legend}
        {legendExtra}
      </legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {note && <p className="field__hint">{note}</p>}
      <ol className="budget__rows">
        {rows.map((row, i) => {
          const catErrors = rowErrors(i, "category");
          const amountErrors = rowErrors(i, "amount");
          const rowLabel = texts.row(i + 1);
          const catId = `${id}-${i}-category`;
          const amountId = `${id}-${i}-amount`;
          const catProps = {
            id: catId,
            value: row.category,
            disabled,
            onChange: (e: { target: { value: string } }) => update(i, { category: e.target.value }),
            "aria-invalid": catErrors?.length ? true : undefined,
            "aria-describedby": catErrors?.length ? `${catId}-error` : undefined,
          };
          return (
            <li key={row.key} className="budget__row">
              <div className={`field${catErrors?.length ? " field--error" : ""}`}>
                <label htmlFor={catId}>
                  {texts.category}
                  <span className="visually-hidden">, {rowLabel}</span>
                </label>
                {categoryOptions ? (
                  <select {...catProps}>
                    <option value="">{texts.chooseCategory}</option>
                    {categoryOptions.map((c) => (
                      <option key={c.value} value={c.value}>
                        {c.label}
                      </option>
                    ))}
                  </select>
                ) : (
                  <input type="text" {...catProps} />
                )}
                {catErrors?.length ? (
                  <p className="field__error" id={`${catId}-error`}>
                    {catErrors.join(" ")}
                  </p>
                ) : null}
              </div>
              <div className={`field field--amount${amountErrors?.length ? " field--error" : ""}`}>
                <label htmlFor={amountId}>
                  {texts.amount}
                  <span className="visually-hidden">, {rowLabel}</span>
                </label>
                <KronorTextInput
                  id={amountId}
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
                  {texts.remove}
                  <span className="visually-hidden"> {rowLabel}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" id={`${id}-add`} className="button button--secondary button--small" onClick={add} disabled={disabled}>
        {texts.add}
      </button>
      <p id={`${id}-sum`} className={`budget__sum${comparable ? (matches ? " budget__sum--ok" : " budget__sum--off") : ""}`}>
        {texts.sum(formatAmount(sum))} {comparable && (matches ? texts.sumMatches : texts.sumDiffers(formatAmount(target)))}
      </p>
      {invalid && (
        <p className="field__error" id={`${id}-error`}>
          {errors!.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
