import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { formatDateTime, formatNumber, isoString } from "../../app/format";
import { useSession } from "../../app/session";
import { CheckboxField, SelectField } from "../../app/ui/Field";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { Pager } from "../../app/ui/Pager";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import type { NetworkTopic } from "../../generated/graphql";
import { MyUpcomingMeetingsQuery, NetworksQuery } from "../../modules/networks/operations";
import { TOPICS } from "../../modules/networks/topics";
import { CalendarFeedSection } from "../../modules/networks/components/CalendarFeedSection";
import { MyResponseText } from "../../modules/networks/components/MeetingResponseText";

const PAGE_SIZE = 25;
const UPCOMING = 10;

/** Mina nätverk: the networks my organisation convenes or belongs to, the coming meetings, the calendar feed. */
export function NetworkListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const canConvene = can("network.convene");
  useDocumentTitle(t("networks.list.title"));
  const [topic, setTopic] = useState<NetworkTopic | "">("");
  const [convenedByMe, setConvenedByMe] = useState(false);
  const [offset, setOffset] = useState(0);
  const list = useQuery(NetworksQuery, { variables: { topic: topic || null, convenedByMe, offset, limit: PAGE_SIZE } });
  const upcoming = useQuery(MyUpcomingMeetingsQuery, { variables: { limit: UPCOMING } });
  const page = list.data?.networks;
  const filtered = !!topic || convenedByMe;

  return (
    <div className="nw">
      <div className="nw-title-row">
        <h1>{t("networks.list.title")}</h1>
        {canConvene && (
          <Link to="/natverk/nytt" className="button">
            {t("networks.list.new")}
          </Link>
        )}
      </div>
      <p className="lead">{t("networks.list.intro")}</p>

      <section className="section" aria-labelledby="nw-upcoming">
        <h2 id="nw-upcoming">{t("networks.list.upcomingHeading")}</h2>
        {upcoming.error && !upcoming.data ? (
          <ErrorAlert>{errorInfo(upcoming.error).message}</ErrorAlert>
        ) : !upcoming.data ? (
          <Loading />
        ) : upcoming.data.networkMeetings.items.length === 0 ? (
          <EmptyState>{t("networks.list.noUpcoming")}</EmptyState>
        ) : (
          <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="nw-upcoming-caption">
            <table className="table">
              <caption id="nw-upcoming-caption">{t("networks.list.upcomingCaption", { count: upcoming.data.networkMeetings.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("networks.meeting.when")}</th>
                  <th scope="col">{t("networks.meeting.title")}</th>
                  <th scope="col">{t("networks.list.network")}</th>
                  <th scope="col">{t("networks.rsvp.yourAnswer")}</th>
                </tr>
              </thead>
              <tbody>
                {upcoming.data.networkMeetings.items.map((m) => (
                  <tr key={m.id}>
                    <td className="nowrap">
                      <time dateTime={isoString(m.startsAt)}>{formatDateTime(m.startsAt)}</time>
                    </td>
                    <th scope="row">
                      <Link to={`/natverk/moten/${m.id}`}>{m.title}</Link>
                    </th>
                    <td>
                      <Link to={`/natverk/${m.network.id}`}>{m.network.name}</Link>
                    </td>
                    <td>
                      {m.network.isConvener ? <span className="muted">{t("networks.list.youConvene")}</span> : <MyResponseText response={m.myResponse} />}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section className="section" aria-labelledby="nw-networks">
        <h2 id="nw-networks">{t("networks.list.networksHeading")}</h2>
        <div className="filters" role="group" aria-label={t("networks.list.filterLabel")}>
          <SelectField
            id="nw-topic"
            label={t("networks.topic")}
            value={topic}
            onChange={(e) => {
              setTopic(e.target.value as NetworkTopic | "");
              setOffset(0);
            }}
          >
            <option value="">{t("networks.list.allTopics")}</option>
            {TOPICS.map((tp) => (
              <option key={tp} value={tp}>
                {t(`networks.topics.${tp}`)}
              </option>
            ))}
          </SelectField>
          {canConvene && (
            <CheckboxField
              id="nw-convened"
              label={t("networks.list.convenedByMe")}
              checked={convenedByMe}
              onChange={(e) => {
                setConvenedByMe(e.target.checked);
                setOffset(0);
              }}
            />
          )}
        </div>
        {list.error && !page ? (
          <ErrorAlert>{errorInfo(list.error).message}</ErrorAlert>
        ) : !page ? (
          <Loading />
        ) : page.items.length === 0 ? (
          <EmptyState>{filtered ? t("networks.list.noMatches") : canConvene ? t("networks.list.emptyConvener") : t("networks.list.empty")}</EmptyState>
        ) : (
          <>
            <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="nw-networks-caption">
              <table className="table">
                <caption id="nw-networks-caption">{t("networks.list.caption", { count: page.total })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("networks.list.network")}</th>
                    <th scope="col">{t("networks.topic")}</th>
                    <th scope="col">{t("networks.convener")}</th>
                    <th scope="col" className="num">
                      {t("networks.list.members")}
                    </th>
                    <th scope="col">{t("networks.list.nextMeeting")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((n) => {
                    const next = n.upcomingMeetings[0];
                    return (
                      <tr key={n.id}>
                        <th scope="row">
                          <Link to={`/natverk/${n.id}`}>{n.name}</Link>
                          {n.isConvener && <span className="tag nw-tag-inline">{t("networks.list.youConvene")}</span>}
                        </th>
                        <td>{t(`networks.topics.${n.topic}`)}</td>
                        <td>{n.convener.name}</td>
                        <td className="num">{formatNumber(n.members.length)}</td>
                        <td>
                          {next ? (
                            <Link to={`/natverk/moten/${next.id}`}>
                              <time dateTime={isoString(next.startsAt)}>{formatDateTime(next.startsAt)}</time>
                              <span className="visually-hidden">: {next.title}</span>
                            </Link>
                          ) : (
                            <span className="muted">{t("networks.list.noneScheduled")}</span>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <Pager label={t("networks.list.pagerLabel")} offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
          </>
        )}
      </section>

      <CalendarFeedSection />
    </div>
  );
}
