import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo, type ErrorInfo } from "../../../app/errors";
import { CheckboxField, SelectField, TextField } from "../../../app/ui/Field";
import { ErrorAlert } from "../../../app/ui/Messages";
import type { QuestionFieldsFragment, QuestionType } from "../../../generated/graphql";
import { CreateQuestionMutation } from "../operations";

const TYPES: QuestionType[] = ["YES_NO_DONT_KNOW", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "NUMBER", "AMOUNT", "TEXT", "MATRIX"];

interface ChoiceRow {
  code: string;
  sv: string;
  en: string;
}

const emptyRow = (): ChoiceRow => ({ code: "", sv: "", en: "" });

/** Rows of choices (or matrix rows), each with a code that stays the same from year to year and a text in both languages. */
function ChoiceRows({ id, legend, rows, onChange }: { id: string; legend: string; rows: ChoiceRow[]; onChange(rows: ChoiceRow[]): void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<ChoiceRow>) => onChange(rows.map((r, n) => (n === i ? { ...r, ...patch } : r)));
  return (
    <fieldset className="fieldset qn-choice-rows" id={id}>
      <legend>{legend}</legend>
      {rows.map((r, i) => (
        <div key={i} className="qn-choice-row" role="group" aria-label={t("questionnaires.newQuestion.row", { number: i + 1 })}>
          <TextField
            id={`${id}-${i}-code`}
            label={t("questionnaires.newQuestion.code")}
            value={r.code}
            onChange={(e) => set(i, { code: e.target.value.toUpperCase() })}
          />
          <TextField id={`${id}-${i}-sv`} label={t("questionnaires.newQuestion.sv")} value={r.sv} onChange={(e) => set(i, { sv: e.target.value })} />
          <TextField id={`${id}-${i}-en`} label={t("questionnaires.newQuestion.en")} value={r.en} onChange={(e) => set(i, { en: e.target.value })} />
        </div>
      ))}
      <button type="button" className="button button--secondary button--small" onClick={() => onChange([...rows, emptyRow()])}>
        {t("questionnaires.newQuestion.addRow")}
      </button>
    </fieldset>
  );
}

/** Adds a question to the bank, and hands it to the questionnaire being built. */
export function NewQuestionForm({ onCreated }: { onCreated(question: QuestionFieldsFragment): void }) {
  const { t } = useTranslation();
  const [create, creating] = useMutation(CreateQuestionMutation, { refetchQueries: ["QuestionBank"] });
  const [code, setCode] = useState("");
  const [type, setType] = useState<QuestionType>("YES_NO_DONT_KNOW");
  const [textSv, setTextSv] = useState("");
  const [textEn, setTextEn] = useState("");
  const [allowsOther, setAllowsOther] = useState(false);
  const [options, setOptions] = useState<ChoiceRow[]>([emptyRow(), emptyRow()]);
  const [rows, setRows] = useState<ChoiceRow[]>([emptyRow()]);
  const [problem, setProblem] = useState<ErrorInfo | null>(null);
  const choosing = type === "SINGLE_CHOICE" || type === "MULTIPLE_CHOICE" || type === "MATRIX";
  const filled = (list: ChoiceRow[]) => list.filter((r) => r.code || r.sv || r.en);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    try {
      const res = await create({
        variables: {
          input: {
            code,
            type,
            textSv,
            textEn,
            allowsOther: type !== "MATRIX" && choosing && allowsOther,
            options: choosing ? filled(options) : [],
            matrixRows: type === "MATRIX" ? filled(rows) : [],
          },
        },
      });
      onCreated(res.data!.createQuestion);
      setCode("");
      setTextSv("");
      setTextEn("");
      setOptions([emptyRow(), emptyRow()]);
      setRows([emptyRow()]);
    } catch (err) {
      setProblem(errorInfo(err));
    }
  };
  const errors = (field: string) => problem?.fields[field];

  return (
    <form className="qn-new-question" onSubmit={(e) => void submit(e)} noValidate>
      {problem && <ErrorAlert>{problem.message}</ErrorAlert>}
      <TextField
        id="qn-new-code"
        label={t("questionnaires.newQuestion.code")}
        hint={t("questionnaires.newQuestion.codeHint")}
        value={code}
        errors={errors("code")}
        onChange={(e) => setCode(e.target.value.toUpperCase())}
      />
      <SelectField id="qn-new-type" label={t("questionnaires.newQuestion.type")} value={type} onChange={(e) => setType(e.target.value as QuestionType)}>
        {TYPES.map((ty) => (
          <option key={ty} value={ty}>
            {t(`questionnaires.types.${ty}`)}
          </option>
        ))}
      </SelectField>
      <TextField
        id="qn-new-sv"
        label={t("questionnaires.newQuestion.textSv")}
        value={textSv}
        errors={errors("textSv")}
        onChange={(e) => setTextSv(e.target.value)}
      />
      <TextField
        id="qn-new-en"
        label={t("questionnaires.newQuestion.textEn")}
        value={textEn}
        errors={errors("textEn")}
        onChange={(e) => setTextEn(e.target.value)}
      />
      {type === "MATRIX" && <ChoiceRows id="qn-new-rows" legend={t("questionnaires.newQuestion.matrixRows")} rows={rows} onChange={setRows} />}
      {choosing && (
        <ChoiceRows
          id="qn-new-options"
          legend={type === "MATRIX" ? t("questionnaires.newQuestion.columns") : t("questionnaires.newQuestion.options")}
          rows={options}
          onChange={setOptions}
        />
      )}
      {errors("options") && <p className="field__error">{errors("options")!.join(" ")}</p>}
      {errors("matrixRows") && <p className="field__error">{errors("matrixRows")!.join(" ")}</p>}
      {(type === "SINGLE_CHOICE" || type === "MULTIPLE_CHOICE") && (
        <CheckboxField
          id="qn-new-other"
          label={t("questionnaires.newQuestion.allowsOther")}
          checked={allowsOther}
          onChange={(e) => setAllowsOther(e.target.checked)}
        />
      )}
      <div className="button-row">
        <button type="submit" className="button button--secondary" disabled={creating.loading}>
          {t("questionnaires.newQuestion.create")}
        </button>
      </div>
    </form>
  );
}
