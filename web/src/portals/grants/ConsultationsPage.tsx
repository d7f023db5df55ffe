import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { formatAmount, formatDate } from "../../app/format";
import { RequireAbility } from "../../app/guards";
import { todayInStockholm } from "../../app/stockholmTime";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { ConsultationRequestsQuery } from "../../modules/grants/operations";

/** /stimulansmedel/remisser – the consultation body's queue: unanswered first, soonest due first. */
export function ConsultationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("grants.consultationsPage.title"));
  return (
    <RequireAbility ability="grant.consult">
      <h1>{t("grants.consultationsPage.title")}</h1>
      <p className="lead">{t("grants.consultationsPage.intro")}</p>
      <ConsultationList />
    </RequireAbility>
  );
}

function ConsultationList() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(ConsultationRequestsQuery);
  const list = data?.consultationRequests;
  const today = todayInStockholm();
  if (loading && !list) return <Loading />;
  if (error && !list) return <ErrorAlert>{errorInfo(error).message}</ErrorAlert>;
  if (!list) return null;
  if (list.length === 0) return <EmptyState>{t("grants.consultationsPage.empty")}</EmptyState>;
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="consultations-caption">
      <table className="table">
        <caption id="consultations-caption">
          {t("grants.consultationsPage.caption", { count: list.length, open: list.filter((c) => !c.answeredAt).length })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("grants.list.title")}</th>
            <th scope="col">{t("grants.list.diarienummer")}</th>
            <th scope="col">{t("grants.list.applicant")}</th>
            <th scope="col" className="num">
              {t("grants.list.requested")}
            </th>
            <th scope="col">{t("grants.consultationsPage.sent")}</th>
            <th scope="col">{t("grants.consult.dueDate")}</th>
            <th scope="col">{t("grants.consultationsPage.answer")}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((c) => (
            <tr key={c.id}>
              <th scope="row">
                <Link to={`/stimulansmedel/ansokningar/${c.application.id}`}>{c.application.title}</Link>
              </th>
              <td className="nowrap">{c.application.diarienummer}</td>
              <td>{c.application.organisation.name}</td>
              <td className="num nowrap">{formatAmount(c.application.requestedAmount)}</td>
              <td className="nowrap">{formatDate(c.requestedAt)}</td>
              <td className="nowrap">
                {formatDate(c.dueDate)}
                {!c.answeredAt && c.dueDate < today && <span className="status status--negative"> {t("grants.consultationsPage.overdue")}</span>}
              </td>
              <td>
                {c.answeredAt ? (
                  <span className="status status--positive">{t(`consultationOpinion.${c.opinion}`)}</span>
                ) : (
                  <span className="status status--waiting">{t("grants.consultations.unanswered")}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
