import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router-dom";
import { errorInfo, type ErrorInfo } from "../../app/errors";
import { SelectField, TextField } from "../../app/ui/Field";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { useDebounced } from "../../app/ui/useDebounced";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import type { QuestionFieldsFragment, QuestionnaireTargetGroup } from "../../generated/graphql";
import { questionText, TARGET_GROUPS } from "../../modules/questionnaires/labels";
import { NewQuestionForm } from "../../modules/questionnaires/components/NewQuestionForm";
import { QuestionBankQuery, QuestionnaireQuery, SaveQuestionnaireMutation } from "../../modules/questionnaires/operations";

const BANK_PAGE = 50;

/** Builds a questionnaire: title, year, target group, deadline, and questions picked from the bank in order. */
export function QuestionnaireFormPage() {
  const { t, i18n } = useTranslation();
  const { questionnaireId } = useParams();
  const navigate = useNavigate();
  useDocumentTitle(questionnaireId ? t("questionnaires.form.editTitle") : t("questionnaires.form.newTitle"));
  const existing = useQuery(QuestionnaireQuery, { variables: { id: questionnaireId ?? "" }, skip: !questionnaireId });
  const [search, setSearch] = useState("");
  const debounced = useDebounced(search, 300);
  const bank = useQuery(QuestionBankQuery, { variables: { search: debounced || null, offset: 0, limit: BANK_PAGE } });
  const [save, saving] = useMutation(SaveQuestionnaireMutation);
  const [titleSv, setTitleSv] = useState("");
  const [titleEn, setTitleEn] = useState("");
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [targetGroup, setTargetGroup] = useState<QuestionnaireTargetGroup>("LANSSTYRELSER");
  const [deadline, setDeadline] = useState("");
  const [chosen, setChosen] = useState<QuestionFieldsFragment[]>([]);
  const [problem, setProblem] = useState<ErrorInfo | null>(null);
  const [status, setStatus] = useState("");
  const loaded = existing.data?.questionnaire;

  useEffect(() => {
    if (!loaded) return;
    setTitleSv(loaded.titleSv);
    setTitleEn(loaded.titleEn);
    setYear(String(loaded.year));
    setTargetGroup(loaded.targetGroup);
    setDeadline(loaded.deadline);
    setChosen(loaded.questions.map((i) => i.question));
  }, [loaded]);

  if (questionnaireId && !loaded) return existing.error ? <ErrorAlert>{errorInfo(existing.error).message}</ErrorAlert> : <Loading />;

  const move = (index: number, by: number) =>
    setChosen((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item);
      return next;
    });

  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setProblem(null);
    try {
      const res = await save({
        variables: {
          input: {
            id: questionnaireId ?? null,
            titleSv,
            titleEn,
            year: Number(year) || 0,
            targetGroup,
            deadline,
            items: chosen.map((q) => ({ questionId: q.id })),
          },
        },
      });
      await navigate(`/enkater/${res.data!.saveQuestionnaire.id}`, { state: { flash: t("questionnaires.form.saved") } });
    } catch (err) {
      setProblem(errorInfo(err));
    }
  };
  const errors = (field: string) => problem?.fields[field];
  const lang = i18n.language;

  return (
    <div className="qn">
      <h1>{questionnaireId ? t("questionnaires.form.editTitle") : t("questionnaires.form.newTitle")}</h1>
      {problem && <ErrorAlert>{problem.message}</ErrorAlert>}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextField
          id="qn-title-sv"
          label={t("questionnaires.form.titleSv")}
          value={titleSv}
          errors={errors("titleSv")}
          onChange={(e) => setTitleSv(e.target.value)}
        />
        <TextField
          id="qn-title-en"
          label={t("questionnaires.form.titleEn")}
          value={titleEn}
          errors={errors("titleEn")}
          onChange={(e) => setTitleEn(e.target.value)}
        />
        <TextField
          id="qn-year"
          label={t("questionnaires.form.year")}
          inputMode="numeric"
          value={year}
          errors={errors("year")}
          onChange={(e) => setYear(e.target.value)}
        />
        <SelectField
          id="qn-target"
          label={t("questionnaires.form.targetGroup")}
          value={targetGroup}
          onChange={(e) => setTargetGroup(e.target.value as QuestionnaireTargetGroup)}
        >
          {TARGET_GROUPS.map((g) => (
            <option key={g} value={g}>
              {t(`questionnaires.targetGroups.${g}`)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="qn-deadline"
          label={t("questionnaires.form.deadline")}
          hint={t("questionnaires.form.deadlineHint")}
          value={deadline}
          errors={errors("deadline")}
          onChange={(e) => setDeadline(e.target.value)}
        />

        <section className="section" aria-labelledby="qn-chosen">
          <h2 id="qn-chosen">{t("questionnaires.form.questionsHeading")}</h2>
          {errors("items") && <p className="field__error">{errors("items")!.join(" ")}</p>}
          {chosen.length === 0 ? (
            <EmptyState>{t("questionnaires.form.noQuestions")}</EmptyState>
          ) : (
            <ol className="qn-chosen">
              {chosen.map((q, i) => {
                const text = questionText(q, lang);
                return (
                  <li key={q.id}>
                    <span>
                      {text} <span className="muted">({t(`questionnaires.types.${q.type}`)})</span>
                    </span>
                    <span className="button-row qn-chosen__buttons">
                      <button type="button" className="button button--secondary button--small" disabled={i === 0} onClick={() => move(i, -1)}>
                        <span aria-hidden="true">↑</span>
                        <span className="visually-hidden">{t("questionnaires.form.moveUp", { question: text })}</span>
                      </button>
                      <button type="button" className="button button--secondary button--small" disabled={i === chosen.length - 1} onClick={() => move(i, 1)}>
                        <span aria-hidden="true">↓</span>
                        <span className="visually-hidden">{t("questionnaires.form.moveDown", { question: text })}</span>
                      </button>
                      <button type="button" className="button button--secondary button--small" onClick={() => setChosen((l) => l.filter((x) => x.id !== q.id))}>
                        <span aria-hidden="true">✕</span>
                        <span className="visually-hidden">{t("questionnaires.form.remove", { question: text })}</span>
                      </button>
                    </span>
                  </li>
                );
              })}
            </ol>
          )}
        </section>

        <section className="section" aria-labelledby="qn-bank">
          <h2 id="qn-bank">{t("questionnaires.form.bankHeading")}</h2>
          <p>{t("questionnaires.form.bankIntro")}</p>
          <TextField id="qn-search" type="search" label={t("questionnaires.form.search")} value={search} onChange={(e) => setSearch(e.target.value)} />
          {!bank.data ? (
            bank.error ? (
              <ErrorAlert>{errorInfo(bank.error).message}</ErrorAlert>
            ) : (
              <Loading />
            )
          ) : bank.data.questionBank.items.length === 0 ? (
            <EmptyState>{t("questionnaires.form.bankEmpty")}</EmptyState>
          ) : (
            <ul className="qn-bank">
              {bank.data.questionBank.items.map((q) => {
                const text = questionText(q, lang);
                const added = chosen.some((c) => c.id === q.id);
                return (
                  <li key={q.id}>
                    <span>
                      {text}{" "}
                      <span className="muted">
                        ({q.code}, {t(`questionnaires.types.${q.type}`)}
                        {q.prefillCode ? `, ${t("questionnaires.form.prefill")}` : ""})
                      </span>
                    </span>
                    {added ? (
                      <span className="tag">{t("questionnaires.form.added")}</span>
                    ) : (
                      <button type="button" className="button button--secondary button--small" onClick={() => setChosen((l) => [...l, q])}>
                        {t("questionnaires.form.add", { question: q.code })}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
        <div className="button-row">
          <button type="submit" className="button" disabled={saving.loading}>
            {t("questionnaires.form.save")}
          </button>
        </div>
      </form>
      <section className="section" aria-labelledby="qn-new-question">
        <h2 id="qn-new-question">{t("questionnaires.newQuestion.heading")}</h2>
        <LiveStatus>{status}</LiveStatus>
        <NewQuestionForm
          onCreated={(q) => {
            setChosen((l) => [...l, q]);
            setStatus(t("questionnaires.newQuestion.created"));
          }}
        />
      </section>
    </div>
  );
}
