import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { formatDate, formatDateTime, formatPercent } from "../../app/format";
import { ConfirmDialog } from "../../app/ui/ConfirmDialog";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { Loading } from "../../app/ui/Loading";
import { ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { useFlash } from "../../app/ui/useFlash";
import { RecipientsSection } from "../../modules/questionnaires/components/RecipientsSection";
import { questionText, titleOf } from "../../modules/questionnaires/labels";
import {
  CloseQuestionnaireMutation,
  QuestionnaireQuery,
  RemindQuestionnaireMutation,
  SendQuestionnaireMutation,
} from "../../modules/questionnaires/operations";

/** How often the response rate of a sent questionnaire is fetched again while the page is open. */
const RATE_POLL_MS = 10_000;

/** A questionnaire for its builder: the questions, sending, the live response rate, reminders, closing. */
export function QuestionnairePage() {
  const { t, i18n } = useTranslation();
  const { questionnaireId = "" } = useParams();
  const [flash, setFlash] = useFlash();
  const query = useQuery(QuestionnaireQuery, { variables: { id: questionnaireId }, pollInterval: RATE_POLL_MS });
  const q = query.data?.questionnaire;
  useDocumentTitle(q ? titleOf(q, i18n.language) : t("questionnaires.list.title"));
  const [confirm, setConfirm] = useState<"send" | "close" | null>(null);
  const [send, sending] = useMutation(SendQuestionnaireMutation);
  const [remind, reminding] = useMutation(RemindQuestionnaireMutation);
  const [close, closing] = useMutation(CloseQuestionnaireMutation);
  const [error, setError] = useState<string | null>(null);

  if (query.error && !q) return <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert>;
  if (!q) return <Loading />;
  const actions = q.availableActions;
  const run = async (work: () => Promise<unknown>, done: string) => {
    setError(null);
    try {
      await work();
      setConfirm(null);
      setFlash(done);
    } catch (e) {
      setError(errorInfo(e).message);
    }
  };

  return (
    <div className="qn">
      <p>
        <Link to="/enkater">{t("questionnaires.page.back")}</Link>
      </p>
      <h1>{titleOf(q, i18n.language)}</h1>
      <LiveStatus>{flash}</LiveStatus>
      <dl className="qn-facts">
        <div>
          <dt>{t("questionnaires.list.year")}</dt>
          <dd>{q.year}</dd>
        </div>
        <div>
          <dt>{t("questionnaires.list.targetGroup")}</dt>
          <dd>{t(`questionnaires.targetGroups.${q.targetGroup}`)}</dd>
        </div>
        <div>
          <dt>{t("questionnaires.list.deadline")}</dt>
          <dd>{formatDate(q.deadline)}</dd>
        </div>
        <div>
          <dt>{t("questionnaires.list.status")}</dt>
          <dd>{t(`questionnaires.status.${q.status}`)}</dd>
        </div>
      </dl>
      {error && !confirm && <ErrorAlert>{error}</ErrorAlert>}
      <div className="button-row">
        {actions.includes("EDIT") && (
          <Link className="button button--secondary" to={`/enkater/${q.id}/andra`}>
            {t("questionnaires.page.edit")}
          </Link>
        )}
        {actions.includes("SEND") && (
          <button type="button" className="button" onClick={() => setConfirm("send")}>
            {t("questionnaires.page.send")}
          </button>
        )}
        {actions.includes("REMIND") && (
          <button
            type="button"
            className="button button--secondary"
            disabled={reminding.loading}
            onClick={() => void run(() => remind({ variables: { id: q.id } }), t("questionnaires.page.reminded"))}
          >
            {t("questionnaires.page.remind")}
          </button>
        )}
        {actions.includes("READ_RESULTS") && (
          <Link className="button button--secondary" to={`/enkater/${q.id}/resultat`}>
            {t("questionnaires.page.results")}
          </Link>
        )}
        {actions.includes("CLOSE") && (
          <button type="button" className="button button--secondary" onClick={() => setConfirm("close")}>
            {t("questionnaires.page.close")}
          </button>
        )}
      </div>

      {q.responseRate && q.status !== "DRAFT" && (
        <section className="section" aria-labelledby="qn-rate">
          <h2 id="qn-rate">{t("questionnaires.page.rateHeading")}</h2>
          <p className="qn-rate" data-testid="response-rate">
            {t("questionnaires.page.rateText", { ...q.responseRate, share: formatPercent(q.responseRate.share) })}
          </p>
          <progress max={q.responseRate.recipients || 1} value={q.responseRate.submitted} aria-hidden="true" />
          {q.remindedAt && <p className="muted">{t("questionnaires.page.remindedAt", { date: formatDateTime(q.remindedAt) })}</p>}
        </section>
      )}

      {(actions.includes("REMIND") || actions.includes("CLOSE")) && <RecipientsSection questionnaireId={q.id} pollInterval={RATE_POLL_MS} />}

      <section className="section" aria-labelledby="qn-questions">
        <h2 id="qn-questions">{t("questionnaires.page.questions")}</h2>
        <ol className="qn-question-list">
          {q.questions.map((item) => (
            <li key={item.question.id}>
              {questionText(item.question, i18n.language)} <span className="muted">({t(`questionnaires.types.${item.question.type}`)})</span>
            </li>
          ))}
        </ol>
      </section>

      <ConfirmDialog
        open={confirm === "send"}
        title={t("questionnaires.page.sendTitle")}
        confirmLabel={t("questionnaires.page.send")}
        busy={sending.loading}
        error={error}
        onConfirm={() => void run(() => send({ variables: { id: q.id } }), t("questionnaires.page.sent"))}
        onClose={() => setConfirm(null)}
      >
        <p>{t("questionnaires.page.sendBody", { group: t(`questionnaires.targetGroups.${q.targetGroup}`).toLowerCase(), deadline: formatDate(q.deadline) })}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={confirm === "close"}
        title={t("questionnaires.page.closeTitle")}
        confirmLabel={t("questionnaires.page.close")}
        danger
        busy={closing.loading}
        error={error}
        onConfirm={() => void run(() => close({ variables: { id: q.id } }), t("questionnaires.page.closed"))}
        onClose={() => setConfirm(null)}
      >
        <p>{t("questionnaires.page.closeBody")}</p>
      </ConfirmDialog>
    </div>
  );
}
