import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo, hasCode } from "../../../app/errors";
import { request } from "../../../app/graphqlFetch";
import { useSession } from "../../../app/session";
import { ErrorSummary, type SummaryItem } from "../../../app/ui/ErrorSummary";
import { TextField } from "../../../app/ui/Field";
import { useDocumentTitle } from "../../../app/ui/useDocumentTitle";
import { CompleteTwoFactorSignInMutation } from "../operations";

/** The second step of signing in: a code from the authenticator app, or a recovery code. */
export function SecondFactorForm({ challenge, onRestart }: { challenge: string; onRestart(): void }) {
  const { t } = useTranslation();
  useDocumentTitle(t("secondFactor.title"));
  const { refresh } = useSession();
  const [loading, setLoading] = useState(false);
  const [code, setCode] = useState("");
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const [error, setError] = useState<{ message: string; at: number; spent: boolean } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!code.trim()) {
      setFieldErrors([t("secondFactor.codeRequired")]);
      setError({ message: t("errors.checkFields"), at: Date.now(), spent: false });
      return;
    }
    setLoading(true);
    try {
      await request(CompleteTwoFactorSignInMutation, { challenge, code: code.trim() });
      await refresh();
    } catch (err) {
      setLoading(false);
      const info = errorInfo(err);
      setFieldErrors([info.message]);
      setError({ message: info.message, at: Date.now(), spent: info.messageKey === "auth.signInChallengeInvalid" || hasCode(err, "FORBIDDEN") });
      setCode("");
    }
  }

  const summary: SummaryItem[] = fieldErrors.map((message) => ({ fieldId: "second-factor-code", message }));
  return (
    <>
      <h1>{t("secondFactor.title")}</h1>
      <p className="lead">{t("secondFactor.intro")}</p>
      {error && <ErrorSummary message={error.message} items={summary} focusKey={error.at} />}
      {!error?.spent && (
        <form className="form card" onSubmit={submit} noValidate aria-busy={loading}>
          <TextField
            id="second-factor-code"
            label={t("secondFactor.code")}
            hint={t("secondFactor.codeHint")}
            name="code"
            autoComplete="one-time-code"
            spellCheck={false}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            errors={fieldErrors.length ? fieldErrors : undefined}
            required
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={loading}>
              {t("secondFactor.submit")}
            </button>
            {loading && (
              <span className="inline-status" role="status" aria-live="polite">
                {t("login.signingIn")}
              </span>
            )}
          </div>
        </form>
      )}
      <p>
        <button type="button" className="button button--secondary" onClick={onRestart}>
          {t("secondFactor.restart")}
        </button>
      </p>
    </>
  );
}
