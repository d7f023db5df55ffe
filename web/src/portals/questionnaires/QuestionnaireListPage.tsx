import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { formatDate, formatPercent } from "../../app/format";
import { useSession } from "../../app/session";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { Pager } from "../../app/ui/Pager";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { titleOf } from "../../modules/questionnaires/labels";
import { MyQuestionnaireResponsesQuery, QuestionnairesQuery } from "../../modules/questionnaires/operations";

const PAGE_SIZE = 25;

/** Enkäter: the questionnaires I build or follow, and those my organisation is asked to answer. */
export function QuestionnaireListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  useDocumentTitle(t("questionnaires.list.title"));
  const builds = can("questionnaire.manage") || can("questionnaire.results.read");
  const answers = can("questionnaire.answer");
  return (
    <div className="qn">
      <div className="qn-title-row">
        <h1>{t("questionnaires.list.title")}</h1>
        {can("questionnaire.manage") && (
          <Link to="/enkater/ny" className="button">
            {t("questionnaires.list.new")}
          </Link>
        )}
      </div>
      <p className="lead">{t("questionnaires.list.intro")}</p>
      {answers && <ToAnswer />}
      {builds && <Owned />}
    </div>
  );
}

function ToAnswer() {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const res = useQuery(MyQuestionnaireResponsesQuery, { variables: { offset, limit: PAGE_SIZE } });
  const page = res.data?.myQuestionnaireResponses;
  return (
    <section className="section" aria-labelledby="qn-to-answer">
      <h2 id="qn-to-answer">{t("questionnaires.list.toAnswerHeading")}</h2>
      {res.error && !page ? (
        <ErrorAlert>{errorInfo(res.error).message}</ErrorAlert>
      ) : !page ? (
        <Loading />
      ) : page.items.length === 0 ? (
        <EmptyState>{t("questionnaires.list.toAnswerEmpty")}</EmptyState>
      ) : (
        <>
          <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="qn-to-answer-caption">
            <table className="table">
              <caption id="qn-to-answer-caption">{t("questionnaires.list.toAnswerCaption", { count: page.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("questionnaires.list.questionnaire")}</th>
                  <th scope="col">{t("questionnaires.list.from")}</th>
                  <th scope="col">{t("questionnaires.list.deadline")}</th>
                  <th scope="col">{t("questionnaires.list.status")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">
                      <Link to={`/enkater/svar/${r.questionnaire.id}`}>{titleOf(r.questionnaire, i18n.language)}</Link>
                    </th>
                    <td>{r.questionnaire.owner.name}</td>
                    <td className="nowrap">{formatDate(r.questionnaire.deadline)}</td>
                    <td>{r.questionnaire.status === "CLOSED" ? t("questionnaires.status.CLOSED") : t(`questionnaires.responseStatus.${r.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager label={t("questionnaires.list.toAnswerPager")} offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
        </>
      )}
    </section>
  );
}

function Owned() {
  const { t, i18n } = useTranslation();
  const [offset, setOffset] = useState(0);
  const res = useQuery(QuestionnairesQuery, { variables: { offset, limit: PAGE_SIZE } });
  const page = res.data?.questionnaires;
  return (
    <section className="section" aria-labelledby="qn-owned">
      <h2 id="qn-owned">{t("questionnaires.list.ownHeading")}</h2>
      {res.error && !page ? (
        <ErrorAlert>{errorInfo(res.error).message}</ErrorAlert>
      ) : !page ? (
        <Loading />
      ) : page.items.length === 0 ? (
        <EmptyState>{t("questionnaires.list.empty")}</EmptyState>
      ) : (
        <>
          <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="qn-owned-caption">
            <table className="table">
              <caption id="qn-owned-caption">{t("questionnaires.list.caption", { count: page.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("questionnaires.list.questionnaire")}</th>
                  <th scope="col">{t("questionnaires.list.targetGroup")}</th>
                  <th scope="col">{t("questionnaires.list.deadline")}</th>
                  <th scope="col">{t("questionnaires.list.status")}</th>
                  <th scope="col">{t("questionnaires.list.responseRate")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((q) => (
                  <tr key={q.id}>
                    <th scope="row">
                      <Link to={`/enkater/${q.id}`}>{titleOf(q, i18n.language)}</Link>
                    </th>
                    <td>{t(`questionnaires.targetGroups.${q.targetGroup}`)}</td>
                    <td className="nowrap">{formatDate(q.deadline)}</td>
                    <td>{t(`questionnaires.status.${q.status}`)}</td>
                    <td>
                      {q.responseRate && q.status !== "DRAFT"
                        ? t("questionnaires.list.rate", { ...q.responseRate, share: formatPercent(q.responseRate.share) })
                        : "–"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager label={t("questionnaires.list.pagerLabel")} offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
        </>
      )}
    </section>
  );
}
