import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorInfo } from "../../../app/errors";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { useDocumentTitle } from "../../../app/ui/useDocumentTitle";
import type { DevFundReviewTaskFieldsFragment } from "../../../generated/graphql";
import { CriteriaScoreForm, DeclareForm } from "./ReviewForms";
import { DevFundMyReviewsQuery } from "../operations";

const LIMIT = 100;

/**
 * Ansökningar att bedöma: the reviewer's applications, of every programme's calls (the page under
 * /utvecklingsmedel and under /stimulansmedel). Each asks first whether the reviewer is
 * disqualified by jäv; only then does scoring open. What is offered comes from the server.
 */
export function ReviewQueue() {
  const { t } = useTranslation();
  useDocumentTitle(t("devfunds.assessment.pageTitle"));
  const { data, error } = useQuery(DevFundMyReviewsQuery, { variables: { limit: LIMIT } });
  const [done, setDone] = useState("");
  const items = data?.myReviews.items;
  return (
    <>
      <h1>{t("devfunds.assessment.pageTitle")}</h1>
      <p>{t("devfunds.assessment.pageIntro")}</p>
      <LiveStatus>{done}</LiveStatus>
      {error && !items ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !items ? (
        <Loading />
      ) : items.length === 0 ? (
        <EmptyState>{t("devfunds.assessment.empty")}</EmptyState>
      ) : (
        <>
          {data.myReviews.total > items.length && <p>{t("devfunds.assessment.showingFirst", { count: items.length, total: data.myReviews.total })}</p>}
          <ul className="plain-list">
            {items.map((task) => (
              <li key={task.applicationId}>
                <ReviewTaskSection task={task} onDone={setDone} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function ReviewTaskSection({ task, onDone }: { task: DevFundReviewTaskFieldsFragment; onDone(message: string): void }) {
  const { t } = useTranslation();
  const headingId = `rv-task-${task.applicationId}`;
  const offered = (a: string) => task.availableActions.includes(a as never);
  return (
    <section className="section" aria-labelledby={headingId}>
      <h2 id={headingId}>{task.title}</h2>
      <p>
        {task.applicantName}
        {task.diarienummer ? `, ${task.diarienummer}` : ""} · {task.callTitle}
      </p>
      <p>
        <span className="muted">{t("devfunds.assessment.status")}:</span> {t(`devfunds.assessment.statusLabel.${task.status}`)}
        {task.total != null && <> · {t("devfunds.assessment.myTotal", { total: task.total })}</>}
      </p>
      {task.link && (
        <p>
          <Link to={task.link}>{t("devfunds.assessment.openApplication", { title: task.title })}</Link>
        </p>
      )}
      {offered("DECLARE") && <DeclareForm task={task} onDone={onDone} />}
      {offered("SCORE") && <CriteriaScoreForm task={task} onDone={onDone} />}
      {task.status === "DISQUALIFIED" && <p>{t("devfunds.assessment.disqualifiedNote")}</p>}
    </section>
  );
}
