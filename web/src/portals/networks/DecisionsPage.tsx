import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { NotFoundPage } from "../../app/ErrorPages";
import { errorInfo, hasCode } from "../../app/errors";
import { formatDate, isoString } from "../../app/format";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { Pager } from "../../app/ui/Pager";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { NetworkDecisionsQuery } from "../../modules/networks/operations";
import { Breadcrumbs } from "../../modules/networks/components/Breadcrumbs";

const PAGE_SIZE = 25;

/** Beslutsregister: every decision of the network's approved minutes, the latest meeting first, each with a link to its minutes. */
export function DecisionsPage() {
  const { networkId = "" } = useParams();
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const query = useQuery(NetworkDecisionsQuery, { variables: { networkId, offset, limit: PAGE_SIZE } });
  const data = query.data ?? query.previousData;
  const network = data?.network;
  const page = data?.networkDecisions;
  const title = t("networks.decisions.title");
  useDocumentTitle(network ? `${title}: ${network.name}` : title);
  if (query.error && hasCode(query.error, "NOT_FOUND")) return <NotFoundPage />;

  return (
    <div className="nw">
      <Breadcrumbs items={[{ to: "/natverk", label: t("networks.list.title") }, ...(network ? [{ to: `/natverk/${network.id}`, label: network.name }] : [])]} />
      <h1>
        {title}
        {network && <span className="nw-subtitle">{network.name}</span>}
      </h1>
      <p className="lead">{t("networks.decisions.intro")}</p>
      {query.error && !page ? (
        <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert>
      ) : !page ? (
        <Loading />
      ) : page.total === 0 ? (
        <EmptyState>{t("networks.decisions.empty")}</EmptyState>
      ) : (
        <div aria-busy={query.loading}>
          <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="nw-decisions-caption">
            <table className="table">
              <caption id="nw-decisions-caption">{t("networks.decisions.caption", { count: page.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("networks.decisions.decision")}</th>
                  <th scope="col">{t("networks.decisions.responsible")}</th>
                  <th scope="col">{t("networks.decisions.due")}</th>
                  <th scope="col">{t("networks.decisions.meeting")}</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((d) => (
                  <tr key={d.id}>
                    <td className="cell--break">{d.text}</td>
                    <td>{d.responsible ?? <span className="muted">{t("networks.decisions.none")}</span>}</td>
                    <td>{d.dueDate ? <time dateTime={d.dueDate}>{d.dueDate}</time> : <span className="muted">{t("networks.decisions.none")}</span>}</td>
                    <td>
                      <Link to={`/natverk/moten/${d.meeting.id}`}>
                        {d.meeting.title}, <time dateTime={isoString(d.meeting.startsAt)}>{formatDate(d.meeting.startsAt)}</time>
                      </Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager label={t("networks.decisions.pager")} offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
        </div>
      )}
    </div>
  );
}
