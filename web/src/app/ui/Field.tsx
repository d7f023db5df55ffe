import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";
import { useTranslation } from "react-i18next";

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean) as string[];
  return list.length ? list.join(" ") : undefined;
}

/**
 * The visible mark of a required field: an asterisk (the control itself says `required` to
 * assistive technology), or for a group of choices, which has no such state, also the word.
 */
export function RequiredMark({ spoken = false }: { spoken?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span className="field__required" aria-hidden="true">
        {" *"}
      </span>
      {spoken && <span className="visually-hidden"> ({t("fields.required")})</span>}
    </>
  );
}

/** "Fält markerade med * är obligatoriska." at the top of a form that marks its required fields. */
export function RequiredNote() {
  const { t } = useTranslation();
  return <p className="field__hint">{t("fields.requiredNote")}</p>;
}

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
  className?: string;
  required?: boolean;
}

/** Label, optional hint, the control, and its error messages underneath. */
export function FieldShell({ id, label, hint, errors, children, className, required }: FieldShellProps) {
  return (
    <div className={`field${errors?.length ? " field--error" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {!!errors?.length && (
        <p className="field__error" id={`${id}-error`}>
          {errors.join(" ")}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  fieldClassName?: string;
};

export function TextField({ id, label, hint, errors, fieldClassName, ...input }: TextFieldProps) {
  const invalid = !!errors?.length;
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={fieldClassName} required={input.required}>
      <input
        id={id}
        type="text"
        {...input}
        aria-required={input.required || input["aria-required"] || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : undefined, invalid && `${id}-error`, input["aria-describedby"])}
      />
    </FieldShell>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "id"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  fieldClassName?: string;
  children: ReactNode;
};

export function SelectField({ id, label, hint, errors, fieldClassName, children, ...select }: SelectFieldProps) {
  const invalid = !!errors?.length;
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={fieldClassName} required={select.required}>
      <select
        id={id}
        {...select}
        aria-required={select.required || select["aria-required"] || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : undefined, invalid && `${id}-error`)}
      >
        {children}
      </select>
    </FieldShell>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  fieldClassName?: string;
};

export function TextAreaField({ id, label, hint, errors, fieldClassName, rows = 4, ...area }: TextAreaFieldProps) {
  const invalid = !!errors?.length;
  return (
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={fieldClassName} required={area.required}>
      <textarea
        id={id}
        rows={rows}
        {...area}
        aria-required={area.required || area["aria-required"] || undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : undefined, invalid && `${id}-error`, area["aria-describedby"])}
      />
    </FieldShell>
  );
}

type CheckboxFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "type"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
};

/** One checkbox with its label beside it, e.g. "Nationell (öppen för hela landet)". */
export function CheckboxField({ id, label, hint, errors, ...input }: CheckboxFieldProps) {
  const invalid = !!errors?.length;
  return (
    <div className={`field${invalid ? " field--error" : ""}`}>
      <div className="checkbox">
        <input
          id={id}
          type="checkbox"
          {...input}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(hint ? `${id}-hint` : undefined, invalid && `${id}-error`)}
        />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint && (
        <p className="field__hint field__hint--after" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {invalid && (
        <p className="field__error" id={`${id}-error`}>
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}

interface ChoiceGroupProps<T extends string> {
  /** id of the fieldset; each option gets `${id}-${value}` */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  options: { value: T; label: ReactNode }[];
  disabled?: boolean;
  inline?: boolean;
  /** Marks the group as required (one choice at least). */
  required?: boolean;
}

function GroupShell({
  id,
  legend,
  hint,
  errors,
  inline,
  required,
  children,
}: Omit<ChoiceGroupProps<string>, "options" | "disabled"> & { children: ReactNode }) {
  const invalid = !!errors?.length;
  return (
    <fieldset
      className={`field fieldset${invalid ? " field--error" : ""}`}
      id={id}
      aria-describedby={describedBy(hint ? `${id}-hint` : undefined, invalid && `${id}-error`)}
    >
      <legend>
        {legend}
        {required && <RequiredMark spoken />}
      </legend>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ul className={inline ? "choices choices--inline" : "choices"}>{children}</ul>
      {invalid && (
        <p className="field__error" id={`${id}-error`}>
          {errors!.join(" ")}
        </p>
      )}
    </fieldset>
  );
}

/** Radio buttons in a fieldset: pick exactly one. */
export function RadioGroup<T extends string>({
  value,
  onChange,
  name,
  ...props
}: ChoiceGroupProps<T> & { name?: string; value: T | null; onChange(value: T): void }) {
  return (
    <GroupShell {...props}>
      {props.options.map((o) => (
        <li key={o.value} className="checkbox">
          <input
            type="radio"
            id={`${props.id}-${o.value}`}
            name={name ?? props.id}
            value={o.value}
            checked={value === o.value}
            disabled={props.disabled}
            onChange={() => onChange(o.value)}
          />
          <label htmlFor={`${props.id}-${o.value}`}>{o.label}</label>
        </li>
      ))}
    </GroupShell>
  );
}

/** Checkboxes in a fieldset: pick any number. */
export function CheckboxGroup<T extends string>({ value, onChange, ...props }: ChoiceGroupProps<T> & { value: T[]; onChange(value: T[]): void }) {
  return (
    <GroupShell {...props}>
      {props.options.map((o) => (
        <li key={o.value} className="checkbox">
          <input
            type="checkbox"
            id={`${props.id}-${o.value}`}
            checked={value.includes(o.value)}
            disabled={props.disabled}
            onChange={(e) => onChange(e.target.checked ? [...value, o.value] : value.filter((v) => v !== o.value))}
          />
          <label htmlFor={`${props.id}-${o.value}`}>{o.label}</label>
        </li>
      ))}
    </GroupShell>
  );
}
