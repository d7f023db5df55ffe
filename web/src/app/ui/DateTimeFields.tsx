import { type InputHTMLAttributes, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { parseDateText, parseTimeText } from "../stockholmTime";
import { describedBy, FieldShell } from "./Field";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type">;
/** Like a text input's; on leaving the field, a normalised value comes as `{ target: { value } }`. */
type TextInputProps = InputProps & { value: string; onChange(e: { target: { value: string } }): void };

/** A text input whose value is written out in its standard form (by `parse`) when the field is left. */
function NormalisedInput({ value, onChange, onBlur, parse, kind, className, ...input }: TextInputProps & { parse(text: string): string | null; kind: string }) {
  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      className={`input--${kind}${className ? ` ${className}` : ""}`}
      {...input}
      value={value}
      onChange={onChange}
      onBlur={(e) => {
        const normal = parse(e.target.value);
        if (normal && normal !== e.target.value) onChange({ target: { value: normal } });
        onBlur?.(e);
      }}
    />
  );
}

/**
 * A date typed as `2026-11-24` whatever the browser's language (a native date input shows
 * `mm/dd/yyyy` in an American browser). What can be read as a date (`20261124`, `2026-1-4`)
 * is written out as `YYYY-MM-DD` when the field is left.
 */
export function DateInput(props: TextInputProps) {
  return <NormalisedInput {...props} parse={parseDateText} kind="date" />;
}

/** A time typed on the 24-hour clock as `09:00`; `9`, `930` and `9.30` become `09:00`/`09:30` when the field is left. */
export function TimeInput(props: TextInputProps) {
  return <NormalisedInput {...props} parse={parseTimeText} kind="time" />;
}

interface FieldProps extends TextInputProps {
  id: string;
  label: ReactNode;
  /** Said before the format hint, e.g. "Swedish time." */
  hint?: ReactNode;
  errors?: string[];
  fieldClassName?: string;
}

function useOwnCheck(value: string, valid: (text: string) => boolean, message: string, errors?: string[]) {
  const [left, setLeft] = useState(false);
  const own = left && value.trim() !== "" && !valid(value) ? [message] : undefined;
  return { errors: errors?.length ? errors : own, left: () => setLeft(true), typing: () => setLeft(false) };
}

function TextDateTimeField({
  id,
  label,
  hint,
  formatHint,
  errors: _errors,
  fieldClassName,
  check,
  Input,
  onChange,
  onBlur,
  ...input
}: FieldProps & { formatHint: string; check: ReturnType<typeof useOwnCheck>; Input: typeof DateInput }) {
  const shown = check.errors;
  const invalid = !!shown?.length;
  return (
    <FieldShell
      id={id}
      label={label}
      hint={
        hint ? (
          <>
            {hint} {formatHint}
          </>
        ) : (
          formatHint
        )
      }
      errors={shown}
      className={fieldClassName}
      required={input.required}
    >
      <Input
        id={id}
        {...input}
        onChange={(e) => {
          check.typing();
          onChange(e);
        }}
        onBlur={(e) => {
          check.left();
          onBlur?.(e);
        }}
        aria-required={input.required || input["aria-required"] || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(`${id}-hint`, invalid && `${id}-error`, input["aria-describedby"])}
      />
    </FieldShell>
  );
}

/** A labelled date field: `ÅÅÅÅ-MM-DD` hint, and a clear message when what was typed is not a date. */
export function DateField(props: FieldProps) {
  const { t } = useTranslation();
  const check = useOwnCheck(props.value, (v) => parseDateText(v) != null, t("fields.dateInvalid"), props.errors);
  return <TextDateTimeField {...props} formatHint={t("fields.dateHint")} check={check} Input={DateInput} />;
}

/** A labelled 24-hour time field (Swedish time): `TT:MM` hint, and a clear message when what was typed is not a time. */
export function TimeField(props: FieldProps) {
  const { t } = useTranslation();
  const check = useOwnCheck(props.value, (v) => parseTimeText(v) != null, t("fields.timeInvalid"), props.errors);
  return <TextDateTimeField {...props} formatHint={t("fields.timeHint")} check={check} Input={TimeInput} />;
}
