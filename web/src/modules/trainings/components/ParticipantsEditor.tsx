import { useTranslation } from "react-i18next";
import { describedBy } from "../../../app/ui/Field";

export interface ParticipantRow {
  key: string;
  name: string;
  email: string;
  profession: string;
  workplace: string;
}

let nextKey = 0;
export function newParticipant(): ParticipantRow {
  nextKey += 1;
  return { key: `participant-${nextKey}`, name: "", email: "", profession: "", workplace: "" };
}

type Field = "name" | "email" | "profession" | "workplace";
const FIELDS: { field: Field; type: string; autoComplete: string }[] = [
  { field: "name", type: "text", autoComplete: "off" },
  { field: "email", type: "email", autoComplete: "off" },
  { field: "profession", type: "text", autoComplete: "off" },
  { field: "workplace", type: "text", autoComplete: "off" },
];

interface Props {
  rows: ParticipantRow[];
  onChange(rows: ParticipantRow[]): void;
  errors?: string[];
  rowErrors(path: string): string[] | undefined;
}

/** Participants: Namn, E-post, Yrke/roll, Arbetsplats per person, "Lägg till deltagare". */
export function ParticipantsEditor({ rows, onChange, errors, rowErrors }: Props) {
  const { t } = useTranslation();
  const invalid = !!errors?.length;
  const update = (i: number, change: Partial<ParticipantRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));

  function add() {
    onChange([...rows, newParticipant()]);
    window.requestAnimationFrame(() => document.getElementById(`participant-${rows.length}-name`)?.focus());
  }

  function remove(i: number) {
    onChange(rows.filter((_, j) => j !== i));
    window.requestAnimationFrame(() =>
      (document.getElementById(`participant-${Math.min(i, rows.length - 2)}-name`) ?? document.getElementById("participant-add"))?.focus(),
    );
  }

  return (
    <fieldset className={`field fieldset${invalid ? " field--error" : ""}`} id="participants" aria-describedby={describedBy(invalid && "participants-error")}>
      <legend>{t("trainings.register.participants")}</legend>
      <ol className="rows">
        {rows.map((row, i) => {
          const who = t("trainings.register.participantN", { n: i + 1 });
          return (
            <li key={row.key} className="rows__row">
              {FIELDS.map(({ field, type, autoComplete }) => {
                const id = `participant-${i}-${field}`;
                const errs = rowErrors(`participants.${i}.${field}`);
                return (
                  <div key={field} className={`field${errs?.length ? " field--error" : ""}`}>
                    <label htmlFor={id}>
                      {t(`trainings.register.${field}`)}
                      <span className="visually-hidden">, {who}</span>
                    </label>
                    <input
                      id={id}
                      type={type}
                      autoComplete={autoComplete}
                      spellCheck={field === "email" ? false : undefined}
                      value={row[field]}
                      onChange={(e) => update(i, { [field]: e.target.value })}
                      aria-invalid={errs?.length ? true : undefined}
                      aria-describedby={errs?.length ? `${id}-error` : undefined}
                    />
                    {errs?.length ? (
                      <p className="field__error" id={`${id}-error`}>
                        {errs.join(" ")}
                      </p>
                    ) : null}
                  </div>
                );
              })}
              {rows.length > 1 && (
                <button type="button" className="button button--small button--danger-quiet" onClick={() => remove(i)}>
                  {t("trainings.register.remove")}
                  <span className="visually-hidden"> {who}</span>
                </button>
              )}
            </li>
          );
        })}
      </ol>
      <button type="button" id="participant-add" className="button button--secondary button--small" onClick={add}>
        {t("trainings.register.add")}
      </button>
      {invalid && (
        <p className="field__error" id="participants-error">
          {errors!.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
