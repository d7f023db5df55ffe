import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { errorInfo, type ErrorInfo } from "../../app/errors";
import { formatDate, formatDateTime } from "../../app/format";
import { ConfirmDialog } from "../../app/ui/ConfirmDialog";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { Loading } from "../../app/ui/Loading";
import { ErrorAlert, Notice } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import type { ResponseFieldsFragment } from "../../generated/graphql";
import { AnswerField } from "../../modules/questionnaires/components/AnswerField";
import { type AnswerDraft, draftOf, inputOf } from "../../modules/questionnaires/draft";
import { titleOf } from "../../modules/questionnaires/labels";
import {
  OpenQuestionnaireResponseMutation,
  QuestionnaireQuery,
  SaveQuestionnaireAnswersMutation,
  SubmitQuestionnaireResponseMutation,
} from "../../modules/questionnaires/operations";

/**
 * My organisation's answer to a questionnaire: opened (what Samverka knows is pre-filled and
 * marked), saved as a draft, submitted once, corrected until the deadline. The buttons are the
 * actions the server offers.
 */
export function AnswerPage() {
  const { t, i18n } = useTranslation();
  const { questionnaireId = "" } = useParams();
  const query = useQuery(QuestionnaireQuery, { variables: { id: questionnaireId } });
  const q = query.data?.questionnaire;
  useDocumentTitle(t("questionnaires.answer.title", { title: q ? titleOf(q, i18n.language) : "" }));
  const [openResponse, opening] = useMutation(OpenQuestionnaireResponseMutation);
  const [saveAnswers, saving] = useMutation(SaveQuestionnaireAnswersMutation);
  const [submitResponse, submitting] = useMutation(SubmitQuestionnaireResponseMutation);
  const [response, setResponse] = useState<ResponseFieldsFragment | null>(null);
  const [drafts, setDrafts] = useState<Record<string, AnswerDraft>>({});
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<ErrorInfo | null>(null);
  const [status, setStatus] = useState("");
  const [confirm, setConfirm] = useState(false);

  const take = (r: ResponseFieldsFragment) => {
    setResponse(r);
    setDrafts(Object.fromEntries(r.answers.map((a) => [a.questionId, draftOf(a)])));
    setDirty(false);
  };

  useEffect(() => {
    let live = true;
    openResponse({ variables: { questionnaireId } })
      .then((res) => {
        if (live && res.data) take(res.data.openQuestionnaireResponse);
      })
      .catch((e: unknown) => live && setProblem(errorInfo(e)));
    return () => {
      live = false;
    };
  }, [questionnaireId, openResponse]);

  if (query.error && !q) return <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert>;
  if (!q || (!response && !problem) || opening.loading) return <Loading />;
  if (!response) return <ErrorAlert>{problem!.message}</ErrorAlert>;

  const actions = response.availableActions;
  const editable = actions.includes("SAVE");
  const answers = () => q.questions.map((item) => inputOf(item.question, drafts[item.question.id] ?? draftOf(undefined)));

  const save = async (e?: FormEvent) => {
    e?.preventDefault();
    setProblem(null);
    try {
      const res = await saveAnswers({ variables: { responseId: response.id, answers: answers() } });
      if (res.data) take(res.data.saveQuestionnaireAnswers);
      setStatus(t("questionnaires.answer.saved"));
      return true;
    } catch (err) {
      setProblem(errorInfo(err));
      return false;
    }
  };

  const submit = async () => {
    if (dirty && !(await save())) {
      setConfirm(false);
      return;
    }
    setProblem(null);
    try {
      const res = await submitResponse({ variables: { responseId: response.id } });
      if (res.data) take(res.data.submitQuestionnaireResponse);
      setConfirm(false);
      setStatus(t("questionnaires.answer.submitted"));
    } catch (err) {
      setConfirm(false);
      setProblem(errorInfo(err));
    }
  };

  return (
    <div className="qn">
      <p>
        <Link to="/enkater">{t("questionnaires.answer.back")}</Link>
      </p>
      <h1>{t("questionnaires.answer.title", { title: titleOf(q, i18n.language) })}</h1>
      <p className="lead">{t("questionnaires.answer.intro", { deadline: formatDate(q.deadline) })}</p>
      <LiveStatus>{status}</LiveStatus>
      {response.status === "SUBMITTED" && response.submittedAt && (
        <Notice>{t("questionnaires.answer.submittedAt", { date: formatDateTime(response.submittedAt) })}</Notice>
      )}
      {!editable && <Notice>{t("questionnaires.answer.locked")}</Notice>}
      {problem && <ErrorAlert>{problem.message}</ErrorAlert>}
      <form onSubmit={(e) => void save(e)} noValidate>
        {q.questions.map((item) => {
          const a = response.answers.find((x) => x.questionId === item.question.id);
          return (
            <AnswerField
              key={item.question.id}
              question={item.question}
              position={item.position}
              draft={drafts[item.question.id] ?? draftOf(undefined)}
              prefilled={!!a?.prefilled}
              changedFromPrefill={!!a?.changedFromPrefill}
              disabled={!editable}
              errors={problem?.fields[`answers.${item.question.code}`]}
              onChange={(d) => {
                setDrafts((all) => ({ ...all, [item.question.id]: d }));
                setDirty(true);
              }}
            />
          );
        })}
        {dirty && <p className="muted">{t("questionnaires.answer.unsaved")}</p>}
        <div className="button-row">
          {editable && (
            <button type="submit" className={actions.includes("SUBMIT") ? "button button--secondary" : "button"} disabled={saving.loading}>
              {response.status === "SUBMITTED" ? t("questionnaires.answer.saveCorrection") : t("questionnaires.answer.save")}
            </button>
          )}
          {actions.includes("SUBMIT") && (
            <button type="button" className="button" onClick={() => setConfirm(true)}>
              {t("questionnaires.answer.submit")}
            </button>
          )}
        </div>
      </form>
      <ConfirmDialog
        open={confirm}
        title={t("questionnaires.answer.submitTitle")}
        confirmLabel={t("questionnaires.answer.submit")}
        busy={submitting.loading || saving.loading}
        onConfirm={() => void submit()}
        onClose={() => setConfirm(false)}
      >
        <p>{t("questionnaires.answer.submitBody", { owner: q.owner.name, deadline: formatDate(q.deadline) })}</p>
      </ConfirmDialog>
    </div>
  );
}
