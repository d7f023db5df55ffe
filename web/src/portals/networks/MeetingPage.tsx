import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router-dom";
import { NotFoundPage } from "../../app/ErrorPages";
import { errorInfo, hasCode } from "../../app/errors";
import { formatDate, formatDateTime, isoString } from "../../app/format";
import { useMe } from "../../app/session";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { MeetingStatusTag } from "../../modules/networks/components/StatusTags";
import { formatMeetingTime } from "../../modules/networks/meetingTime";
import { NetworkMeetingQuery as MeetingQuery } from "../../modules/networks/operations";
import { AttendanceSection } from "../../modules/networks/components/AttendanceSection";
import { Breadcrumbs } from "../../modules/networks/components/Breadcrumbs";
import { DocumentsSection } from "../../modules/networks/components/DocumentsSection";
import { MinutesSection } from "../../modules/networks/components/MinutesSection";
import { ResponsesSection } from "../../modules/networks/components/ResponsesSection";
import { RsvpSection } from "../../modules/networks/components/RsvpSection";
import { useFlash } from "../../app/ui/useFlash";

/**
 * One meeting (notifications link here). Members answer the invitation and read the minutes;
 * the convener follows the answers live, shares documents, records attendance and writes the
 * minutes; the designated approver approves them.
 */
export function MeetingPage() {
  const { meetingId = "" } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const [flash] = useFlash();
  const query = useQuery(MeetingQuery, { variables: { id: meetingId } });
  const meeting = query.data?.networkMeeting;
  useDocumentTitle(meeting?.title ?? t("networks.meeting.pageTitle"));

  if (!meeting) {
    if (query.error && hasCode(query.error, "NOT_FOUND")) return <NotFoundPage />;
    return (
      <div className="nw">
        <Breadcrumbs items={[{ to: "/natverk", label: t("networks.list.title") }]} />
        <h1>{t("networks.meeting.pageTitle")}</h1>
        {query.error ? <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert> : <Loading />}
      </div>
    );
  }

  const network = meeting.network;
  const isConvener = network.isConvener;
  // The convening organisation itself is not invited; co-conveners are members and answer too.
  const invited = network.convener.id !== me.organisation.id;
  const agendaDocs = (id: string) => meeting.documents.filter((d) => d.agendaItemId === id);

  return (
    <div className="nw">
      <Breadcrumbs
        items={[
          { to: "/natverk", label: t("networks.list.title") },
          { to: `/natverk/${network.id}`, label: network.name },
        ]}
      />
      <h1>{meeting.title}</h1>
      <LiveStatus>{flash}</LiveStatus>
      <dl className="facts">
        <div>
          <dt>{t("networks.meeting.when")}</dt>
          <dd>
            <time dateTime={isoString(meeting.startsAt)}>{formatMeetingTime(meeting.startsAt, meeting.endsAt)}</time>{" "}
            <span className="muted">{t("networks.meeting.swedishTime")}</span>
          </dd>
        </div>
        <div>
          <dt>{t("networks.meeting.where")}</dt>
          <dd>{meeting.location || t("networks.meeting.onlineOnly")}</dd>
        </div>
        {meeting.onlineUrl && (
          <div>
            <dt>{t("networks.meeting.onlineLink")}</dt>
            <dd className="cell--break">
              <a href={meeting.onlineUrl} rel="noopener noreferrer" target="_blank">
                {t("networks.meeting.joinOnline")}
                <span className="visually-hidden"> {t("networks.meeting.opensNewWindow")}</span>
              </a>
            </dd>
          </div>
        )}
        <div>
          <dt>{t("networks.meeting.rsvpDeadline")}</dt>
          <dd>
            {meeting.rsvpDeadline ? (
              <time dateTime={isoString(meeting.rsvpDeadline)}>{formatDateTime(meeting.rsvpDeadline)}</time>
            ) : (
              t("networks.meeting.noDeadline")
            )}
          </dd>
        </div>
        <div>
          <dt>{t("networks.meeting.status")}</dt>
          <dd>
            <MeetingStatusTag status={meeting.status} />
          </dd>
        </div>
        <div>
          <dt>{t("networks.convener")}</dt>
          <dd>{network.convener.name}</dd>
        </div>
      </dl>

      {invited && <RsvpSection meeting={meeting} />}
      {isConvener && <ResponsesSection meeting={meeting} />}

      <section className="section" aria-labelledby="nw-agenda">
        <h2 id="nw-agenda">{t("networks.meeting.agenda")}</h2>
        {meeting.agenda.length === 0 ? (
          <EmptyState>{t("networks.meeting.noAgenda")}</EmptyState>
        ) : (
          <ol className="nw-agenda">
            {meeting.agenda.map((item) => (
              <li key={item.id}>
                <span className="nw-agenda__title">{item.title}</span>
                {(item.presenter || item.durationMinutes) && (
                  <span className="nw-agenda__meta">
                    {[item.presenter, item.durationMinutes ? t("networks.meeting.minutesLong", { count: item.durationMinutes }) : null]
                      .filter(Boolean)
                      .join(" · ")}
                  </span>
                )}
                {agendaDocs(item.id).length > 0 && (
                  <ul className="nw-plain-list nw-agenda__docs">
                    {agendaDocs(item.id).map((d) => (
                      <li key={d.id}>
                        <a href={d.url} download>
                          {d.filename}
                        </a>
                      </li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>

      <DocumentsSection meeting={meeting} />
      {meeting.availableActions.includes("RECORD_ATTENDANCE") && <AttendanceSection meeting={meeting} />}
      <MinutesSection meeting={meeting} />
      {(meeting.previousMinutes || meeting.nextMinutes) && (
        <nav className="nw-minutes-nav" aria-label={t("networks.meeting.minutesNav")}>
          {meeting.previousMinutes && (
            <Link to={`/natverk/moten/${meeting.previousMinutes.id}`} className="nw-minutes-nav__prev">
              <span aria-hidden="true">← </span>
              {t("networks.meeting.previousMinutes", { title: meeting.previousMinutes.title, date: formatDate(meeting.previousMinutes.startsAt) })}
            </Link>
          )}
          {meeting.nextMinutes && (
            <Link to={`/natverk/moten/${meeting.nextMinutes.id}`} className="nw-minutes-nav__next">
              {t("networks.meeting.nextMinutes", { title: meeting.nextMinutes.title, date: formatDate(meeting.nextMinutes.startsAt) })}
              <span aria-hidden="true"> →</span>
            </Link>
          )}
        </nav>
      )}
      <p>
        <Link to={`/natverk/${network.id}/beslut`}>{t("networks.decisions.link")}</Link>
      </p>
    </div>
  );
}
