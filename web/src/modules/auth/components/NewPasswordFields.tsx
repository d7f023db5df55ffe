import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../app/ui/Field";
import { MIN_PASSWORD_LENGTH } from "../password";

/** What a new password and its repetition lack before they are sent (the server checks the whole strength rule). */
export function newPasswordErrors(t: TFunction, password: string, repeat: string): { password?: string[]; repeat?: string[] } {
  const errors: { password?: string[]; repeat?: string[] } = {};
  if (password.length < MIN_PASSWORD_LENGTH) errors.password = [t("invitation.tooShort", { count: MIN_PASSWORD_LENGTH })];
  if (!repeat) errors.repeat = [t("invitation.repeatRequired")];
  else if (repeat !== password) errors.repeat = [t("invitation.mismatch")];
  return errors;
}

interface Props {
  /** The ids of the two inputs are `<idPrefix>-password` and `<idPrefix>-repeat`. */
  idPrefix: string;
  passwordLabel: string;
  repeatLabel: string;
  password: string;
  repeat: string;
  onPassword(value: string): void;
  onRepeat(value: string): void;
  errors: { password?: string[]; repeat?: string[] };
}

/** A new password, with the length hint, and the same typed again: invitations, resets and changes. */
export function NewPasswordFields({ idPrefix, passwordLabel, repeatLabel, password, repeat, onPassword, onRepeat, errors }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id={`${idPrefix}-password`}
        label={passwordLabel}
        hint={t("invitation.passwordHint", { count: MIN_PASSWORD_LENGTH })}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={(e) => onPassword(e.target.value)}
        errors={errors.password?.length ? errors.password : undefined}
        required
      />
      <TextField
        id={`${idPrefix}-repeat`}
        label={repeatLabel}
        type="password"
        autoComplete="new-password"
        value={repeat}
        onChange={(e) => onRepeat(e.target.value)}
        errors={errors.repeat?.length ? errors.repeat : undefined}
        required
      />
    </>
  );
}
