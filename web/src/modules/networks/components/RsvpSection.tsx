import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime, isoString } from "../../../app/format";
import { useMe } from "../../../app/session";
import { TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import { RespondMutation } from "../operations";
import type { Meeting } from "../meeting";

interface PersonRow {
  key: number;
  name: string;
  email: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
let nextKey = 1;

/** Ert svar: who from my organisation comes ("Vi kommer"), or "Vi kommer inte", until the deadline. */
export function RsvpSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const me = useMe();
  const response = meeting.myResponse;
  const [rows, setRows] = useState<PersonRow[]>(() =>
    response?.attendees.length
      ? response.attendees.map((a) => ({ key: nextKey++, name: a.name, email: a.email ?? "" }))
      : [{ key: nextKey++, name: me.name, email: me.email }],
  );
  const [status, setStatus] = useState("");
  const errors = useFormErrors();
  const [respond, { loading }] = useMutation(RespondMutation, { refetchQueries: ["NetworkMeeting", "MyUpcomingMeetings"], awaitRefetchQueries: true });
  const open = meeting.availableActions.includes("RESPOND");
  const deadline = meeting.rsvpDeadline ?? meeting.startsAt;
  const set = (key: number, patch: Partial<PersonRow>) => setRows((old) => old.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const idFor = (path: string) => {
    const m = /^(\d+)\.(name|email)$/.exec(path.replace(/^attendees\./, ""));
    return m && rows[Number(m[1])] ? `nw-rsvp-${rows[Number(m[1])].key}-${m[2]}` : undefined;
  };
  const rowErrors = (i: number, field: string) => errors.of(`attendees.${i}.${field}`) ?? errors.of(`${i}.${field}`);

  async function send(attendees: PersonRow[]) {
    setStatus("");
    try {
      await respond({ variables: { meetingId: meeting.id, attendees: attendees.map((a) => ({ name: a.name.trim(), email: a.email.trim() || null })) } });
      errors.clear();
      setStatus(attendees.length ? t("networks.rsvp.savedYes", { count: attendees.length }) : t("networks.rsvp.savedNo"));
    } catch (err) {
      errors.fail(err);
    }
  }

  async function comes(e: FormEvent) {
    e.preventDefault();
    const people = rows.filter((r) => r.name.trim() || r.email.trim());
    const local: Record<string, string[]> = {};
    if (people.length === 0) local["attendees.0.name"] = [t("networks.rsvp.nameRequired")];
    rows.forEach((r, i) => {
      if (!people.includes(r)) return;
      if (r.name.trim().length < 2) local[`attendees.${i}.name`] = [t("networks.rsvp.nameRequired")];
      if (r.email.trim() && !EMAIL.test(r.email.trim())) local[`attendees.${i}.email`] = [t("networks.rsvp.emailInvalid")];
    });
    if (!errors.check(local)) return;
    await send(people);
  }

  return (
    <section className="section card nw-rsvp" aria-labelledby="nw-rsvp">
      <h2 id="nw-rsvp">{t("networks.rsvp.heading", { organisation: me.organisation.name })}</h2>
      <p className="nw-rsvp__current">
        {!response
          ? t("networks.rsvp.noAnswerYet")
          : response.attendees.length === 0
            ? t("networks.rsvp.answeredNoStatus")
            : t("networks.rsvp.answeredYesStatus", { names: response.attendees.map((a) => a.name).join(", ") })}{" "}
        {response && (
          <span className="muted">
            ({t("networks.rsvp.answeredAt")} <time dateTime={isoString(response.respondedAt)}>{formatDateTime(response.respondedAt)}</time>)
          </span>
        )}
      </p>
      <LiveStatus>{status}</LiveStatus>
      {!open ? (
        <p>{meeting.status === "CANCELLED" ? t("networks.rsvp.cancelled") : t("networks.rsvp.closed", { deadline: formatDateTime(deadline) })}</p>
      ) : (
        <form className="form" onSubmit={comes} noValidate aria-busy={loading}>
          <p>
            {t("networks.rsvp.deadline")} <time dateTime={isoString(deadline)}>{formatDateTime(deadline)}</time>.{" "}
            {response ? t("networks.rsvp.canChange") : null}
          </p>
          <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId={`nw-rsvp-${rows[0]?.key}-name`} />
          <fieldset className="fieldset">
            <legend>{t("networks.rsvp.who", { organisation: me.organisation.name })}</legend>
            <p className="field__hint">{t("networks.rsvp.whoHint")}</p>
            <ol className="nw-rows">
              {rows.map((r, i) => (
                <li key={r.key}>
                  <fieldset className="fieldset nw-row-group">
                    <legend>{t("networks.rsvp.person", { number: i + 1 })}</legend>
                    <div className="nw-person-row">
                      <TextField
                        id={`nw-rsvp-${r.key}-name`}
                        label={t("networks.rsvp.name")}
                        autoComplete="off"
                        value={r.name}
                        onChange={(e) => set(r.key, { name: e.target.value })}
                        errors={rowErrors(i, "name")}
                      />
                      <TextField
                        id={`nw-rsvp-${r.key}-email`}
                        type="email"
                        label={t("networks.rsvp.email")}
                        autoComplete="off"
                        value={r.email}
                        onChange={(e) => set(r.key, { email: e.target.value })}
                        errors={rowErrors(i, "email")}
                      />
                      {rows.length > 1 && (
                        <button
                          type="button"
                          className="button button--danger-quiet button--small nw-person-row__remove"
                          onClick={() => setRows((old) => old.filter((x) => x.key !== r.key))}
                        >
                          {t("networks.rsvp.removePerson")}
                          <span className="visually-hidden"> {t("networks.rsvp.person", { number: i + 1 })}</span>
                        </button>
                      )}
                    </div>
                  </fieldset>
                </li>
              ))}
            </ol>
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() => {
                const row = { key: nextKey++, name: "", email: "" };
                setRows((old) => [...old, row]);
                window.requestAnimationFrame(() => document.getElementById(`nw-rsvp-${row.key}-name`)?.focus());
              }}
            >
              {t("networks.rsvp.addPerson")}
            </button>
          </fieldset>
          <div className="button-row">
            <button type="submit" className="button" disabled={loading}>
              {t("networks.rsvp.yes")}
            </button>
            <button type="button" className="button button--secondary" disabled={loading} onClick={() => void send([])}>
              {t("networks.rsvp.no")}
            </button>
            {loading && (
              <span className="inline-status" role="status">
                {t("common.saving")}
              </span>
            )}
          </div>
        </form>
      )}
    </section>
  );
}
