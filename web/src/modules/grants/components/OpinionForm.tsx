import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../app/format";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { RadioGroup, TextAreaField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { ConsultationOpinion } from "../../../generated/graphql";
import { SubmitConsultationOpinionMutation } from "../operations";

const OPINIONS: ConsultationOpinion[] = ["SUPPORTS", "SUPPORTS_WITH_CHANGES", "DOES_NOT_SUPPORT"];
const IDS: Record<string, string> = { opinion: "opinion-choice", text: "opinion-text" };

/** The consultation body's answer (remissvar): an opinion and its reasons. Sent once. */
export function OpinionForm({ applicationId, dueDate, onDone }: { applicationId: string; dueDate: string; onDone(message: string): void }) {
  const { t } = useTranslation();
  const [opinion, setOpinion] = useState<ConsultationOpinion | null>(null);
  const [text, setText] = useState("");
  const [confirming, setConfirming] = useState(false);
  const errors = useFormErrors();
  const [submit, { loading }] = useMutation(SubmitConsultationOpinionMutation, { refetchQueries: ["GrantApplication", "ConsultationRequests"] });

  function ask(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!opinion) local.opinion = [t("grants.opinion.choose")];
    if (!text.trim()) local.text = [t("grants.opinion.textRequired")];
    if (errors.check(local)) {
      errors.clear();
      setConfirming(true);
    }
  }

  async function confirm() {
    if (!opinion) return;
    try {
      await submit({ variables: { applicationId, input: { opinion, text: text.trim() } } });
      setConfirming(false);
      onDone(t("grants.opinion.done"));
    } catch (err) {
      setConfirming(false);
      errors.fail(err);
    }
  }

  return (
    <section className="section card" aria-labelledby="opinion-heading">
      <h2 id="opinion-heading">{t("grants.opinion.heading")}</h2>
      <p>{t("grants.opinion.intro", { date: formatDate(dueDate) })}</p>
      <FormErrorSummary failure={errors.failure} idFor={(p) => IDS[p]} fallbackId="opinion-choice" />
      <form className="form" onSubmit={ask} noValidate>
        <RadioGroup<ConsultationOpinion>
          id="opinion-choice"
          legend={t("grants.opinion.legend")}
          options={OPINIONS.map((o) => ({ value: o, label: t(`consultationOpinion.${o}`) }))}
          value={opinion}
          onChange={setOpinion}
          errors={errors.of("opinion")}
        />
        <TextAreaField
          id="opinion-text"
          label={t("grants.opinion.text")}
          rows={6}
          value={text}
          onChange={(e) => setText(e.target.value)}
          errors={errors.of("text")}
        />
        <div className="button-row">
          <button type="submit" className="button">
            {t("grants.opinion.submit")}
          </button>
        </div>
      </form>
      <ConfirmDialog
        open={confirming}
        title={t("grants.opinion.confirmTitle")}
        confirmLabel={t("grants.opinion.confirm")}
        busy={loading}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      >
        <p>{t("grants.opinion.confirmBody", { opinion: opinion ? t(`consultationOpinion.${opinion}`) : "" })}</p>
      </ConfirmDialog>
    </section>
  );
}
