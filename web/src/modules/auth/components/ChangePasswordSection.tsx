import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { ErrorSummary, type SummaryItem } from "../../../app/ui/ErrorSummary";
import { TextField } from "../../../app/ui/Field";
import { StatusMessage } from "../../../app/ui/Messages";
import { ChangePasswordMutation } from "../operations";
import { NewPasswordFields, newPasswordErrors } from "./NewPasswordFields";

/** Changing one's own password: the current one first; the server ends the other sessions. */
export function ChangePasswordSection({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation();
  const [change, { loading }] = useMutation(ChangePasswordMutation);
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [repeat, setRepeat] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<{ message: string; at: number } | null>(null);
  const [done, setDone] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const { password: newPassword, repeat: again } = newPasswordErrors(t, next, repeat);
    const local: Record<string, string[]> = {
      ...(current ? {} : { currentPassword: [t("account.password.currentRequired")] }),
      ...(newPassword ? { newPassword } : {}),
      ...(again ? { repeat: again } : {}),
    };
    setFieldErrors(local);
    if (Object.keys(local).length) {
      setError({ message: t("errors.checkFields"), at: Date.now() });
      return;
    }
    try {
      await change({ variables: { input: { currentPassword: current, newPassword: next } } });
      setCurrent("");
      setNext("");
      setRepeat("");
      setError(null);
      setDone(true);
      onChanged();
    } catch (err) {
      const info = errorInfo(err);
      setFieldErrors({ currentPassword: info.fields.currentPassword ?? [], newPassword: info.fields.newPassword ?? [] });
      setError({ message: info.message, at: Date.now() });
    }
  }

  const ids: Record<string, string> = { currentPassword: "account-current", newPassword: "account-new-password", repeat: "account-new-repeat" };
  const summary: SummaryItem[] = Object.entries(fieldErrors).flatMap(([field, msgs]) => msgs.map((message) => ({ fieldId: ids[field], message })));
  const errs = (field: string) => (fieldErrors[field]?.length ? fieldErrors[field] : undefined);

  return (
    <section aria-labelledby="account-password-heading">
      <h2 id="account-password-heading">{t("account.password.heading")}</h2>
      <p>{t("account.password.intro")}</p>
      {error && <ErrorSummary message={error.message} items={summary} focusKey={error.at} />}
      {done && <StatusMessage>{t("account.password.changed")}</StatusMessage>}
      <form className="form card" onSubmit={submit} noValidate aria-busy={loading}>
        <TextField
          id="account-current"
          label={t("account.password.current")}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          errors={errs("currentPassword")}
          required
        />
        <NewPasswordFields
          idPrefix="account-new"
          passwordLabel={t("account.password.new")}
          repeatLabel={t("account.password.repeat")}
          password={next}
          repeat={repeat}
          onPassword={setNext}
          onRepeat={setRepeat}
          errors={{ password: fieldErrors.newPassword, repeat: fieldErrors.repeat }}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t("account.password.submit")}
          </button>
          {loading && (
            <span className="inline-status" role="status" aria-live="polite">
              {t("common.saving")}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
