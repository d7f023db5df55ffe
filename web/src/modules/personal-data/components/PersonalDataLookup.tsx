import { useLazyQuery, useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatNumber } from "../../../app/format";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { TextAreaField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { EmptyState, StatusMessage } from "../../../app/ui/Messages";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { ErasePersonalDataMutation as EraseData } from "../../../generated/graphql";
import { ErasePersonalDataMutation, PersonalDataExtractQuery } from "../operations";
import { ErasedCounts } from "./ErasedCounts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const REASON_MIN = 10;

/**
 * Registerutdrag: what the platform holds about an e-mail address, per kind, with the JSON and PDF
 * extract; and erasure on request (a reason, checked, then confirmed) of what need not be kept.
 */
export function PersonalDataLookup() {
  const { t } = useTranslation();
  const [email, setEmail] = useState("");
  const [asked, setAsked] = useState<string | null>(null);
  const lookupErrors = useFormErrors();
  const [load, extract] = useLazyQuery(PersonalDataExtractQuery, { fetchPolicy: "network-only" });
  const [reason, setReason] = useState("");
  const eraseErrors = useFormErrors();
  const [confirming, setConfirming] = useState(false);
  const [eraseError, setEraseError] = useState<string | null>(null);
  const [erased, setErased] = useState<EraseData["erasePersonalData"] | null>(null);
  const [erase, eraseState] = useMutation(ErasePersonalDataMutation);

  async function lookup(e: FormEvent) {
    e.preventDefault();
    const value = email.trim().toLowerCase();
    if (!lookupErrors.check(EMAIL.test(value) ? {} : { email: [t("personalData.emailInvalid")] })) return;
    setErased(null);
    setReason("");
    try {
      await load({ variables: { email: value } });
      lookupErrors.clear();
      setAsked(value);
    } catch (err) {
      lookupErrors.fail(err);
    }
  }

  function askToErase(e: FormEvent) {
    e.preventDefault();
    if (!eraseErrors.check(reason.trim().length >= REASON_MIN ? {} : { reason: [t("personalData.reasonRequired", { min: REASON_MIN })] })) return;
    eraseErrors.clear();
    setConfirming(true);
  }

  async function confirmErase() {
    if (!asked) return;
    try {
      const res = await erase({ variables: { input: { email: asked, reason: reason.trim() } } });
      setErased(res.data?.erasePersonalData ?? null);
      setConfirming(false);
      setEraseError(null);
      await extract.refetch();
    } catch (err) {
      setEraseError(errorInfo(err).message);
    }
  }

  const data = extract.data?.personalDataExtract;
  const shown = data && asked === data.email ? data : null;
  const total = shown?.sections.reduce((n, s) => n + s.count, 0) ?? 0;
  const erasable = shown?.sections.reduce((n, s) => n + s.erasable, 0) ?? 0;
  const query = asked ? `?email=${encodeURIComponent(asked)}` : "";

  return (
    <>
      <form className="form card" onSubmit={(e) => void lookup(e)} noValidate aria-busy={extract.loading} aria-label={t("personalData.lookupLabel")}>
        <FormErrorSummary
          failure={lookupErrors.failure}
          idFor={(path) => (path === "email" ? "personal-data-email" : undefined)}
          fallbackId="personal-data-email"
        />
        <TextField
          id="personal-data-email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          label={t("personalData.email")}
          hint={t("personalData.emailHint")}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          errors={lookupErrors.of("email")}
          required
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={extract.loading}>
            {t("personalData.lookup")}
          </button>
          {extract.loading && (
            <span className="inline-status" role="status" aria-live="polite">
              {t("personalData.looking")}
            </span>
          )}
        </div>
      </form>

      {shown && (
        <section aria-labelledby="personal-data-result">
          <h2 id="personal-data-result">{t("personalData.resultHeading", { email: shown.email })}</h2>
          {erased && (
            <StatusMessage>
              {t("personalData.erasedHeading")}
              <ErasedCounts erased={erased.erased} label={t("personalData.erasedLabel")} />
            </StatusMessage>
          )}
          {total === 0 ? (
            <EmptyState>{t("personalData.nothingHeld", { email: shown.email })}</EmptyState>
          ) : (
            <div className="table-wrap">
              <table>
                <caption>{t("personalData.tableCaption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("personalData.kind")}</th>
                    <th scope="col" className="num">
                      {t("personalData.count")}
                    </th>
                    <th scope="col">{t("personalData.onRequest")}</th>
                  </tr>
                </thead>
                <tbody>
                  {shown.sections
                    .filter((s) => s.count > 0)
                    .map((s) => (
                      <tr key={s.kind}>
                        <th scope="row">{s.label}</th>
                        <td className="num">{formatNumber(s.count)}</td>
                        <td>
                          {s.erasable > 0 && <p>{t("personalData.erasable", { count: s.erasable })}</p>}
                          {s.keptReason && <p>{t("personalData.kept", { count: s.count - s.erasable, reason: s.keptReason })}</p>}
                        </td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="button-row">
            <a className="button button--secondary" href={`/api/personal-data/extract.pdf${query}`} download>
              {t("personalData.downloadPdf")}
            </a>
            <a className="button button--secondary" href={`/api/personal-data/extract.json${query}`} download>
              {t("personalData.downloadJson")}
            </a>
          </p>
          {erasable > 0 && (
            <form className="form card" onSubmit={askToErase} noValidate aria-labelledby="personal-data-erase-heading">
              <h3 id="personal-data-erase-heading">{t("personalData.eraseHeading")}</h3>
              <p>{t("personalData.eraseIntro")}</p>
              <FormErrorSummary
                failure={eraseErrors.failure}
                idFor={(path) => (path === "reason" ? "personal-data-reason" : undefined)}
                fallbackId="personal-data-reason"
              />
              <TextAreaField
                id="personal-data-reason"
                label={t("personalData.reason")}
                hint={t("personalData.reasonHint")}
                rows={3}
                value={reason}
                onChange={(e) => setReason(e.target.value)}
                errors={eraseErrors.of("reason")}
                required
              />
              <div className="button-row">
                <button type="submit" className="button button--danger">
                  {t("personalData.erase")}
                </button>
              </div>
            </form>
          )}
        </section>
      )}

      <ConfirmDialog
        open={confirming}
        title={t("personalData.confirmTitle", { email: asked ?? "" })}
        confirmLabel={t("personalData.confirmErase")}
        danger
        busy={eraseState.loading}
        error={eraseError}
        onConfirm={() => void confirmErase()}
        onClose={() => {
          setConfirming(false);
          setEraseError(null);
        }}
      >
        <p>{t("personalData.confirmBody", { count: erasable })}</p>
      </ConfirmDialog>
    </>
  );
}
