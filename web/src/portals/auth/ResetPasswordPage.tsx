import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { PublicLayout } from "../../app/PublicLayout";
import { ErrorSummary, type SummaryItem } from "../../app/ui/ErrorSummary";
import { ErrorAlert, StatusMessage } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { ResetPasswordMutation } from "../../modules/auth/operations";
import { NewPasswordFields, newPasswordErrors } from "../../modules/auth/components/NewPasswordFields";

/** The page of the mailed reset link: a new password, then sign in with it. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("reset.title"));
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const [reset, { loading }] = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState("");
  const [repeat, setRepeat] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<{ message: string; at: number; linkSpent: boolean } | null>(null);
  const [done, setDone] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = newPasswordErrors(t, password, repeat);
    setFieldErrors(local);
    if (Object.keys(local).length) {
      setError({ message: t("errors.checkFields"), at: Date.now(), linkSpent: false });
      return;
    }
    try {
      await reset({ variables: { input: { token, password } } });
      setError(null);
      setDone(true);
    } catch (err) {
      const info = errorInfo(err);
      setFieldErrors({ password: info.fields.password ?? [] });
      setError({ message: info.message, at: Date.now(), linkSpent: info.messageKey === "auth.resetLinkInvalid" || !!info.fields.token });
    }
  }

  const summary: SummaryItem[] = [
    ...(fieldErrors.password ?? []).map((message) => ({ fieldId: "reset-password", message })),
    ...(fieldErrors.repeat ?? []).map((message) => ({ fieldId: "reset-repeat", message })),
  ];

  if (done) {
    return (
      <PublicLayout>
        <h1>{t("reset.title")}</h1>
        <StatusMessage>{t("reset.done")}</StatusMessage>
        <p>
          <Link to="/logga-in">{t("reset.toLogin")}</Link>
        </p>
      </PublicLayout>
    );
  }

  return (
    <PublicLayout>
      <h1>{t("reset.title")}</h1>
      {!token ? (
        <>
          <ErrorAlert>{t("reset.noToken")}</ErrorAlert>
          <p>
            <Link to="/glomt-losenord">{t("reset.newLink")}</Link>
          </p>
        </>
      ) : (
        <>
          <p className="lead">{t("reset.intro")}</p>
          {error && <ErrorSummary message={error.message} items={summary} focusKey={error.at} />}
          {error?.linkSpent ? (
            <p>
              <Link to="/glomt-losenord">{t("reset.newLink")}</Link>
            </p>
          ) : (
            <form className="form card" onSubmit={submit} noValidate aria-busy={loading}>
              <NewPasswordFields
                idPrefix="reset"
                passwordLabel={t("reset.password")}
                repeatLabel={t("reset.repeat")}
                password={password}
                repeat={repeat}
                onPassword={setPassword}
                onRepeat={setRepeat}
                errors={fieldErrors}
              />
              <div className="button-row">
                <button type="submit" className="button" disabled={loading}>
                  {t("reset.submit")}
                </button>
                {loading && (
                  <span className="inline-status" role="status" aria-live="polite">
                    {t("common.saving")}
                  </span>
                )}
              </div>
            </form>
          )}
        </>
      )}
    </PublicLayout>
  );
}
