import { useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatDate } from "../../../app/format";
import type { AttendanceStatus, TrainingEventFieldsFragment } from "../../../generated/graphql";
import { MarkAttendanceMutation } from "../operations";

const STATUSES: AttendanceStatus[] = ["ATTENDED", "ABSENT", "EXCUSED"];

/** Närvaro per confirmed participant and day. A kursledarutbildning attended in full certifies the person. */
export function AttendanceTable({ event, onNotice }: { event: TrainingEventFieldsFragment; onNotice(message: string): void }) {
  const { t } = useTranslation();
  const [mark, { loading }] = useMutation(MarkAttendanceMutation);
  const people = event.registrations.filter((r) => r.availableActions.includes("MARK_ATTENDANCE"));
  if (people.length === 0 || event.sessions.length === 0) return null;

  async function set(registrationId: string, name: string, sessionId: string, day: number, status: AttendanceStatus) {
    try {
      await mark({ variables: { registrationId, sessionIds: [sessionId], attended: status } });
      onNotice(t("trainings.attendance.saved", { name, day, status: t(`trainingAttendance.${status}`) }));
    } catch (err) {
      onNotice(errorInfo(err).message);
    }
  }

  return (
    <section className="section" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t("trainings.attendance.heading")}</h2>
      <p>{t(event.type === "KURSLEDARUTBILDNING" ? "trainings.attendance.introLeader" : "trainings.attendance.intro")}</p>
      <div className="table-wrap attendance" tabIndex={0} role="region" aria-labelledby="attendance-caption">
        <table className="table">
          <caption id="attendance-caption">{t("trainings.attendance.caption", { count: people.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("trainings.register.name")}</th>
              {event.sessions.map((s, i) => (
                <th scope="col" key={s.id}>
                  {t("trainings.form.dayN", { day: i + 1 })} <span className="muted">{formatDate(s.startsAt)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {people.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.name}
                  <div className="muted">{r.organisation.name}</div>
                </th>
                {event.sessions.map((s, i) => {
                  const current = r.attendance.find((a) => a.sessionId === s.id)?.status ?? "";
                  return (
                    <td key={s.id}>
                      <select
                        aria-label={t("trainings.attendance.label", { name: r.name, day: i + 1 })}
                        value={current}
                        disabled={loading}
                        onChange={(e) => void set(r.id, r.name, s.id, i + 1, e.target.value as AttendanceStatus)}
                      >
                        {current === "" && <option value="">{t("trainings.attendance.notRecorded")}</option>}
                        {STATUSES.map((st) => (
                          <option key={st} value={st}>
                            {t(`trainingAttendance.${st}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
