import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { RadioGroup, TextAreaField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import { DevFundScoreMutation } from "../operations";
import type { RankingRow } from "../round";

const SCORES = ["1", "2", "3", "4", "5"] as const;
type Score = (typeof SCORES)[number];
const IDS: Record<string, string> = { score: "df-score-value", comment: "df-score-comment" };

/** Bedömning: a score 1–5 with a comment; scoring again replaces my earlier score. */
export function ScoreForm({ row, onDone, onCancel }: { row: RankingRow; onDone(score: number): void; onCancel(): void }) {
  const { t } = useTranslation();
  const [score, setScore] = useState<Score | null>(null);
  const [comment, setComment] = useState("");
  const errors = useFormErrors();
  const [save, { loading }] = useMutation(DevFundScoreMutation, { refetchQueries: ["DevFundNgoRanking"], awaitRefetchQueries: true });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!score) local.score = [t("devfunds.score.scoreRequired")];
    if (!comment.trim()) local.comment = [t("devfunds.score.commentRequired")];
    if (!errors.check(local)) return;
    try {
      await save({ variables: { id: row.application.id, input: { score: Number(score), comment: comment.trim() } } });
      onDone(Number(score));
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormErrorSummary failure={errors.failure} idFor={(p) => IDS[p]} fallbackId="df-score-value" />
      <RadioGroup<Score>
        id="df-score-value"
        legend={t("devfunds.score.score")}
        hint={t("devfunds.score.scoreHint")}
        inline
        value={score}
        onChange={setScore}
        options={SCORES.map((s) => ({ value: s, label: s }))}
        errors={errors.of("score")}
      />
      <TextAreaField
        id="df-score-comment"
        label={t("devfunds.score.comment")}
        rows={4}
        value={comment}
        onChange={(e) => setComment(e.target.value)}
        errors={errors.of("comment")}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t("devfunds.score.save")}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t("common.cancel")}
        </button>
        {loading && (
          <span className="inline-status" role="status">
            {t("common.saving")}
          </span>
        )}
      </div>
    </form>
  );
}
