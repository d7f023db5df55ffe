import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean) as string[];
  return list.length ? list.join(" ") : undefined;
}

interface FieldShellProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  errors?: string[];
  children: ReactNode;
  className?: string;
}

/** Label, optional hint, the control, and its error messages underneath. */
function FieldShell({ id, label, hint, errors, children, className }: FieldShellProps) {
  return (
    <div className={`field${errors?.length ? " field--error" : ""}${className ? ` ${className}` : ""}`}>
      <label htmlFor={id}>{label}</label>
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
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={fieldClassName}>
      <input
        id={id}
        type="text"
        {...input}
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
    <FieldShell id={id} label={label} hint={hint} errors={errors} className={fieldClassName}>
      <select
        id={id}
        {...select}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : undefined, invalid && `${id}-error`)}
      >
        {children}
      </select>
    </FieldShell>
  );
}
