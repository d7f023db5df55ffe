import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { isoString } from "../../../app/format";
import type { MeetingRowFragment } from "../../../generated/graphql";
import { MeetingStatusTag } from "./StatusTags";
import { formatMeetingTime } from "../meetingTime";
import { MyResponseText } from "./MeetingResponseText";

/** Meetings of one network: when, what, where, status, and (for members) our answer. */
export function MeetingsTable({ meetings, caption, showResponse }: { meetings: MeetingRowFragment[]; caption: string; showResponse: boolean }) {
  const { t } = useTranslation();
  const captionId = useId();
  return (
    <div className="table-wrap" role="region" tabIndex={0} aria-labelledby={captionId}>
      <table className="table">
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("networks.meeting.when")}</th>
            <th scope="col">{t("networks.meeting.title")}</th>
            <th scope="col">{t("networks.meeting.where")}</th>
            <th scope="col">{t("networks.meeting.status")}</th>
            {showResponse && <th scope="col">{t("networks.rsvp.yourAnswer")}</th>}
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.id}>
              <td className="nowrap">
                <time dateTime={isoString(m.startsAt)}>{formatMeetingTime(m.startsAt, m.endsAt)}</time>
              </td>
              <th scope="row">
                <Link to={`/natverk/moten/${m.id}`}>{m.title}</Link>
              </th>
              <td className="cell--break">{m.location || (m.onlineUrl ? t("networks.meeting.online") : "–")}</td>
              <td>
                <MeetingStatusTag status={m.status} />
              </td>
              {showResponse && (
                <td>
                  <MyResponseText response={m.myResponse} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
