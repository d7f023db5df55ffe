import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import type { FormEvent } from "react";
import { type FieldErrors, type Resolver, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { ForbiddenPage } from "../../app/guards";
import { TextField } from "../../app/ui/Field";
import { FormErrorSummary } from "../../app/ui/FormErrorSummary";
import { Loading } from "../../app/ui/Loading";
import { ErrorAlert, Notice } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { errorPaths, useFormErrors } from "../../app/ui/useFormErrors";
import type { NetworkQuery as NetworkData } from "../../generated/graphql";
import { NetworkQuery, ScheduleMeetingMutation } from "../../modules/networks/operations";
import { Breadcrumbs } from "../../modules/networks/components/Breadcrumbs";
import { DateField, TimeField } from "../../app/ui/DateTimeFields";
import {
  type AgendaRow,
  emptyAgendaRow,
  filledAgenda,
  isHeld,
  type MeetingValues,
  meetingSchema,
  newMeetingValues,
  toScheduleInput,
} from "../../modules/networks/meetingValues";

/**
 * Planera möte: a meeting (or a series) with time in Swedish time, place, answer deadline and
 * agenda. The form (react-hook-form with a zod schema, as the grant application) checks itself
 * before sending; the server's field messages land on the same fields.
 */
export function ScheduleMeetingPage() {
  const { networkId = "" } = useParams();
  const { t } = useTranslation();
  useDocumentTitle(t("networks.schedule.title"));
  const query = useQuery(NetworkQuery, { variables: { id: networkId } });
  const network = query.data?.network;
  if (!network) {
    return (
      <div className="nw">
        <h1>{t("networks.schedule.title")}</h1>
        {query.error ? <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert> : <Loading />}
      </div>
    );
  }
  if (!network.isConvener) return <ForbiddenPage />;
  return <ScheduleForm network={network} />;
}

function ScheduleForm({ network }: { network: NetworkData["network"] }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errors = useFormErrors();
  const form = useForm<MeetingValues>({
    defaultValues: newMeetingValues(),
    // Built per check, so its messages are in the reader's language of the moment.
    resolver: (values, context, options) => (zodResolver(meetingSchema(t)) as unknown as Resolver<MeetingValues>)(values, context, options),
    shouldFocusError: false,
  });
  const v = useWatch({ control: form.control }) as MeetingValues;
  const agenda = v.agenda;
  const live = errorPaths(form.formState.errors);
  const of = (path: string) => live[path] ?? errors.of(path);
  const [schedule, { loading }] = useMutation(ScheduleMeetingMutation, { refetchQueries: ["Network", "MyUpcomingMeetings", "Networks"] });

  type Key = Exclude<keyof MeetingValues, "agenda">;
  const ids: Record<string, string> = {
    title: "nw-m-title",
    startsAt: "nw-m-date",
    date: "nw-m-date",
    start: "nw-m-start",
    endsAt: "nw-m-end",
    end: "nw-m-end",
    location: "nw-m-location",
    onlineUrl: "nw-m-online",
    rsvpDeadline: "nw-m-rsvp",
    rsvpDate: "nw-m-rsvp",
    repeatCount: "nw-m-repeat-count",
    repeatIntervalMonths: "nw-m-repeat-months",
  };
  const idFor = (path: string) => {
    const m = /^agenda\.(\d+)\.(title|presenter|durationMinutes)$/.exec(path);
    if (m) {
      const row = filledAgenda(agenda)[Number(m[1])];
      return row ? `nw-agenda-${row.key}-${m[2] === "durationMinutes" ? "minutes" : m[2]}` : undefined;
    }
    return ids[path];
  };
  // Errors are shown at the field whatever name the server or the browser check gave them.
  const fieldErrors = (...paths: string[]) => {
    const list = paths.flatMap((p) => of(p) ?? []);
    return list.length ? list : undefined;
  };
  const set = <K extends keyof MeetingValues>(key: K, value: MeetingValues[K]) =>
    form.setValue(key, value as never, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  const field = (key: Key, ...serverPaths: string[]) => ({
    id: ids[key],
    value: v[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value),
    errors: fieldErrors(key, ...serverPaths),
  });
  // A meeting whose start has passed cannot be invited to: it is recorded as held, without
  // invitations, answer deadline or series. The server decides; this only chooses what to send.
  const held = isHeld(v);
  const setAgenda = (update: (rows: AgendaRow[]) => AgendaRow[]) => set("agenda", update(form.getValues("agenda")));
  const setRow = (key: string, patch: Partial<AgendaRow>) => setAgenda((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const move = (index: number, by: number) =>
    setAgenda((rows) => {
      const next = [...rows];
      const [row] = next.splice(index, 1);
      next.splice(index + by, 0, row);
      return next;
    });

  function invalid(found: FieldErrors<MeetingValues>) {
    errors.check(errorPaths(found));
  }

  function submit(e: FormEvent) {
    void form.handleSubmit(async (values) => {
      try {
        const res = await schedule({ variables: { input: toScheduleInput(values, network.id) } });
        const meetings = res.data!.scheduleNetworkMeeting;
        const flash = isHeld(values) ? t("networks.schedule.recordedHeld") : t("networks.schedule.scheduled", { count: meetings.length });
        void navigate(`/natverk/moten/${meetings[0].id}`, { state: { flash } });
      } catch (err) {
        errors.fail(err);
      }
    }, invalid)(e);
  }

  // Row errors are keyed by the position among the filled rows, as the server counts them.
  const rowErrors = (row: AgendaRow, field: string) => {
    const i = filledAgenda(agenda).indexOf(row);
    return i >= 0 ? of(`agenda.${i}.${field}`) : undefined;
  };

  return (
    <div className="nw nw-narrow">
      <Breadcrumbs
        items={[
          { to: "/natverk", label: t("networks.list.title") },
          { to: `/natverk/${network.id}`, label: network.name },
        ]}
      />
      <h1>{t("networks.schedule.title")}</h1>
      <p className="lead">
        {held
          ? t("networks.schedule.introHeld", { network: network.name })
          : t("networks.schedule.intro", { network: network.name, count: network.members.length })}
      </p>
      <form className="form" onSubmit={submit} noValidate aria-busy={loading}>
        <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId="nw-m-title" />
        <TextField {...field("title")} label={t("networks.schedule.meetingTitle")} autoComplete="off" />
        <fieldset className="fieldset">
          <legend>{t("networks.schedule.when")}</legend>
          <p className="field__hint">{t("networks.schedule.whenHint")}</p>
          <div className="form-grid nw-time-grid">
            <DateField {...field("date", "startsAt")} label={t("networks.schedule.date")} />
            <TimeField {...field("start")} label={t("networks.schedule.start")} />
            <TimeField {...field("end", "endsAt")} label={t("networks.schedule.end")} />
          </div>
        </fieldset>
        <div aria-live="polite">
          {held && (
            <Notice title={t("networks.schedule.heldTitle")}>
              <p>{t("networks.schedule.heldNotice")}</p>
            </Notice>
          )}
        </div>
        <TextField {...field("location")} label={t("networks.schedule.location")} hint={t("networks.schedule.locationHint")} autoComplete="off" />
        <TextField {...field("onlineUrl")} type="url" label={t("networks.schedule.onlineUrl")} hint={t("networks.schedule.onlineUrlHint")} autoComplete="off" />
        {!held && <DateField {...field("rsvpDate", "rsvpDeadline")} label={t("networks.schedule.rsvpDeadline")} hint={t("networks.schedule.rsvpHint")} />}

        <fieldset className="fieldset nw-agenda-editor">
          <legend className="nw-legend-large">{t("networks.schedule.agenda")}</legend>
          <p className="field__hint">{t("networks.schedule.agendaHint")}</p>
          <ol className="nw-rows">
            {agenda.map((row, i) => (
              <li key={row.key}>
                <fieldset className="fieldset nw-row-group">
                  <legend>{t("networks.schedule.agendaItem", { number: i + 1 })}</legend>
                  <div className="nw-agenda-row">
                    <TextField
                      id={`nw-agenda-${row.key}-title`}
                      fieldClassName="nw-agenda-row__title"
                      label={t("networks.schedule.agendaTitle")}
                      autoComplete="off"
                      value={row.title}
                      onChange={(e) => setRow(row.key, { title: e.target.value })}
                      errors={rowErrors(row, "title")}
                    />
                    <TextField
                      id={`nw-agenda-${row.key}-presenter`}
                      label={t("networks.schedule.presenter")}
                      autoComplete="off"
                      value={row.presenter}
                      onChange={(e) => setRow(row.key, { presenter: e.target.value })}
                      errors={rowErrors(row, "presenter")}
                    />
                    <TextField
                      id={`nw-agenda-${row.key}-minutes`}
                      fieldClassName="nw-agenda-row__minutes"
                      type="number"
                      inputMode="numeric"
                      min={1}
                      max={600}
                      label={t("networks.schedule.minutes")}
                      value={row.minutes}
                      onChange={(e) => setRow(row.key, { minutes: e.target.value })}
                      errors={rowErrors(row, "durationMinutes")}
                    />
                  </div>
                  <div className="actions">
                    {i > 0 && (
                      <button type="button" className="button button--secondary button--small" onClick={() => move(i, -1)}>
                        {t("networks.schedule.moveUp")}
                        <span className="visually-hidden"> {t("networks.schedule.agendaItem", { number: i + 1 })}</span>
                      </button>
                    )}
                    {i < agenda.length - 1 && (
                      <button type="button" className="button button--secondary button--small" onClick={() => move(i, 1)}>
                        {t("networks.schedule.moveDown")}
                        <span className="visually-hidden"> {t("networks.schedule.agendaItem", { number: i + 1 })}</span>
                      </button>
                    )}
                    <button
                      type="button"
                      className="button button--danger-quiet button--small"
                      onClick={() => setAgenda((rows) => rows.filter((r) => r.key !== row.key))}
                    >
                      {t("networks.schedule.removeItem")}
                      <span className="visually-hidden"> {t("networks.schedule.agendaItem", { number: i + 1 })}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            ))}
          </ol>
          {agenda.length === 0 && <p className="muted">{t("networks.schedule.noAgenda")}</p>}
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              const row = emptyAgendaRow();
              setAgenda((rows) => [...rows, row]);
              window.requestAnimationFrame(() => document.getElementById(`nw-agenda-${row.key}-title`)?.focus());
            }}
          >
            {t("networks.schedule.addItem")}
          </button>
        </fieldset>

        {!held && (
          <fieldset className="fieldset">
            <legend className="nw-legend-large">{t("networks.schedule.repeat")}</legend>
            <p className="field__hint">{t("networks.schedule.repeatHint")}</p>
            <div className="form-grid nw-time-grid">
              <TextField {...field("repeatCount")} type="number" inputMode="numeric" min={1} max={24} label={t("networks.schedule.repeatCount")} />
              <TextField {...field("repeatIntervalMonths")} type="number" inputMode="numeric" min={1} max={12} label={t("networks.schedule.repeatMonths")} />
            </div>
          </fieldset>
        )}

        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {held ? t("networks.schedule.submitHeld") : t("networks.schedule.submit")}
          </button>
          <Link to={`/natverk/${network.id}`} className="button button--secondary">
            {t("common.cancel")}
          </Link>
          {loading && (
            <span className="inline-status" role="status">
              {t("common.saving")}
            </span>
          )}
        </div>
      </form>
    </div>
  );
}
