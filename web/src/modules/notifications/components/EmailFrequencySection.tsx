import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { RadioGroup } from "../../../app/ui/Field";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { ErrorAlert } from "../../../app/ui/Messages";
import type { EmailFrequency } from "../../../generated/graphql";
import { MyEmailFrequencyQuery, SetMyEmailFrequencyMutation } from "../operations";

const CHOICES: EmailFrequency[] = ["IMMEDIATE", "DAILY", "OFF"];

/** How the signed-in person hears of notifications by e-mail: each one, a daily digest, or none. */
export function EmailFrequencySection() {
  const { t } = useTranslation();
  const { data, error } = useQuery(MyEmailFrequencyQuery);
  const [save, saving] = useMutation(SetMyEmailFrequencyMutation);
  const stored = data?.me?.emailFrequency ?? null;
  const [chosen, setChosen] = useState<EmailFrequency | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const value = chosen ?? stored;

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!value) return;
    try {
      await save({ variables: { frequency: value } });
      setStatus(t(`notifications.email.saved.${value}`));
      setChosen(null);
    } catch (err) {
      setStatus(errorInfo(err).message);
    }
  }

  return (
    <section className="section" aria-labelledby="email-frequency-heading">
      <h2 id="email-frequency-heading">{t("notifications.email.heading")}</h2>
      {error ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : (
        <form className="form" onSubmit={(e) => void submit(e)} aria-busy={saving.loading}>
          <RadioGroup<EmailFrequency>
            id="email-frequency"
            legend={t("notifications.email.legend")}
            hint={t("notifications.email.hint")}
            options={CHOICES.map((c) => ({ value: c, label: t(`notifications.email.choice.${c}`) }))}
            value={value}
            onChange={setChosen}
            disabled={!stored || saving.loading}
          />
          <div className="button-row">
            <button type="submit" className="button button--secondary" disabled={!chosen || chosen === stored || saving.loading}>
              {t("notifications.email.save")}
            </button>
          </div>
        </form>
      )}
      <LiveStatus>{status}</LiveStatus>
    </section>
  );
}
