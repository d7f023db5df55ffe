import { type InputHTMLAttributes, type ReactNode, useLayoutEffect, useRef, useState } from "react";
import { caretAfterGrouping, groupKronorText, kronorText, parseKronor } from "../format";
import { describedBy, FieldShell } from "./Field";

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "value" | "onChange" | "type" | "inputMode">;

/**
 * A text input for whole kronor that groups the digits as they are typed or pasted
 * (`1250000` and `1 250 000 kr` both show `1 250 000`) and keeps the caret with its digits.
 * The value is the text; `parseKronor` turns it into kronor.
 */
export function KronorTextInput({ value, onChange, className, ...input }: InputProps & { value: string; onChange(e: { target: { value: string } }): void }) {
  const ref = useRef<HTMLInputElement>(null);
  const caret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (caret.current != null && el && el === document.activeElement) el.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  });
  return (
    <input
      ref={ref}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      className={`input--amount${className ? ` ${className}` : ""}`}
      {...input}
      value={value}
      onChange={(e) => {
        const raw = e.target.value;
        const next = groupKronorText(raw);
        caret.current = caretAfterGrouping(raw, e.target.selectionStart ?? raw.length, next);
        onChange({ target: { value: next } });
      }}
    />
  );
}

/**
 * The same for a value in whole kronor: null when empty, NaN while the text is not whole kronor
 * (so a form's schema can say so), otherwise the integer.
 */
export function AmountInput({ value, onChange, ...input }: InputProps & { value: number | null; onChange(kronor: number | null): void }) {
  const [text, setText] = useState(() => kronorText(value));
  const parsed = parseKronor(text);
  // A value set from outside (a reset, a loaded draft) replaces the text unless it says the same.
  const same = parsed === value || (parsed != null && value != null && Number.isNaN(parsed) && Number.isNaN(value));
  return (
    <KronorTextInput
      {...input}
      value={same ? text : kronorText(value)}
      onChange={(e) => {
        setText(e.target.value);
        onChange(parseKronor(e.target.value));
      }}
    />
  );
}

interface AmountFieldProps extends InputProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  value: number | null;
  onChange(kronor: number | null): void;
}

/** An amount field with label, hint and errors, like `TextField`. */
export function AmountField({ id, label, hint, errors, ...input }: AmountFieldProps) {
  const invalid = !!errors?.length;
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} required={input.required}>
      <AmountInput
        id={id}
        {...input}
        aria-required={input.required || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : undefined, invalid && `${id}-error`, input["aria-describedby"])}
      />
    </FieldShell>
  );
}

interface KronorFieldProps extends InputProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  fieldClassName?: string;
  value: string;
  onChange(e: { target: { value: string } }): void;
}

/** `TextField` for whole kronor kept as text: grouped as typed, read with `parseKronor`. */
export function KronorField({ id, label, hint, errors, fieldClassName, ...input }: KronorFieldProps) {
  const invalid = !!errors?.length;
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={fieldClassName} required={input.required}>
      <KronorTextInput
        id={id}
        {...input}
        aria-required={input.required || input["aria-required"] || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : undefined, invalid && `${id}-error`, input["aria-describedby"])}
      />
    </FieldShell>
  );
}
