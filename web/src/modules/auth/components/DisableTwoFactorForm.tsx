import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { TextField } from "../../../app/ui/Field";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import { DisableTwoFactorMutation } from "../operations";

/** Turning one's own two-factor sign-in off, with the password and a current code; offered only when the platform does not require it. */
export function DisableTwoFactorForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [v, setV] = useState({ password: "", code: "" });
  const errors = useFormErrors();
  const [disable, { loading }] = useMutation(DisableTwoFactorMutation, { refetchQueries: ["MyTwoFactor"], awaitRefetchQueries: true });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const missing: Record<string, string[]> = {};
    if (!v.password) missing.password = [t("account.twoFactor.passwordRequired")];
    if (!v.code.trim()) missing.code = [t("account.twoFactor.codeRequired")];
    if (!errors.check(missing)) return;
    try {
      await disable({ variables: { password: v.password, code: v.code.trim() } });
      errors.clear();
      setV({ password: "", code: "" });
      onDone();
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form card" onSubmit={(e) => void submit(e)} noValidate aria-busy={loading} aria-labelledby="two-factor-disable-heading">
      <h3 id="two-factor-disable-heading">{t("account.twoFactor.disableHeading")}</h3>
      <p>{t("account.twoFactor.disableIntro")}</p>
      <FormErrorSummary
        failure={errors.failure}
        idFor={(path) => ({ password: "two-factor-disable-password", code: "two-factor-disable-code" })[path]}
        fallbackId="two-factor-disable-password"
      />
      <TextField
        id="two-factor-disable-password"
        type="password"
        autoComplete="current-password"
        label={t("account.twoFactor.password")}
        value={v.password}
        onChange={(e) => setV({ ...v, password: e.target.value })}
        errors={errors.of("password")}
        required
      />
      <TextField
        id="two-factor-disable-code"
        label={t("account.twoFactor.code")}
        inputMode="numeric"
        autoComplete="one-time-code"
        spellCheck={false}
        value={v.code}
        onChange={(e) => setV({ ...v, code: e.target.value })}
        errors={errors.of("code")}
        required
      />
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={loading}>
          {t("account.twoFactor.disable")}
        </button>
        {loading && (
          <span className="inline-status" role="status" aria-live="polite">
            {t("common.saving")}
          </span>
        )}
      </div>
    </form>
  );
}
