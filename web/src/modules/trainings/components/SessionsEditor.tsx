import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DateInput, TimeInput } from "../../../app/ui/DateTimeFields";
import { describedBy } from "../../../app/ui/Field";
import { followingSession, type SessionRow } from "../eventValues";

interface Props {
  rows: SessionRow[];
  onChange(rows: SessionRow[]): void;
  errors?: string[];
  rowErrors(path: string): string[] | undefined;
}

function Cell({ id, label, errors, children }: { id: string; label: ReactNode; errors?: string[]; children: ReactNode }) {
  return (
    <div className={`field${errors?.length ? " field--error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {errors?.length ? (
        <p className="field__error" id={`${id}-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

/** The days of a training: date, start and end time per row, in Swedish time. */
export function SessionsEditor({ rows, onChange, errors, rowErrors }: Props) {
  const { t } = useTranslation();
  const invalid = !!errors?.length;
  const update = (i: number, change: Partial<SessionRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));

  function add() {
    onChange([...rows, followingSession(rows)]);
    window.requestAnimationFrame(() => document.getElementById(`event-session-${rows.length}-date`)?.focus());
  }

  function remove(i: number) {
    onChange(rows.filter((_, j) => j !== i));
    window.requestAnimationFrame(() =>
      (document.getElementById(`event-session-${Math.min(i, rows.length - 2)}-date`) ?? document.getElementById("event-session-add"))?.focus(),
    );
  }

  return (
    <fieldset
      className={`field fieldset${invalid ? " field--error" : ""}`}
      id="event-sessions"
      aria-describedby={describedBy("event-sessions-hint", invalid && "event-sessions-error")}
    >
      <legend>{t("trainings.form.sessions")}</legend>
      <p className="field__hint" id="event-sessions-hint">
        {t("trainings.form.sessionsHint")}
      </p>
      <ol className="rows">
        {rows.map((row, i) => {
          const day = t("trainings.form.dayN", { day: i + 1 });
          const errs = (field: "date" | "start" | "end") => {
            const alias = field === "start" ? "startsAt" : field === "end" ? "endsAt" : field;
            const list = [...(rowErrors(`sessions.${i}.${field}`) ?? []), ...(field === "date" ? [] : (rowErrors(`sessions.${i}.${alias}`) ?? []))];
            return list.length ? list : undefined;
          };
          const input = (field: "date" | "start" | "end", type: "date" | "time") => {
            const id = `event-session-${i}-${field}`;
            const e = errs(field);
            const Input = type === "date" ? DateInput : TimeInput;
            return (
              <Input
                id={id}
                value={row[field]}
                onChange={(ev) => update(i, { [field]: ev.target.value })}
                aria-invalid={e ? true : undefined}
                aria-describedby={e ? `event-sessions-hint ${id}-error` : "event-sessions-hint"}
              />
            );
          };
          return (
            <li key={row.key} className="rows__row">
              <Cell
                id={`event-session-${i}-date`}
                errors={errs("date")}
                label={
                  <>
                    {t("trainings.form.date")}
                    <span className="visually-hidden">, {day}</span>
                  </>
                }
              >
                {input("date", "date")}
              </Cell>
              <Cell
                id={`event-session-${i}-start`}
                errors={errs("start")}
                label={
                  <>
                    {t("trainings.form.startTime")}
                    <span className="visually-hidden">, {day}</span>
                  </>
                }
              >
                {input("start", "time")}
              </Cell>
              <Cell
                id={`event-session-${i}-end`}
                errors={errs("end")}
                label={
                  <>
                    {t("trainings.form.endTime")}
                    <span className="visually-hidden">, {day}</span>
                  </>
                }
              >
                {input("end", "time")}
              </Cell>
              {rows.length > 1 && (
                <button type="button" className="button button--small button--danger-quiet" onClick={() => remove(i)}>
                  {t("trainings.form.removeDay")}
                  <span className="visually-hidden"> {day}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" id="event-session-add" className="button button--secondary button--small" onClick={add}>
        {t("trainings.form.addDay")}
      </button>
      {invalid && (
        <p className="field__error" id="event-sessions-error">
          {errors!.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
