import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { formatDate, formatNumber, formatPercent, isoString } from "../../app/format";
import { todayInStockholm } from "../../app/stockholmTime";
import { SelectField } from "../../app/ui/Field";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { NetworkStatisticsQuery } from "../../modules/networks/operations";
import { Breadcrumbs } from "../../modules/networks/components/Breadcrumbs";

const YEARS_BACK = 5;

/** Uppföljning: the figures a länsstyrelse reports yearly for a network, and the same as CSV. */
export function StatisticsPage() {
  const { networkId = "" } = useParams();
  const { t } = useTranslation();
  const thisYear = Number(todayInStockholm().slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const query = useQuery(NetworkStatisticsQuery, { variables: { networkId, year } });
  const data = query.data ?? query.previousData;
  const stats = query.data?.networkStatistics;
  const network = data?.network;
  const title = t("networks.statistics.title");
  useDocumentTitle(network ? `${title}: ${network.name}` : title);
  // Meetings may be planned for next year; the list goes back a few years.
  const years = Array.from({ length: YEARS_BACK + 2 }, (_, i) => thisYear + 1 - i);
  const csv = `/api/networks/${encodeURIComponent(networkId)}/statistics.csv?year=${year}`;

  return (
    <div className="nw">
      <Breadcrumbs items={[{ to: "/natverk", label: t("networks.list.title") }, ...(network ? [{ to: `/natverk/${network.id}`, label: network.name }] : [])]} />
      <h1>
        {title}
        {network && <span className="nw-subtitle">{network.name}</span>}
      </h1>
      <div className="filters">
        <SelectField id="nw-stat-year" label={t("networks.statistics.year")} value={String(year)} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <p className="filters__buttons">
          <a className="button button--secondary" href={csv} download>
            {t("networks.statistics.csv", { year })}
          </a>
        </p>
      </div>

      {query.error && !stats ? (
        <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert>
      ) : !stats ? (
        <Loading />
      ) : (
        <div aria-busy={query.loading}>
          <p className="visually-hidden" role="status">
            {t("networks.statistics.shown", { year: stats.year })}
          </p>
          <h2>{t("networks.statistics.yearHeading", { year: stats.year })}</h2>
          <dl className="facts nw-stat-facts">
            <div>
              <dt>{t("networks.statistics.meetingsHeld")}</dt>
              <dd className="nw-figure">{formatNumber(stats.meetingsHeld)}</dd>
            </div>
            <div>
              <dt>{t("networks.statistics.members")}</dt>
              <dd className="nw-figure">{formatNumber(stats.members)}</dd>
            </div>
            <div>
              <dt>{t("networks.statistics.attendedOnce")}</dt>
              <dd className="nw-figure">
                {formatPercent(stats.shareAttended)}{" "}
                <span className="nw-figure__detail">
                  {t("networks.statistics.ofMembers", { count: stats.membersAttendedAtLeastOnce, members: stats.members })}
                </span>
              </dd>
            </div>
          </dl>

          <h2>{t("networks.statistics.perMeeting")}</h2>
          {stats.meetings.length === 0 ? (
            <EmptyState>{t("networks.statistics.noMeetings", { year: stats.year })}</EmptyState>
          ) : (
            <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="nw-stat-caption">
              <table className="table">
                <caption id="nw-stat-caption">{t("networks.statistics.meetingsCaption", { count: stats.meetings.length, year: stats.year })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("networks.meeting.title")}</th>
                    <th scope="col">{t("networks.statistics.date")}</th>
                    <th scope="col" className="num">
                      {t("networks.statistics.organisations")}
                    </th>
                    <th scope="col" className="num">
                      {t("networks.statistics.people")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stats.meetings.map((m) => (
                    <tr key={m.meeting.id}>
                      <th scope="row">
                        <Link to={`/natverk/moten/${m.meeting.id}`}>{m.meeting.title}</Link>
                      </th>
                      <td className="nowrap">
                        <time dateTime={isoString(m.meeting.startsAt)}>{formatDate(m.meeting.startsAt)}</time>
                      </td>
                      <td className="num">{formatNumber(m.organisationsRepresented)}</td>
                      <td className="num">{formatNumber(m.people)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}

          <h2>{t("networks.statistics.notAttended")}</h2>
          <p className="field__hint">{t("networks.statistics.notAttendedHint")}</p>
          {stats.notAttendedLast12Months.length === 0 ? (
            <EmptyState>{t("networks.statistics.allAttended")}</EmptyState>
          ) : (
            <>
              <p>{t("networks.statistics.notAttendedCount", { count: stats.notAttendedLast12Months.length, members: stats.members })}</p>
              <ul className="nw-columns">
                {stats.notAttendedLast12Months.map((o) => (
                  <li key={o.id}>{o.name}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
