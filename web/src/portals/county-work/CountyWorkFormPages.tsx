import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { ErrorAlert } from "../../app/ui/Messages";
import { isDate } from "../../app/stockholmTime";
import { CheckboxField, CheckboxGroup, RadioGroup, SelectField, TextAreaField, TextField } from "../../app/ui/Field";
import { FormErrorSummary } from "../../app/ui/FormErrorSummary";
import { Loading } from "../../app/ui/Loading";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { useFormErrors } from "../../app/ui/useFormErrors";
import type {
  CampaignChannel,
  CampaignQuery as CampaignData,
  CampaignScope,
  MethodSpreadQuery as MethodSpreadData,
  MunicipalityVisitQuery as VisitData,
  NetworkTopic,
  RegionalStrategyQuery as StrategyData,
  StrategyKind,
} from "../../generated/graphql";
import {
  CampaignQuery,
  CountyKommunerQuery,
  CountyWorkContextQuery,
  SaveCampaignMutation,
  SaveMethodSpreadMutation,
  SaveMunicipalityVisitMutation,
  MethodSpreadQuery,
  MunicipalityVisitQuery,
  RegionalStrategyQuery,
  SaveRegionalStrategyMutation,
} from "../../modules/county-work/operations";
import { TOPICS } from "../../modules/networks/topics";
import { uploadDocument } from "../../modules/networks/upload";
import { useYear } from "./CountyWorkPage";
import { DateField } from "../../app/ui/DateTimeFields";

const CHANNELS: CampaignChannel[] = ["PRESS", "SOCIAL_MEDIA", "WEB", "EVENTS", "PRINTED_MATERIAL", "RADIO_TV", "OUTDOOR", "OTHER"];

/** A count field's value: null when empty, the number otherwise (the server checks the range). */
const count = (text: string) => (text.trim() === "" ? null : Number(text.replace(/\s/g, "")));

function FormShell({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  useDocumentTitle(title);
  return (
    <div className="cw cw-narrow">
      <p>
        <Link to="/lanets-arbete">{t("countyWork.title")}</Link>
      </p>
      <h1>{title}</h1>
      <p className="field__hint">{t("countyWork.requiredNote")}</p>
      {children}
    </div>
  );
}

function Buttons({ loading, year }: { loading: boolean; year: number }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <button type="submit" className="button" disabled={loading}>
        {t("countyWork.save")}
      </button>
      <Link to={`/lanets-arbete?year=${year}`} className="button button--secondary">
        {t("countyWork.cancel")}
      </Link>
      {loading && (
        <span className="inline-status" role="status">
          {t("countyWork.saving")}
        </span>
      )}
    </div>
  );
}

/** A record to edit (`:id` in the address), or none for a new one. */
function Editing<T>({
  id,
  loading,
  error,
  record,
  children,
}: {
  id?: string;
  loading: boolean;
  error?: unknown;
  record: T | null | undefined;
  children(record: T | null): ReactNode;
}) {
  const { t } = useTranslation();
  if (!id) return <>{children(null)}</>;
  if (error && !record) {
    return (
      <div className="cw cw-narrow">
        <h1>{t("countyWork.title")}</h1>
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      </div>
    );
  }
  if (loading || !record) return <Loading />;
  return <>{children(record)}</>;
}

/** The label of a field that must be filled in. */
function useRequired() {
  const { t } = useTranslation();
  return (label: string) => `${label}${t("countyWork.required")}`;
}

const fieldId = (prefix: string, fields: string[]) => (path: string) => (fields.includes(path.split(".")[0]) ? `${prefix}-${path.split(".")[0]}` : undefined);

/** Registrera kommunbesök (/lanets-arbete/ny/kommunbesok) and Ändra kommunbesök (/lanets-arbete/kommunbesok/:id). */
export function VisitFormPage() {
  const { id } = useParams();
  const q = useQuery(MunicipalityVisitQuery, { variables: { id: id ?? "" }, skip: !id });
  return (
    <Editing id={id} loading={q.loading} error={q.error} record={q.data?.municipalityVisit}>
      {(visit) => <VisitForm key={id ?? "new"} visit={visit} />}
    </Editing>
  );
}

/** A kommun of the county, the date, topics, who took part. */
function VisitForm({ visit }: { visit: VisitData["municipalityVisit"] | null }) {
  const { t } = useTranslation();
  const req = useRequired();
  const navigate = useNavigate();
  const [year] = useYear();
  const context = useQuery(CountyWorkContextQuery);
  const countyCode = context.data?.me?.organisation.countyCode ?? "";
  const kommuner = useQuery(CountyKommunerQuery, { variables: { countyCode }, skip: !countyCode });
  const [v, setV] = useState({
    kommunId: visit?.kommun.id ?? "",
    date: visit?.date ?? "",
    topics: (visit?.topics ?? []) as NetworkTopic[],
    participants: visit?.participants ?? "",
    notes: visit?.notes ?? "",
  });
  const errors = useFormErrors();
  const [save, { loading }] = useMutation(SaveMunicipalityVisitMutation, { refetchQueries: ["CountyWork"] });
  const idFor = fieldId("cw-visit", ["kommunId", "date", "topics", "participants", "notes"]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!v.kommunId) local.kommunId = [t("countyWork.visits.kommunRequired")];
    if (!isDate(v.date)) local.date = [t("countyWork.visits.dateRequired")];
    if (!v.topics.length) local.topics = [t("countyWork.visits.topicsRequired")];
    if (v.participants.trim().length < 2) local.participants = [t("countyWork.visits.participantsRequired")];
    if (!errors.check(local)) return;
    try {
      await save({ variables: { input: { ...v, id: visit?.id, participants: v.participants.trim() } } });
      void navigate(`/lanets-arbete?year=${v.date.slice(0, 4)}`, { state: { flash: visit ? t("countyWork.saved") : t("countyWork.visits.created") } });
    } catch (err) {
      errors.fail(err);
    }
  }

  if (!context.data) return <Loading />;
  return (
    <FormShell title={visit ? t("countyWork.visits.editTitle") : t("countyWork.visits.formTitle")}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
        <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId="cw-visit-kommunId" />
        <SelectField
          id="cw-visit-kommunId"
          label={req(t("countyWork.visits.kommun"))}
          value={v.kommunId}
          onChange={(e) => setV({ ...v, kommunId: e.target.value })}
          errors={errors.of("kommunId")}
          aria-required
        >
          <option value="">{t("countyWork.visits.chooseKommun")}</option>
          {(kommuner.data?.organisations.items ?? []).map((k) => (
            <option key={k.id} value={k.id}>
              {k.name}
            </option>
          ))}
        </SelectField>
        <DateField
          id="cw-visit-date"
          label={req(t("countyWork.visits.date"))}
          value={v.date}
          onChange={(e) => setV({ ...v, date: e.target.value })}
          errors={errors.of("date")}
          aria-required
        />
        <CheckboxGroup
          id="cw-visit-topics"
          legend={req(t("countyWork.visits.topics"))}
          value={v.topics}
          onChange={(topics) => setV({ ...v, topics })}
          options={TOPICS.map((tp) => ({ value: tp, label: t(`countyWork.topics.${tp}`) }))}
          errors={errors.of("topics")}
        />
        <TextAreaField
          id="cw-visit-participants"
          label={req(t("countyWork.visits.participants"))}
          hint={t("countyWork.visits.participantsHint")}
          rows={3}
          value={v.participants}
          onChange={(e) => setV({ ...v, participants: e.target.value })}
          errors={errors.of("participants")}
          aria-required
        />
        <TextAreaField
          id="cw-visit-notes"
          label={t("countyWork.visits.notes")}
          rows={4}
          value={v.notes}
          onChange={(e) => setV({ ...v, notes: e.target.value })}
          errors={errors.of("notes")}
        />
        <Buttons loading={loading} year={year} />
      </form>
    </FormShell>
  );
}

/** Registrera kampanj (/lanets-arbete/ny/kampanj) and Ändra kampanj (/lanets-arbete/kampanjer/:id). */
export function CampaignFormPage() {
  const { id } = useParams();
  const q = useQuery(CampaignQuery, { variables: { id: id ?? "" }, skip: !id });
  return (
    <Editing id={id} loading={q.loading} error={q.error} record={q.data?.campaign}>
      {(campaign) => <CampaignForm key={id ?? "new"} campaign={campaign} />}
    </Editing>
  );
}

const text = (n: number | null | undefined) => (n == null ? "" : String(n));

/** Scope, topic, channels, period, reach where known, methods spread. */
function CampaignForm({ campaign: c }: { campaign: CampaignData["campaign"] | null }) {
  const { t } = useTranslation();
  const req = useRequired();
  const navigate = useNavigate();
  const [year] = useYear();
  const context = useQuery(CountyWorkContextQuery);
  const [v, setV] = useState({
    title: c?.title ?? "",
    scope: (c?.scope ?? "") as CampaignScope | "",
    topic: (c?.topic ?? "") as NetworkTopic | "",
    channels: (c?.channels ?? []) as CampaignChannel[],
    periodStart: c?.periodStart ?? "",
    periodEnd: c?.periodEnd ?? "",
    kommunerReached: text(c?.kommunerReached),
    peopleReached: text(c?.peopleReached),
    articles: text(c?.articles),
    readers: text(c?.readers),
    methodIds: (c?.methods ?? []).map((m) => m.id),
    notes: c?.notes ?? "",
  });
  const errors = useFormErrors();
  const [save, { loading }] = useMutation(SaveCampaignMutation, { refetchQueries: ["CountyWork"] });
  const fields = [
    "title",
    "scope",
    "topic",
    "channels",
    "periodStart",
    "periodEnd",
    "kommunerReached",
    "peopleReached",
    "articles",
    "readers",
    "methodIds",
    "notes",
  ];
  const idFor = fieldId("cw-campaign", fields);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (v.title.trim().length < 3) local.title = [t("countyWork.campaigns.titleRequired")];
    if (!v.scope) local.scope = [t("countyWork.campaigns.scopeRequired")];
    if (!v.topic) local.topic = [t("countyWork.campaigns.topicRequired")];
    if (!v.channels.length) local.channels = [t("countyWork.campaigns.channelsRequired")];
    if (!isDate(v.periodStart)) local.periodStart = [t("countyWork.campaigns.periodRequired")];
    if (!isDate(v.periodEnd)) local.periodEnd = [t("countyWork.campaigns.periodRequired")];
    if (!errors.check(local)) return;
    try {
      await save({
        variables: {
          input: {
            id: c?.id,
            title: v.title.trim(),
            scope: v.scope as CampaignScope,
            topic: v.topic as NetworkTopic,
            channels: v.channels,
            periodStart: v.periodStart,
            periodEnd: v.periodEnd,
            kommunerReached: count(v.kommunerReached),
            peopleReached: count(v.peopleReached),
            articles: count(v.articles),
            readers: count(v.readers),
            methodIds: v.methodIds,
            notes: v.notes,
          },
        },
      });
      void navigate(`/lanets-arbete?year=${v.periodStart.slice(0, 4)}`, { state: { flash: c ? t("countyWork.saved") : t("countyWork.campaigns.created") } });
    } catch (err) {
      errors.fail(err);
    }
  }

  if (!context.data) return <Loading />;
  const number = (name: "kommunerReached" | "peopleReached" | "articles" | "readers") => (
    <TextField
      id={`cw-campaign-${name}`}
      label={t(`countyWork.campaigns.${name}`)}
      inputMode="numeric"
      value={v[name]}
      onChange={(e) => setV({ ...v, [name]: e.target.value })}
      errors={errors.of(name)}
    />
  );
  return (
    <FormShell title={c ? t("countyWork.campaigns.editTitle") : t("countyWork.campaigns.formTitle")}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
        <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId="cw-campaign-title" />
        <TextField
          id="cw-campaign-title"
          label={req(t("countyWork.campaigns.titleLabel"))}
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.target.value })}
          errors={errors.of("title")}
          aria-required
        />
        <RadioGroup
          id="cw-campaign-scope"
          legend={req(t("countyWork.campaigns.scope"))}
          value={v.scope || null}
          onChange={(scope) => setV({ ...v, scope })}
          options={(["REGIONAL", "NATIONAL"] as CampaignScope[]).map((s) => ({ value: s, label: t(`countyWork.scopes.${s}`) }))}
          errors={errors.of("scope")}
          inline
        />
        <SelectField
          id="cw-campaign-topic"
          label={req(t("countyWork.campaigns.topic"))}
          value={v.topic}
          onChange={(e) => setV({ ...v, topic: e.target.value as NetworkTopic })}
          errors={errors.of("topic")}
          aria-required
        >
          <option value="">{t("countyWork.campaigns.chooseTopic")}</option>
          {TOPICS.map((tp) => (
            <option key={tp} value={tp}>
              {t(`countyWork.topics.${tp}`)}
            </option>
          ))}
        </SelectField>
        <CheckboxGroup
          id="cw-campaign-channels"
          legend={req(t("countyWork.campaigns.channels"))}
          value={v.channels}
          onChange={(channels) => setV({ ...v, channels })}
          options={CHANNELS.map((ch) => ({ value: ch, label: t(`countyWork.channels.${ch}`) }))}
          errors={errors.of("channels")}
        />
        <DateField
          id="cw-campaign-periodStart"
          label={req(t("countyWork.campaigns.periodStart"))}
          value={v.periodStart}
          onChange={(e) => setV({ ...v, periodStart: e.target.value })}
          errors={errors.of("periodStart")}
          aria-required
        />
        <DateField
          id="cw-campaign-periodEnd"
          label={req(t("countyWork.campaigns.periodEnd"))}
          value={v.periodEnd}
          onChange={(e) => setV({ ...v, periodEnd: e.target.value })}
          errors={errors.of("periodEnd")}
          aria-required
        />
        <fieldset className="field fieldset">
          <legend>{t("countyWork.campaigns.reach")}</legend>
          <p className="field__hint">{t("countyWork.campaigns.reachHint")}</p>
          {number("kommunerReached")}
          {number("peopleReached")}
          {number("articles")}
          {number("readers")}
        </fieldset>
        <CheckboxGroup
          id="cw-campaign-methodIds"
          legend={t("countyWork.campaigns.methods")}
          value={v.methodIds}
          onChange={(methodIds) => setV({ ...v, methodIds })}
          options={context.data.methods.map((m) => ({ value: m.id, label: m.name }))}
          errors={errors.of("methodIds")}
        />
        <TextAreaField
          id="cw-campaign-notes"
          label={t("countyWork.campaigns.notes")}
          rows={3}
          value={v.notes}
          onChange={(e) => setV({ ...v, notes: e.target.value })}
          errors={errors.of("notes")}
        />
        <Buttons loading={loading} year={year} />
      </form>
    </FormShell>
  );
}

/** Registrera metodspridning (/lanets-arbete/ny/metodspridning) and its correction (/lanets-arbete/metodspridning/:id). */
export function MethodSpreadFormPage() {
  const { id } = useParams();
  const q = useQuery(MethodSpreadQuery, { variables: { id: id ?? "" }, skip: !id });
  return (
    <Editing id={id} loading={q.loading} error={q.error} record={q.data?.methodSpread}>
      {(spread) => <MethodSpreadForm key={id ?? "new"} spread={spread} />}
    </Editing>
  );
}

/** A method of the reference list, the year, reach. */
function MethodSpreadForm({ spread }: { spread: MethodSpreadData["methodSpread"] | null }) {
  const { t } = useTranslation();
  const req = useRequired();
  const navigate = useNavigate();
  const [shownYear] = useYear();
  const year = spread?.year ?? shownYear;
  const context = useQuery(CountyWorkContextQuery);
  const [v, setV] = useState({
    methodId: spread?.method.id ?? "",
    kommunerReached: text(spread?.kommunerReached),
    organisationsReached: text(spread?.organisationsReached),
    note: spread?.note ?? "",
  });
  const errors = useFormErrors();
  const [save, { loading }] = useMutation(SaveMethodSpreadMutation, { refetchQueries: ["CountyWork"] });
  const idFor = fieldId("cw-spread", ["methodId", "kommunerReached", "organisationsReached", "note"]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!errors.check(v.methodId ? {} : { methodId: [t("countyWork.spreads.methodRequired")] })) return;
    try {
      await save({
        variables: {
          input: {
            id: spread?.id,
            methodId: v.methodId,
            year,
            kommunerReached: count(v.kommunerReached),
            organisationsReached: count(v.organisationsReached),
            note: v.note,
          },
        },
      });
      void navigate(`/lanets-arbete?year=${year}`, { state: { flash: spread ? t("countyWork.saved") : t("countyWork.spreads.created") } });
    } catch (err) {
      errors.fail(err);
    }
  }

  if (!context.data) return <Loading />;
  return (
    <FormShell title={`${spread ? t("countyWork.spreads.editTitle") : t("countyWork.spreads.formTitle")} ${year}`}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
        <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId="cw-spread-methodId" />
        <SelectField
          id="cw-spread-methodId"
          label={req(t("countyWork.spreads.method"))}
          value={v.methodId}
          onChange={(e) => setV({ ...v, methodId: e.target.value })}
          errors={errors.of("methodId")}
          aria-required
        >
          <option value="">{t("countyWork.spreads.chooseMethod")}</option>
          {context.data.methods.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id="cw-spread-kommunerReached"
          label={t("countyWork.spreads.kommunerReached")}
          inputMode="numeric"
          value={v.kommunerReached}
          onChange={(e) => setV({ ...v, kommunerReached: e.target.value })}
          errors={errors.of("kommunerReached")}
        />
        <TextField
          id="cw-spread-organisationsReached"
          label={t("countyWork.spreads.organisationsReached")}
          inputMode="numeric"
          value={v.organisationsReached}
          onChange={(e) => setV({ ...v, organisationsReached: e.target.value })}
          errors={errors.of("organisationsReached")}
        />
        <TextAreaField
          id="cw-spread-note"
          label={t("countyWork.spreads.note")}
          rows={3}
          value={v.note}
          onChange={(e) => setV({ ...v, note: e.target.value })}
          errors={errors.of("note")}
        />
        <Buttons loading={loading} year={year} />
      </form>
    </FormShell>
  );
}

/** Lägg till strategi (/lanets-arbete/ny/strategi) and Ändra strategi (/lanets-arbete/strategier/:id); the status changes on Länets arbete. */
export function StrategyFormPage() {
  const { id } = useParams();
  const q = useQuery(RegionalStrategyQuery, { variables: { id: id ?? "" }, skip: !id });
  return (
    <Editing id={id} loading={q.loading} error={q.error} record={q.data?.regionalStrategy}>
      {(strategy) => <StrategyForm key={id ?? "new"} strategy={strategy} />}
    </Editing>
  );
}

/** Kind, title, link to gender mainstreaming, and the adopted document. */
function StrategyForm({ strategy }: { strategy: StrategyData["regionalStrategy"] | null }) {
  const { t } = useTranslation();
  const req = useRequired();
  const navigate = useNavigate();
  const [shownYear] = useYear();
  const year = strategy?.year ?? shownYear;
  const [v, setV] = useState({
    kind: (strategy?.kind ?? "") as StrategyKind | "",
    title: strategy?.title ?? "",
    linkedToGenderMainstreaming: strategy?.linkedToGenderMainstreaming ?? false,
    notes: strategy?.notes ?? "",
  });
  const errors = useFormErrors();
  const [save, { loading }] = useMutation(SaveRegionalStrategyMutation, { refetchQueries: ["CountyWork"] });
  const idFor = fieldId("cw-strategy", ["kind", "title", "linkedToGenderMainstreaming", "notes"]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    if (!v.kind) local.kind = [t("countyWork.strategies.kindRequired")];
    if (v.title.trim().length < 3) local.title = [t("countyWork.strategies.titleRequired")];
    if (!errors.check(local)) return;
    try {
      await save({ variables: { input: { ...v, id: strategy?.id, kind: v.kind as StrategyKind, title: v.title.trim(), year } } });
      void navigate(`/lanets-arbete?year=${year}`, { state: { flash: strategy ? t("countyWork.saved") : t("countyWork.strategies.created") } });
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <FormShell title={`${strategy ? t("countyWork.strategies.editTitle") : t("countyWork.strategies.formTitle")} ${year}`}>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
        <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId="cw-strategy-kind" />
        <RadioGroup
          id="cw-strategy-kind"
          legend={req(t("countyWork.strategies.kind"))}
          value={v.kind || null}
          onChange={(kind) => setV({ ...v, kind })}
          options={(["STRATEGY", "ACTION_PLAN"] as StrategyKind[]).map((k) => ({ value: k, label: t(`countyWork.strategyKinds.${k}`) }))}
          errors={errors.of("kind")}
          inline
        />
        <TextField
          id="cw-strategy-title"
          label={req(t("countyWork.strategies.titleLabel"))}
          value={v.title}
          onChange={(e) => setV({ ...v, title: e.target.value })}
          errors={errors.of("title")}
          aria-required
        />
        <CheckboxField
          id="cw-strategy-linkedToGenderMainstreaming"
          label={t("countyWork.strategies.linked")}
          checked={v.linkedToGenderMainstreaming}
          onChange={(e) => setV({ ...v, linkedToGenderMainstreaming: e.target.checked })}
        />
        <TextAreaField
          id="cw-strategy-notes"
          label={t("countyWork.strategies.notes")}
          rows={3}
          value={v.notes}
          onChange={(e) => setV({ ...v, notes: e.target.value })}
          errors={errors.of("notes")}
        />
        <Buttons loading={loading} year={year} />
      </form>
      {strategy && <StrategyDocument id={strategy.id} filename={strategy.documentFilename ?? null} />}
    </FormShell>
  );
}

/** The adopted document: uploaded to the document store the meeting documents use, replacing an earlier one. */
function StrategyDocument({ id, filename }: { id: string; filename: string | null }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState(filename);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState("");
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) {
      setError(t("countyWork.strategies.chooseFile"));
      return;
    }
    setBusy(true);
    const res = await uploadDocument(`/api/regional-strategies/${encodeURIComponent(id)}/document`, file, {}, t("countyWork.strategies.fileTooLarge"));
    setBusy(false);
    if (res.ok) {
      setCurrent(res.document.filename);
      setError(null);
      setDone(t("countyWork.strategies.uploaded", { filename: res.document.filename }));
    } else setError(res.message);
  }
  return (
    <section className="cw-section" aria-labelledby="cw-strategy-document">
      <h2 id="cw-strategy-document">{t("countyWork.strategies.document")}</h2>
      {current ? (
        <p>
          <a href={`/api/regional-strategies/${encodeURIComponent(id)}/document`}>{current}</a>
        </p>
      ) : (
        <p>{t("countyWork.strategies.noDocument")}</p>
      )}
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
        <div className={`field${error ? " field--error" : ""}`}>
          <label htmlFor="cw-strategy-file">{t("countyWork.strategies.file")}</label>
          <input
            id="cw-strategy-file"
            type="file"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "cw-strategy-file-error" : undefined}
          />
          {error && (
            <p className="field__error" id="cw-strategy-file-error">
              {error}
            </p>
          )}
        </div>
        <button type="submit" className="button button--secondary" disabled={busy}>
          {t("countyWork.strategies.upload")}
        </button>
        <span className="inline-status" role="status">
          {busy ? t("countyWork.saving") : done}
        </span>
      </form>
    </section>
  );
}
