import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { CheckboxField } from "../../../app/ui/Field";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import type { AttendanceStatus } from "../../../generated/graphql";
import { MarkAttendanceMutation, MeetingResponsesQuery, RecordAttendanceMutation } from "../operations";
import type { Meeting } from "../meeting";

type Choice = AttendanceStatus | "";
interface Row {
  status: Choice;
  people: string;
}

const STATUSES: AttendanceStatus[] = ["ATTENDED", "ABSENT", "EXCUSED"];
/** Above this many members the groups start closed, so the page stays short. */
const OPEN_GROUPS_UP_TO = 12;

/**
 * Närvaro per member organisation, grouped by kind of organisation (kommuner, regioner, …) in
 * groups that open and close. Until the convener changes anything, the form follows the
 * answers: those who said they come are "Närvarande" with their number of people, those who
 * declined "Anmält förhinder". Saving marks the meeting as held. Ticked organisations (or all)
 * are marked present or absent in one step, which the server checks and records at once.
 */
export function AttendanceSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  // The responses section polls; this reads the same answers from the cache.
  const { data } = useQuery(MeetingResponsesQuery, { variables: { id: meeting.id }, fetchPolicy: "cache-first" });
  const responses = data?.networkMeeting.responses;
  const members = meeting.network.members;
  const [edits, setEdits] = useState<Record<string, Row> | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [record, { loading }] = useMutation(RecordAttendanceMutation, { refetchQueries: ["NetworkMeeting", "Network"], awaitRefetchQueries: true });
  const [mark, { loading: marking }] = useMutation(MarkAttendanceMutation, { refetchQueries: ["NetworkMeeting", "Network"], awaitRefetchQueries: true });
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [bulkError, setBulkError] = useState<string | null>(null);
  const groups = useMemo(() => {
    const byKind = new Map<string, typeof members>();
    for (const m of members) byKind.set(m.organisation.kind, [...(byKind.get(m.organisation.kind) ?? []), m]);
    return [...byKind.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  }, [members]);
  const toggle = (ids: string[], on: boolean) => {
    const next = new Set(selected);
    for (const id of ids) {
      if (on) next.add(id);
      else next.delete(id);
    }
    setSelected(next);
    setBulkError(null);
  };

  async function markSelected(to: "ATTENDED" | "ABSENT") {
    setStatus("");
    setBulkError(null);
    const ids = members.map((m) => m.organisation.id).filter((id) => selected.has(id));
    if (!ids.length) {
      setBulkError(t("networks.attendance.chooseFirst"));
      document.getElementById("nw-att-all")?.focus();
      return;
    }
    try {
      await mark({ variables: { meetingId: meeting.id, organisationIds: ids, status: to } });
      if (edits) {
        const next = { ...edits };
        for (const id of ids) next[id] = { status: to, people: to === "ATTENDED" ? next[id]?.people || "1" : "" };
        setEdits(next);
      }
      setSelected(new Set());
      setStatus(t(to === "ATTENDED" ? "networks.attendance.markedPresent" : "networks.attendance.markedAbsent", { count: ids.length }));
    } catch (err) {
      setBulkError(errorInfo(err).message);
    }
  }

  const defaults = useMemo(() => {
    const rows: Record<string, Row> = {};
    for (const m of members) rows[m.organisation.id] = { status: "", people: "" };
    if (meeting.attendance.length > 0) {
      for (const a of meeting.attendance) rows[a.organisation.id] = { status: a.status, people: a.status === "ATTENDED" ? String(a.people) : "" };
      return rows;
    }
    for (const r of responses ?? []) {
      rows[r.organisation.id] = r.attendees.length ? { status: "ATTENDED", people: String(r.attendees.length) } : { status: "EXCUSED", people: "" };
    }
    return rows;
  }, [members, meeting.attendance, responses]);
  const rows = edits ?? defaults;
  const change = (orgId: string, patch: Partial<Row>) => {
    const base = edits ?? defaults;
    const row = { ...base[orgId], ...patch };
    if (patch.status === "ATTENDED" && !row.people) row.people = "1";
    if (patch.status && patch.status !== "ATTENDED") row.people = "";
    setEdits({ ...base, [orgId]: row });
  };
  const unset = members.filter((m) => !rows[m.organisation.id]?.status).length;
  const invalidPeople = members.filter((m) => {
    const r = rows[m.organisation.id];
    if (r?.status !== "ATTENDED") return false;
    const n = Number(r.people);
    return !Number.isInteger(n) || n < 1 || n > 1000;
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setStatus("");
    setError(null);
    if (invalidPeople.length) {
      setError(t("networks.attendance.peopleInvalid", { organisation: invalidPeople[0].organisation.name }));
      const input = document.getElementById(`nw-att-${invalidPeople[0].organisation.id}-people`);
      const group = input?.closest("details");
      if (group) group.open = true;
      input?.focus();
      return;
    }
    const input = members
      .filter((m) => rows[m.organisation.id]?.status)
      .map((m) => {
        const r = rows[m.organisation.id];
        return { organisationId: m.organisation.id, status: r.status as AttendanceStatus, people: r.status === "ATTENDED" ? Number(r.people) : 0 };
      });
    try {
      await record({ variables: { meetingId: meeting.id, input } });
      setEdits(null);
      setStatus(t("networks.attendance.saved", { count: input.filter((x) => x.status === "ATTENDED").length }));
    } catch (err) {
      setError(errorInfo(err).message);
    }
  }

  return (
    <section className="section" aria-labelledby="nw-attendance">
      <h2 id="nw-attendance">{t("networks.attendance.heading")}</h2>
      <p>{meeting.attendance.length ? t("networks.attendance.introRecorded") : t("networks.attendance.intro")}</p>
      {members.length === 0 ? (
        <EmptyState>{t("networks.attendance.noMembers")}</EmptyState>
      ) : (
        <form className="form" onSubmit={submit} noValidate aria-busy={loading}>
          {error && <ErrorAlert>{error}</ErrorAlert>}
          <div className="card nw-bulk-bar" role="group" aria-labelledby="nw-att-bulk-label">
            <p id="nw-att-bulk-label" className="nw-bulk-bar__label">
              {t("networks.attendance.selectedCount", { count: selected.size, total: members.length })}
            </p>
            <CheckboxField
              id="nw-att-all"
              label={t("networks.attendance.selectAll")}
              checked={selected.size === members.length}
              onChange={(e) =>
                toggle(
                  members.map((m) => m.organisation.id),
                  e.target.checked,
                )
              }
            />
            <div className="button-row">
              <button type="button" className="button button--secondary" disabled={marking} onClick={() => void markSelected("ATTENDED")}>
                {t("networks.attendance.markPresent")}
              </button>
              <button type="button" className="button button--secondary" disabled={marking} onClick={() => void markSelected("ABSENT")}>
                {t("networks.attendance.markAbsent")}
              </button>
              {marking && (
                <span className="inline-status" role="status">
                  {t("common.saving")}
                </span>
              )}
            </div>
            {bulkError && <ErrorAlert>{bulkError}</ErrorAlert>}
          </div>
          <p id="nw-attendance-caption" className="muted">
            {t("networks.attendance.caption", { count: members.length, unset })}
          </p>
          {groups.map(([kind, list]) => {
            const ids = list.map((m) => m.organisation.id);
            const chosen = ids.filter((id) => selected.has(id)).length;
            const groupUnset = list.filter((m) => !rows[m.organisation.id]?.status).length;
            return (
              <details key={kind} className="nw-group" open={members.length <= OPEN_GROUPS_UP_TO}>
                <summary>{t("networks.attendance.group", { kind: t(`organisationKinds.${kind}`), count: list.length, unset: groupUnset, chosen })}</summary>
                <div className="table-wrap" role="region" tabIndex={0} aria-label={t(`organisationKinds.${kind}`)}>
                  <table className="table nw-attendance-table">
                    <caption className="visually-hidden">
                      {t("networks.attendance.groupCaption", { kind: t(`organisationKinds.${kind}`), count: list.length })}
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col" className="nw-check-cell">
                          <label className="visually-hidden" htmlFor={`nw-att-group-${kind}`}>
                            {t("networks.attendance.selectGroup", { kind: t(`organisationKinds.${kind}`) })}
                          </label>
                          <input id={`nw-att-group-${kind}`} type="checkbox" checked={chosen === ids.length} onChange={(e) => toggle(ids, e.target.checked)} />
                        </th>
                        <th scope="col">{t("networks.members.organisation")}</th>
                        <th scope="col">{t("networks.attendance.status")}</th>
                        <th scope="col">{t("networks.attendance.people")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((m) => {
                        const id = m.organisation.id;
                        const r = rows[id] ?? { status: "", people: "" };
                        const bad = invalidPeople.includes(m) && !!error;
                        return (
                          <tr key={id}>
                            <td className="nw-check-cell">
                              <label className="visually-hidden" htmlFor={`nw-att-${id}-select`}>
                                {t("networks.attendance.select", { organisation: m.organisation.name })}
                              </label>
                              <input id={`nw-att-${id}-select`} type="checkbox" checked={selected.has(id)} onChange={(e) => toggle([id], e.target.checked)} />
                            </td>
                            <th scope="row">{m.organisation.name}</th>
                            <td>
                              <label className="visually-hidden" htmlFor={`nw-att-${id}-status`}>
                                {t("networks.attendance.statusFor", { organisation: m.organisation.name })}
                              </label>
                              <select
                                id={`nw-att-${id}-status`}
                                className="nw-select-compact"
                                value={r.status}
                                onChange={(e) => change(id, { status: e.target.value as Choice })}
                              >
                                <option value="">{t("networks.attendance.notSet")}</option>
                                {STATUSES.map((s) => (
                                  <option key={s} value={s}>
                                    {t(`networks.attendanceStatus.${s}`)}
                                  </option>
                                ))}
                              </select>
                            </td>
                            <td>
                              <label className="visually-hidden" htmlFor={`nw-att-${id}-people`}>
                                {t("networks.attendance.peopleFor", { organisation: m.organisation.name })}
                              </label>
                              <input
                                id={`nw-att-${id}-people`}
                                className="nw-input-number"
                                type="number"
                                inputMode="numeric"
                                min={1}
                                max={1000}
                                value={r.people}
                                disabled={r.status !== "ATTENDED"}
                                aria-invalid={bad || undefined}
                                onChange={(e) => change(id, { people: e.target.value })}
                              />
                            </td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                </div>
              </details>
            );
          })}
          <div className="button-row">
            <button type="submit" className="button" disabled={loading}>
              {t("networks.attendance.save")}
            </button>
            {unset > 0 && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  const base = { ...(edits ?? defaults) };
                  for (const m of members) if (!base[m.organisation.id]?.status) base[m.organisation.id] = { status: "ABSENT", people: "" };
                  setEdits(base);
                  setStatus(t("networks.attendance.restAbsentDone", { count: unset }));
                }}
              >
                {t("networks.attendance.restAbsent", { count: unset })}
              </button>
            )}
            {edits && (
              <button type="button" className="button button--quiet" onClick={() => setEdits(null)}>
                {t("networks.attendance.reset")}
              </button>
            )}
            {loading && (
              <span className="inline-status" role="status">
                {t("common.saving")}
              </span>
            )}
          </div>
          <LiveStatus>{status}</LiveStatus>
        </form>
      )}
    </section>
  );
}
