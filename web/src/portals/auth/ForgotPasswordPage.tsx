import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { PublicLayout } from "../../app/PublicLayout";
import { ErrorSummary, type SummaryItem } from "../../app/ui/ErrorSummary";
import { TextField } from "../../app/ui/Field";
import { StatusMessage } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { RequestPasswordResetMutation } from "../../modules/auth/operations";

/** Glömt lösenord: asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("forgot.title"));
  const [request, { loading }] = useMutation(RequestPasswordResetMutation);
  const [email, setEmail] = useState("");
  const [fieldErrors, setFieldErrors] = useState<string[]>([]);
  const [error, setError] = useState<{ message: string; at: number } | null>(null);
  const [sent, setSent] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setSent(false);
    if (!email.trim()) {
      setFieldErrors([t("forgot.emailRequired")]);
      setError({ message: t("errors.checkFields"), at: Date.now() });
      return;
    }
    try {
      await request({ variables: { email: email.trim() } });
      setFieldErrors([]);
      setError(null);
      setSent(true);
    } catch (err) {
      const info = errorInfo(err);
      setFieldErrors(info.fields.email ?? []);
      setError({ message: info.message, at: Date.now() });
    }
  }

  const summary: SummaryItem[] = fieldErrors.map((message) => ({ fieldId: "forgot-email", message }));
  return (
    <PublicLayout>
      <h1>{t("forgot.title")}</h1>
      <p className="lead">{t("forgot.intro")}</p>
      {error && <ErrorSummary message={error.message} items={summary} focusKey={error.at} />}
      {sent && <StatusMessage>{t("forgot.sent")}</StatusMessage>}
      <form className="form card" onSubmit={submit} noValidate aria-busy={loading}>
        <TextField
          id="forgot-email"
          label={t("forgot.email")}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          errors={fieldErrors.length ? fieldErrors : undefined}
          required
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t("forgot.submit")}
          </button>
          {loading && (
            <span className="inline-status" role="status" aria-live="polite">
              {t("forgot.sending")}
            </span>
          )}
        </div>
      </form>
      <p>
        <Link to="/logga-in">{t("forgot.toLogin")}</Link>
      </p>
    </PublicLayout>
  );
}
