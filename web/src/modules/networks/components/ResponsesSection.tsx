import { useQuery } from "@apollo/client/react";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatDateTime, isoString } from "../../../app/format";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import type { NetworkMeetingResponsesQuery } from "../../../generated/graphql";
import { MeetingResponsesQuery } from "../operations";
import type { Meeting } from "../meeting";

/** How often the convener's page asks for new answers while it is open. */
export const RESPONSES_POLL_MS = 10_000;

export type MeetingResponses = NetworkMeetingResponsesQuery["networkMeeting"]["responses"];

/** The answers of every member organisation, kept up to date while the page is open (convener only). */
export function useMeetingResponses(meetingId: string) {
  return useQuery(MeetingResponsesQuery, { variables: { id: meetingId }, pollInterval: RESPONSES_POLL_MS, notifyOnNetworkStatusChange: false });
}

export function ResponsesSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const query = useMeetingResponses(meeting.id);
  const responses = query.data?.networkMeeting.responses;
  const [announcement, setAnnouncement] = useState("");
  const seen = useRef<Map<string, string> | null>(null);

  // Announce answers that arrive while the page is open (not those already there when it opened).
  useEffect(() => {
    if (!responses) return;
    const now = new Map(responses.map((r) => [r.organisation.id, r.respondedAt]));
    if (seen.current) {
      const fresh = responses.filter((r) => seen.current!.get(r.organisation.id) !== r.respondedAt);
      if (fresh.length) {
        setAnnouncement(
          fresh
            .map((r) =>
              r.attendees.length
                ? t("networks.responses.newYes", { organisation: r.organisation.name, count: r.attendees.length })
                : t("networks.responses.newNo", { organisation: r.organisation.name }),
            )
            .join(" "),
        );
      }
    }
    seen.current = now;
  }, [responses, t]);

  const members = meeting.network.members;
  const answered = new Set((responses ?? []).map((r) => r.organisation.id));
  const notAnswered = members.filter((m) => !answered.has(m.organisation.id));
  const coming = (responses ?? []).filter((r) => r.attendees.length > 0);
  const people = coming.reduce((sum, r) => sum + r.attendees.length, 0);
  const sorted = [...(responses ?? [])].sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, "sv"));

  return (
    <section className="section" aria-labelledby="nw-responses">
      <h2 id="nw-responses">{t("networks.responses.heading")}</h2>
      <p className="field__hint">{t("networks.responses.live")}</p>
      <LiveStatus tone="info">{announcement}</LiveStatus>
      {query.error && !responses ? (
        <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert>
      ) : !responses ? (
        <Loading />
      ) : (
        <>
          <p>
            {t("networks.responses.summary", { answered: responses.length, members: members.length })}{" "}
            {t("networks.responses.summaryComing", { count: coming.length, people })}{" "}
            {t("networks.responses.summaryDeclined", { count: responses.length - coming.length })}
          </p>
          {responses.length === 0 ? (
            <EmptyState>{t("networks.responses.none")}</EmptyState>
          ) : (
            <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="nw-responses-caption">
              <table className="table">
                <caption id="nw-responses-caption">{t("networks.responses.caption", { count: responses.length })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("networks.members.organisation")}</th>
                    <th scope="col">{t("networks.responses.answer")}</th>
                    <th scope="col">{t("networks.responses.attendees")}</th>
                    <th scope="col">{t("networks.responses.answeredAt")}</th>
                  </tr>
                </thead>
                <tbody>
                  {sorted.map((r) => (
                    <tr key={r.organisation.id}>
                      <th scope="row">{r.organisation.name}</th>
                      <td>
                        {r.attendees.length ? (
                          <span className="status status--active">{t("networks.responses.yes", { count: r.attendees.length })}</span>
                        ) : (
                          <span className="status status--inactive">{t("networks.responses.no")}</span>
                        )}
                      </td>
                      <td>{r.attendees.length ? r.attendees.map((a) => a.name).join(", ") : "–"}</td>
                      <td className="nowrap">
                        <time dateTime={isoString(r.respondedAt)}>{formatDateTime(r.respondedAt)}</time>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {notAnswered.length > 0 && (
            <details className="nw-details">
              <summary>{t("networks.responses.notAnswered", { count: notAnswered.length })}</summary>
              <ul className="nw-columns">
                {notAnswered.map((m) => (
                  <li key={m.organisation.id}>{m.organisation.name}</li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
    </section>
  );
}
