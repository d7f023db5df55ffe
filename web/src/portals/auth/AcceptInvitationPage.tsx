import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { PublicLayout } from "../../app/PublicLayout";
import { useSession } from "../../app/session";
import { ErrorSummary, type SummaryItem } from "../../app/ui/ErrorSummary";
import { ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { AcceptInvitationMutation } from "../../modules/auth/operations";
import { NewPasswordFields, newPasswordErrors } from "../../modules/auth/components/NewPasswordFields";

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
    const local: Record<string, string[]> = newPasswordErrors(t, password, repeat);
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
            <NewPasswordFields
              idPrefix="invitation"
              passwordLabel={t("invitation.password")}
              repeatLabel={t("invitation.repeat")}
              password={password}
              repeat={repeat}
              onPassword={setPassword}
              onRepeat={setRepeat}
              errors={fieldErrors}
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
