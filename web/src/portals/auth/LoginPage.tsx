import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { request } from "../../app/graphqlFetch";
import { PublicLayout } from "../../app/PublicLayout";
import { useSession } from "../../app/session";
import { ErrorSummary, type SummaryItem } from "../../app/ui/ErrorSummary";
import { ErrorAlert, Notice } from "../../app/ui/Messages";
import { TextField } from "../../app/ui/Field";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import type { SignInProvidersQuery as SignInProvidersQueryData } from "../../generated/graphql";
import { LoginMutation, SignInProvidersQuery } from "../../modules/auth/operations";
import { SecondFactorForm } from "../../modules/auth/components/SecondFactorForm";

/** Why a sign-in through an organisation's identity provider came back without a session (`/logga-in?sso=<reason>`). */
const SSO_OUTCOMES = ["pending", "rejected", "deactivated", "state", "refused", "cancelled", "unavailable", "unknown"] as const;
type SsoOutcome = (typeof SSO_OUTCOMES)[number];

/** The second step after the identity provider: the challenge comes in the address's fragment, which no server sees. */
function challengeFromFragment(): string | null {
  return /^#tvasteg=([A-Za-z0-9_-]{20,200})$/.exec(window.location.hash)?.[1] ?? null;
}

/** Only paths inside the app are followed after signing in. */
function safeTarget(from: unknown): string {
  if (typeof from !== "string" || !from.startsWith("/") || from.startsWith("//") || from.startsWith("/logga-in")) return "/";
  return from;
}

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("login.title"));
  const { me, refresh } = useSession();
  const location = useLocation();
  const target = safeTarget((location.state as { from?: unknown } | null)?.from);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<{ message: string; at: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [challenge, setChallenge] = useState<string | null>(challengeFromFragment);
  const [providers, setProviders] = useState<SignInProvidersQueryData | null>(null);
  const ssoParam = new URLSearchParams(location.search).get("sso");
  const sso = SSO_OUTCOMES.find((o) => o === ssoParam) as SsoOutcome | undefined;

  useEffect(() => {
    let current = true;
    request(SignInProvidersQuery).then(
      (data) => current && setProviders(data),
      () => undefined, // Without the list, signing in with a password still works.
    );
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    // The challenge is not left in the address bar or the history.
    if (window.location.hash.startsWith("#tvasteg=")) window.history.replaceState(null, "", window.location.pathname + window.location.search);
  }, []);

  if (me) return <Navigate to={target} replace />;
  if (challenge) {
    return (
      <PublicLayout>
        <SecondFactorForm
          challenge={challenge}
          onRestart={() => {
            setChallenge(null);
            setPassword("");
          }}
        />
      </PublicLayout>
    );
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!email.trim()) local.email = [t("login.emailRequired")];
    if (!password) local.password = [t("login.passwordRequired")];
    setFieldErrors(local);
    if (Object.keys(local).length) {
      setError({ message: t("errors.checkFields"), at: Date.now() });
      return;
    }
    setBusy(true);
    try {
      const res = await request(LoginMutation, { email: email.trim(), password });
      setError(null);
      const next = res.login.twoFactorChallenge;
      if (next) {
        setBusy(false);
        setChallenge(next);
        return;
      }
      await refresh();
    } catch (err) {
      const info = errorInfo(err);
      setFieldErrors(info.fields);
      setError({ message: info.message, at: Date.now() });
      setBusy(false);
    }
  }

  const summary: SummaryItem[] = Object.entries(fieldErrors).flatMap(([field, msgs]) =>
    msgs.map((message) => ({ fieldId: field === "password" ? "login-password" : "login-email", message })),
  );
  const working = busy;

  return (
    <PublicLayout>
      <h1>{t("login.title")}</h1>
      <p className="lead">{t("login.intro")}</p>
      {sso === "pending" ? (
        <Notice title={t("login.sso.pendingTitle")}>{t("login.sso.pending")}</Notice>
      ) : sso ? (
        <ErrorAlert title={t("login.sso.failedTitle")}>{t(`login.sso.${sso}`)}</ErrorAlert>
      ) : null}
      {!!providers?.signInProviders.length && (
        <section aria-labelledby="sso-heading" className="section">
          <h2 id="sso-heading">{t("login.sso.heading")}</h2>
          <ul className="plain-list">
            {providers.signInProviders.map((p) => (
              <li key={p.organisationCode}>
                <a className="button button--secondary" href={`/api/auth/oidc/${encodeURIComponent(p.organisationCode)}/start`}>
                  {t("login.sso.via", { organisation: p.organisationName })}
                </a>
              </li>
            ))}
          </ul>
          <h2>{t("login.sso.passwordHeading")}</h2>
        </section>
      )}
      {error && <ErrorSummary message={error.message} items={summary} focusKey={error.at} />}
      <form className="form card" onSubmit={submit} noValidate aria-busy={working}>
        <TextField
          id="login-email"
          label={t("login.email")}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          errors={fieldErrors.email}
          required
        />
        <TextField
          id="login-password"
          label={t("login.password")}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          errors={fieldErrors.password}
          required
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={working}>
            {t("login.submit")}
          </button>
          {working && (
            <span className="inline-status" role="status" aria-live="polite">
              {t("login.signingIn")}
            </span>
          )}
        </div>
      </form>
      <p>
        <Link to="/glomt-losenord">{t("login.forgot")}</Link>
      </p>
      <p className="muted">{t("login.help")}</p>
      <p>
        <Link to="/kalender">{t("login.calendar")}</Link>
      </p>
    </PublicLayout>
  );
}
