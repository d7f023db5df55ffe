import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { PublicLayout } from "../../app/PublicLayout";
import { useSession } from "../../app/session";
import { ErrorSummary, type SummaryItem } from "../../app/ui/ErrorSummary";
import { TextField } from "../../app/ui/Field";
import { ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { AcceptInvitationMutation } from "../../modules/auth/operations";

export const MIN_PASSWORD_LENGTH = 12;

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("invitation.title"));
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const navigate = useNavigate();
  const { refresh } = useSession();
  const [accept, { loading }] = useMutation(AcceptInvitationMutation);
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<{ message: string; at: number } | null>(null);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (password.length < MIN_PASSWORD_LENGTH) local.password = [t("invitation.tooShort", { count: MIN_PASSWORD_LENGTH })];
    if (!repeat) local.repeat = [t("invitation.repeatRequired")];
    else if (repeat !== password) local.repeat = [t("invitation.mismatch")];
    setFieldErrors(local);
    if (Object.keys(local).length) {
      setError({ message: t("errors.checkFields"), at: Date.now() });
      return;
    }
    try {
      await accept({ variables: { input: { token, password } } });
      await refresh();
      void navigate("/", { replace: true });
    } catch (err) {
      const info = errorInfo(err);
      setFieldErrors({ password: info.fields.password ?? [] });
      setError({ message: info.message, at: Date.now() });
    }
  }

  const summary: SummaryItem[] = [
    ...(fieldErrors.password ?? []).map((message) => ({ fieldId: "invitation-password", message })),
    ...(fieldErrors.repeat ?? []).map((message) => ({ fieldId: "invitation-repeat", message })),
  ];

  return (
    <PublicLayout>
      <h1>{t("invitation.title")}</h1>
      {!token ? (
        <>
          <ErrorAlert>{t("invitation.noToken")}</ErrorAlert>
          <p>
            <Link to="/logga-in">{t("invitation.toLogin")}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{t("invitation.intro")}</p>
          {error && <ErrorSummary message={error.message} items={summary} focusKey={error.at} />}
          <form className="form card" onSubmit={submit} noValidate aria-busy={loading}>
            <TextField
              id="invitation-password"
              label={t("invitation.password")}
              hint={t("invitation.passwordHint", { count: MIN_PASSWORD_LENGTH })}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              errors={fieldErrors.password?.length ? fieldErrors.password : undefined}
              required
            />
            <TextField
              id="invitation-repeat"
              label={t("invitation.repeat")}
              type="password"
              autoComplete="new-password"
              value={repeat}
              onChange={(e) => setRepeat(e.target.value)}
              errors={fieldErrors.repeat}
              required
            />
            <div className="button-row">
              <button type="submit" className="button" disabled={loading}>
                {t("invitation.submit")}
              </button>
              {loading && (
                <span className="inline-status" role="status" aria-live="polite">
                  {t("common.saving")}
                </span>
              )}
            </div>
          </form>
        </>
      )}
    </PublicLayout>
  );
}
