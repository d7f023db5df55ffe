import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { ErrorSummary } from "../../../app/ui/ErrorSummary";
import { TextField } from "../../../app/ui/Field";
import { Loading } from "../../../app/ui/Loading";
import { ErrorAlert, Notice, StatusMessage } from "../../../app/ui/Messages";
import { DisableTwoFactorForm } from "./DisableTwoFactorForm";
import { ConfirmTwoFactorEnrolmentMutation, MyTwoFactorQuery, StartTwoFactorEnrolmentMutation } from "../operations";

/** Two-factor sign-in: the status, enrolment with a QR code and a code, and the recovery codes shown once. */
export function TwoFactorSection() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(MyTwoFactorQuery);
  const [start, startState] = useMutation(StartTwoFactorEnrolmentMutation);
  const [confirm, confirmState] = useMutation(ConfirmTwoFactorEnrolmentMutation, { refetchQueries: ["MyTwoFactor"] });
  const [enrolment, setEnrolment] = useState<{ secret: string; qrCode: string } | null>(null);
  const [code, setCode] = useState("");
  const [codeErrors, setCodeErrors] = useState<string[]>([]);
  const [formError, setFormError] = useState<{ message: string; at: number } | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [disabled, setDisabled] = useState(false);
  const status = data?.myTwoFactor;

  async function begin() {
    setDisabled(false);
    try {
      const res = await start();
      const started = res.data?.startTwoFactorEnrolment;
      if (started) setEnrolment({ secret: started.secret, qrCode: started.qrCode });
      setFormError(null);
      window.requestAnimationFrame(() => document.getElementById("two-factor-scan")?.focus());
    } catch (err) {
      setFormError({ message: errorInfo(err).message, at: Date.now() });
    }
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!code.trim()) {
      setCodeErrors([t("account.twoFactor.codeRequired")]);
      setFormError({ message: t("errors.checkFields"), at: Date.now() });
      return;
    }
    try {
      const res = await confirm({ variables: { code: code.trim() } });
      setRecoveryCodes(res.data?.confirmTwoFactorEnrolment ?? []);
      setEnrolment(null);
      setCode("");
      setCodeErrors([]);
      setFormError(null);
    } catch (err) {
      const info = errorInfo(err);
      setCodeErrors([info.message]);
      setFormError({ message: info.message, at: Date.now() });
    }
  }

  return (
    <section aria-labelledby="account-two-factor-heading">
      <h2 id="account-two-factor-heading">{t("account.twoFactor.heading")}</h2>
      {loading && <Loading />}
      {error && <ErrorAlert>{errorInfo(error).message}</ErrorAlert>}
      {formError && (
        <ErrorSummary message={formError.message} items={codeErrors.map((message) => ({ fieldId: "two-factor-code", message }))} focusKey={formError.at} />
      )}
      {recoveryCodes && (
        <>
          <StatusMessage>{t("account.twoFactor.enabled")}</StatusMessage>
          <h3>{t("account.twoFactor.recoveryHeading")}</h3>
          <p>{t("account.twoFactor.recoveryIntro")}</p>
          <ul className="recovery-codes" aria-label={t("account.twoFactor.recoveryLabel")}>
            {recoveryCodes.map((c) => (
              <li key={c}>
                <code>{c}</code>
              </li>
            ))}
          </ul>
        </>
      )}
      {status &&
        !recoveryCodes &&
        (status.enabled ? <p>{t("account.twoFactor.on", { count: status.recoveryCodesLeft })}</p> : <p>{t("account.twoFactor.off")}</p>)}
      {disabled && status && !status.enabled && <StatusMessage>{t("account.twoFactor.disabled")}</StatusMessage>}
      {status && status.enabled && !status.required && !recoveryCodes && <DisableTwoFactorForm onDone={() => setDisabled(true)} />}
      {status && !status.enabled && status.required && !recoveryCodes && <Notice>{t("account.twoFactor.required")}</Notice>}
      {status && !status.enabled && !enrolment && !recoveryCodes && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => void begin()} disabled={startState.loading}>
            {t("account.twoFactor.start")}
          </button>
          {startState.loading && (
            <span className="inline-status" role="status" aria-live="polite">
              {t("common.loading")}
            </span>
          )}
        </div>
      )}
      {enrolment && (
        <div className="card">
          <p id="two-factor-scan" tabIndex={-1}>
            {t("account.twoFactor.scan")}
          </p>
          <img className="qr-code" src={enrolment.qrCode} alt={t("account.twoFactor.qrAlt")} width={240} height={240} />
          <p>{t("account.twoFactor.manual")}</p>
          <p>
            <span className="visually-hidden">{t("account.twoFactor.secretLabel")}: </span>
            <code className="totp-secret" data-testid="totp-secret">
              {enrolment.secret}
            </code>
          </p>
          <p>{t("account.twoFactor.confirmIntro")}</p>
          <form className="form" onSubmit={submit} noValidate aria-busy={confirmState.loading}>
            <TextField
              id="two-factor-code"
              label={t("account.twoFactor.code")}
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              spellCheck={false}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              errors={codeErrors.length ? codeErrors : undefined}
              required
            />
            <div className="button-row">
              <button type="submit" className="button" disabled={confirmState.loading}>
                {t("account.twoFactor.confirm")}
              </button>
              {confirmState.loading && (
                <span className="inline-status" role="status" aria-live="polite">
                  {t("common.saving")}
                </span>
              )}
            </div>
          </form>
        </div>
      )}
    </section>
  );
}
