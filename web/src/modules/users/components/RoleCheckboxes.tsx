import { useTranslation } from "react-i18next";
import { describedBy } from "../../../app/ui/Field";
import type { Role } from "../../../generated/graphql";

interface Props {
  idPrefix: string;
  legend: string;
  roles: Role[];
  /** Shown but not changeable: roles the signed-in person may not give or take away. */
  locked?: Role[];
  value: Role[];
  onChange(roles: Role[]): void;
  errors?: string[];
  hint?: string;
  disabled?: boolean;
}

/** A fieldset of role checkboxes; errors are tied to the group. */
export function RoleCheckboxes({ idPrefix, legend, roles, locked, value, onChange, errors, hint, disabled }: Props) {
  const { t } = useTranslation();
  const invalid = !!errors?.length;
  return (
    <fieldset
      className={`field fieldset${invalid ? " field--error" : ""}`}
      id={idPrefix}
      aria-describedby={describedBy(hint && `${idPrefix}-hint`, invalid && `${idPrefix}-error`)}
      aria-invalid={invalid || undefined}
    >
      <legend>{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${idPrefix}-hint`}>
          {hint}
        </p>
      )}
      {roles.length > 0 && (
        <ul className="checkboxes">
          {roles.map((role) => {
            const id = `${idPrefix}-${role}`;
            return (
              <li key={role} className="checkbox">
                <input
                  type="checkbox"
                  id={id}
                  checked={value.includes(role)}
                  disabled={disabled || locked?.includes(role)}
                  onChange={(e) => onChange(e.target.checked ? [...value, role] : value.filter((r) => r !== role))}
                />
                <label htmlFor={id}>{t(`roles.${role}`)}</label>
              </li>
            );
          })}
        </ul>
      )}
      {invalid && (
        <p className="field__error" id={`${idPrefix}-error`}>
          {errors!.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
