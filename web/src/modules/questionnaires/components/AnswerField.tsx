import { useTranslation } from "react-i18next";
import { CheckboxGroup, RadioGroup, TextAreaField, TextField } from "../../../app/ui/Field";
import type { QuestionFieldsFragment } from "../../../generated/graphql";
import type { AnswerDraft } from "../draft";
import { inLanguage, questionText } from "../labels";

interface Props {
  question: QuestionFieldsFragment;
  position: number;
  draft: AnswerDraft;
  prefilled: boolean;
  changedFromPrefill: boolean;
  disabled: boolean;
  errors?: string[];
  onChange(draft: AnswerDraft): void;
}

/** One question of the answer form, in the control its type takes, with the pre-filled mark where the platform's data gave the answer. */
export function AnswerField({ question: q, position, draft, prefilled, changedFromPrefill, disabled, errors, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = `qn-q-${q.id}`;
  const legend = `${position}. ${questionText(q, lang)}`;
  const choices = q.choices.map((c) => ({ value: c.code, label: inLanguage(c, lang) }));
  const set = (patch: Partial<AnswerDraft>) => onChange({ ...draft, ...patch });
  const hint = prefilled ? (
    <span className="qn-prefilled">{changedFromPrefill ? t("questionnaires.answer.prefilledChanged") : t("questionnaires.answer.prefilled")}</span>
  ) : undefined;
  const otherChosen = draft.choice === "OTHER" || draft.choices.includes("OTHER");

  let control;
  switch (q.type) {
    case "YES_NO_DONT_KNOW":
    case "SINGLE_CHOICE":
      control = (
        <RadioGroup
          id={id}
          legend={legend}
          hint={hint}
          errors={errors}
          options={choices}
          value={draft.choice}
          disabled={disabled}
          inline={q.type === "YES_NO_DONT_KNOW"}
          onChange={(v) => set({ choice: v })}
        />
      );
      break;
    case "MULTIPLE_CHOICE":
      control = (
        <CheckboxGroup
          id={id}
          legend={legend}
          hint={hint}
          errors={errors}
          options={choices}
          value={draft.choices}
          disabled={disabled}
          onChange={(v) => set({ choices: v })}
        />
      );
      break;
    case "NUMBER":
    case "AMOUNT":
      control = (
        <TextField
          id={id}
          label={legend}
          hint={hint ?? (q.type === "AMOUNT" ? t("questionnaires.answer.amountHint") : undefined)}
          errors={errors}
          inputMode="numeric"
          value={draft.number}
          disabled={disabled}
          onChange={(e) => set({ number: e.target.value })}
        />
      );
      break;
    case "TEXT":
      control = (
        <TextAreaField
          id={id}
          label={legend}
          hint={hint ?? t("questionnaires.answer.optional")}
          errors={errors}
          value={draft.text}
          disabled={disabled}
          onChange={(e) => set({ text: e.target.value })}
        />
      );
      break;
    case "MATRIX":
      control = (
        <fieldset className={`field fieldset${errors?.length ? " field--error" : ""}`} id={id}>
          <legend>{legend}</legend>
          {hint && <p className="field__hint">{hint}</p>}
          {q.matrixRows.map((row) => (
            <RadioGroup
              key={row.code}
              id={`${id}-${row.code}`}
              legend={inLanguage(row, lang)}
              options={q.options.map((c) => ({ value: c.code, label: inLanguage(c, lang) }))}
              value={draft.matrix[row.code] ?? null}
              disabled={disabled}
              inline
              onChange={(v) => set({ matrix: { ...draft.matrix, [row.code]: v } })}
            />
          ))}
          {!!errors?.length && <p className="field__error">{errors.join(" ")}</p>}
        </fieldset>
      );
      break;
  }
  return (
    <div className="qn-question">
      {control}
      {otherChosen && (
        <TextField
          id={`${id}-other`}
          label={t("questionnaires.answer.otherText")}
          value={draft.otherText}
          disabled={disabled}
          onChange={(e) => set({ otherText: e.target.value })}
        />
      )}
    </div>
  );
}
