import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { formatDate, formatNumber } from "../../app/format";
import { useMe } from "../../app/session";
import { todayInStockholm } from "../../app/stockholmTime";
import { ConfirmDialog } from "../../app/ui/ConfirmDialog";
import { SelectField } from "../../app/ui/Field";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert, StatusMessage } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { useFlash } from "../../app/ui/useFlash";
import type { CountyWorkQuery as CountyWorkData, NetworkTopic, StrategyStatus } from "../../generated/graphql";
import { TOPICS } from "../../modules/networks/topics";
import {
  ChangeRegionalStrategyStatusMutation,
  CountyBoardsQuery,
  CountyWorkQuery,
  DeleteCampaignMutation,
  DeleteMethodSpreadMutation,
  DeleteMunicipalityVisitMutation,
  DeleteRegionalStrategyMutation,
} from "../../modules/county-work/operations";
import { NetworksQuery } from "../../modules/networks/operations";
import { TrainingEventsQuery } from "../../modules/trainings/operations";
import { titleOf } from "../../modules/questionnaires/labels";
import { MyQuestionnaireResponsesQuery } from "../../modules/questionnaires/operations";
import { DateField } from "../../app/ui/DateTimeFields";

const YEARS_BACK = 6;
const LIST_LIMIT = 200;

type Kind = "visit" | "campaign" | "spread" | "strategy";
type Pending = { kind: Kind; id: string; what: string } | null;

/** The year shown, from `?year=`, this year when absent. */
export function useYear(): [number, (year: number) => void, URLSearchParams] {
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInStockholm().slice(0, 4));
  const year = Number(params.get("year")) || thisYear;
  const setYear = (y: number) => {
    const next = new URLSearchParams(params);
    next.set("year", String(y));
    setParams(next, { replace: true });
  };
  return [year, setYear, params];
}

/**
 * Länets arbete (/lanets-arbete): a länsstyrelse's own work of a year in one place, with forms
 * and downloads; for Socialstyrelsen and Vårdanalys every county's, read-only, with a county filter.
 */
export function CountyWorkPage() {
  const { t } = useTranslation();
  const me = useMe();
  const manage = me.abilities.includes("countyWork.manage.ownCounty");
  const [year, setYear, params] = useYear();
  const [, setParams] = useSearchParams();
  const countyBoardId = manage ? null : params.get("lan") || null;
  const topic = (TOPICS as string[]).includes(params.get("amne") ?? "") ? (params.get("amne") as NetworkTopic) : null;
  const thisYear = Number(todayInStockholm().slice(0, 4));
  const years = Array.from({ length: YEARS_BACK + 2 }, (_, i) => thisYear + 1 - i);
  useDocumentTitle(t("countyWork.title"));
  const [flash, setFlash] = useFlash();

  const boards = useQuery(CountyBoardsQuery, { skip: manage });
  const query = useQuery(CountyWorkQuery, { variables: { year, countyBoardId, topic, limit: LIST_LIMIT } });
  const data = query.data ?? query.previousData;
  const trainings = useQuery(TrainingEventsQuery, {
    skip: !manage,
    variables: { from: `${year}-01-01`, to: `${year}-12-31`, organisedByMe: true, withPlacesLeft: false, limit: 50, offset: 0 },
  });
  const networks = useQuery(NetworksQuery, { skip: !manage, variables: { convenedByMe: true, offset: 0, limit: 50 } });

  const [pending, setPending] = useState<Pending>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const refetch = { refetchQueries: ["CountyWork"] };
  const [deleteVisit, v] = useMutation(DeleteMunicipalityVisitMutation, refetch);
  const [deleteCampaign, c] = useMutation(DeleteCampaignMutation, refetch);
  const [deleteSpread, s] = useMutation(DeleteMethodSpreadMutation, refetch);
  const [deleteStrategy, st] = useMutation(DeleteRegionalStrategyMutation, refetch);
  const deleting = v.loading || c.loading || s.loading || st.loading;

  async function confirmDelete() {
    if (!pending) return;
    const variables = { id: pending.id };
    try {
      if (pending.kind === "visit") await deleteVisit({ variables });
      if (pending.kind === "campaign") await deleteCampaign({ variables });
      if (pending.kind === "spread") await deleteSpread({ variables });
      if (pending.kind === "strategy") await deleteStrategy({ variables });
      setPending(null);
      setDeleteError(null);
      setFlash(t("countyWork.deleted"));
    } catch (err) {
      setDeleteError(errorInfo(err).message);
    }
  }

  const exportQuery = (name: string) => `/api/county-work/${name}.%s?year=${year}${countyBoardId ? `&countyBoardId=${encodeURIComponent(countyBoardId)}` : ""}`;
  const downloads = (name: string, what: string) => (
    <p className="cw-downloads">
      <a href={exportQuery(name).replace("%s", "csv")} download>
        {t("countyWork.downloadCsv", { what, year })}
      </a>
      <a href={exportQuery(name).replace("%s", "xlsx")} download>
        {t("countyWork.downloadXlsx", { what, year })}
      </a>
    </p>
  );
  const ask = (p: Pending) => {
    setDeleteError(null);
    setPending(p);
  };
  const showBoard = !manage && !countyBoardId;

  return (
    <div className="cw">
      <h1>{t("countyWork.title")}</h1>
      <p className="lead">{manage ? t("countyWork.intro") : t("countyWork.nationalIntro")}</p>
      {flash && <StatusMessage>{flash}</StatusMessage>}
      <div className="filters">
        <SelectField id="cw-year" label={t("countyWork.year")} value={String(year)} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="cw-topic"
          label={t("countyWork.topicFilter")}
          hint={t("countyWork.topicFilterHint")}
          value={topic ?? ""}
          onChange={(e) => {
            const next = new URLSearchParams(params);
            if (e.target.value) next.set("amne", e.target.value);
            else next.delete("amne");
            setParams(next, { replace: true });
          }}
        >
          <option value="">{t("countyWork.allTopics")}</option>
          {TOPICS.map((tp) => (
            <option key={tp} value={tp}>
              {t(`countyWork.topics.${tp}`)}
            </option>
          ))}
        </SelectField>
        {!manage && (
          <SelectField
            id="cw-county"
            label={t("countyWork.county")}
            value={countyBoardId ?? ""}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              if (e.target.value) next.set("lan", e.target.value);
              else next.delete("lan");
              setParams(next, { replace: true });
            }}
          >
            <option value="">{t("countyWork.allCounties")}</option>
            {(boards.data?.organisations.items ?? []).map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      {query.error && !data && <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert>}
      {!data && !query.error && <Loading />}
      {data && (
        <>
          <Visits data={data} year={year} manage={manage} showBoard={showBoard} onDelete={ask} downloads={downloads} />
          <Campaigns data={data} year={year} manage={manage} showBoard={showBoard} onDelete={ask} downloads={downloads} />
          <Spreads data={data} year={year} manage={manage} showBoard={showBoard} onDelete={ask} downloads={downloads} />
          <Strategies data={data} year={year} manage={manage} showBoard={showBoard} onDelete={ask} downloads={downloads} onChanged={setFlash} />
        </>
      )}
      {manage && (
        <section className="cw-section" aria-labelledby="cw-trainings">
          <h2 id="cw-trainings">{t("countyWork.trainings.heading")}</h2>
          {trainings.data && trainings.data.trainingEvents.items.length === 0 && <EmptyState>{t("countyWork.trainings.empty", { year })}</EmptyState>}
          <ul className="cw-list">
            {(trainings.data?.trainingEvents.items ?? []).map((e) => (
              <li key={e.id}>
                <Link to={`/utbildningar/${e.id}`}>{e.title}</Link> <span className="cw-meta">{formatDate(e.startsAt)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {manage && me.abilities.includes("questionnaire.answer") && <Surveys year={year} />}
      {!manage && (
        <section className="cw-section" aria-labelledby="cw-networks-national">
          <h2 id="cw-networks-national">{t("countyWork.networks.heading")}</h2>
          <p className="field__hint">{t("countyWork.networks.nationalHint")}</p>
          {downloads("natverk", t("countyWork.networks.what"))}
        </section>
      )}
      {manage && (
        <section className="cw-section" aria-labelledby="cw-networks">
          <h2 id="cw-networks">{t("countyWork.networks.heading")}</h2>
          {downloads("natverk", t("countyWork.networks.what"))}
          {networks.data && networks.data.networks.items.length === 0 && <EmptyState>{t("countyWork.networks.empty")}</EmptyState>}
          <ul className="cw-list">
            {(networks.data?.networks.items ?? []).map((n) => (
              <li key={n.id}>
                <Link to={`/natverk/${n.id}`}>{n.name}</Link> <span className="cw-meta">{t(`countyWork.networkKinds.${n.kind}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <ConfirmDialog
        open={!!pending}
        title={t("countyWork.confirmDeleteTitle")}
        confirmLabel={t("countyWork.delete")}
        danger
        busy={deleting}
        error={deleteError}
        onConfirm={() => void confirmDelete()}
        onClose={() => setPending(null)}
      >
        <p>{t("countyWork.confirmDeleteBody", { what: pending?.what ?? "" })}</p>
      </ConfirmDialog>
    </div>
  );
}

interface SectionProps {
  data: CountyWorkData;
  year: number;
  manage: boolean;
  showBoard: boolean;
  onDelete(p: Pending): void;
  downloads(name: string, what: string): ReactNode;
}

/** Edit and delete, each naming the record for screen readers. */
function RecordActions({ editPath, what, onDelete }: { editPath: string; what: string; onDelete(what: string): void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <Link className="button button--secondary button--small" to={editPath}>
        {t("countyWork.edit")}
        <span className="visually-hidden"> {what}</span>
      </Link>
      <button type="button" className="button button--secondary button--small" onClick={() => onDelete(what)}>
        {t("countyWork.delete")}
        <span className="visually-hidden"> {what}</span>
      </button>
    </div>
  );
}

function SectionHead({ id, heading, newPath, newLabel, manage }: { id: string; heading: string; newPath: string; newLabel: string; manage: boolean }) {
  return (
    <div className="cw-head">
      <h2 id={id}>{heading}</h2>
      {manage && (
        <Link className="button button--secondary" to={newPath}>
          {newLabel}
        </Link>
      )}
    </div>
  );
}

function Visits({ data, year, manage, showBoard, onDelete, downloads }: SectionProps) {
  const { t } = useTranslation();
  const items = data.municipalityVisits.items;
  return (
    <section className="cw-section" aria-labelledby="cw-visits">
      <SectionHead
        id="cw-visits"
        heading={t("countyWork.visits.heading")}
        newPath={`ny/kommunbesok?year=${year}`}
        newLabel={t("countyWork.visits.new")}
        manage={manage}
      />
      {items.length === 0 ? (
        <EmptyState>{t("countyWork.visits.empty", { year })}</EmptyState>
      ) : (
        <ul className="cw-cards">
          {items.map((x) => (
            <li key={x.id} className="cw-card">
              <h3>
                {x.kommun.name} <span className="cw-meta">{x.date}</span>
              </h3>
              {showBoard && <p className="cw-meta">{x.countyBoard.name}</p>}
              <p>{x.topics.map((tp) => t(`countyWork.topics.${tp}`)).join(", ")}</p>
              <p>{x.participants}</p>
              {x.notes && <p className="cw-notes">{x.notes}</p>}
              {manage && (
                <RecordActions
                  editPath={`kommunbesok/${x.id}`}
                  what={t("countyWork.visits.what", { kommun: x.kommun.name, date: x.date })}
                  onDelete={(what) => onDelete({ kind: "visit", id: x.id, what })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {data.municipalityVisits.total > items.length && (
        <p className="field__hint">{t("countyWork.showing", { shown: items.length, total: data.municipalityVisits.total })}</p>
      )}
      {downloads("kommunbesok", t("countyWork.visits.heading"))}
    </section>
  );
}

const known = (n: number | null | undefined) => (n == null ? "–" : formatNumber(n));

function Campaigns({ data, year, manage, showBoard, onDelete, downloads }: SectionProps) {
  const { t } = useTranslation();
  const items = data.campaigns.items;
  return (
    <section className="cw-section" aria-labelledby="cw-campaigns">
      <SectionHead
        id="cw-campaigns"
        heading={t("countyWork.campaigns.heading")}
        newPath={`ny/kampanj?year=${year}`}
        newLabel={t("countyWork.campaigns.new")}
        manage={manage}
      />
      {items.length === 0 ? (
        <EmptyState>{t("countyWork.campaigns.empty", { year })}</EmptyState>
      ) : (
        <ul className="cw-cards">
          {items.map((x) => (
            <li key={x.id} className="cw-card">
              <h3>{x.title}</h3>
              {showBoard && <p className="cw-meta">{x.countyBoard.name}</p>}
              <p className="cw-meta">
                {t(`countyWork.scopes.${x.scope}`)} · {t(`countyWork.topics.${x.topic}`)} · {x.periodStart} – {x.periodEnd}
              </p>
              <p>{x.channels.map((ch) => t(`countyWork.channels.${ch}`)).join(", ")}</p>
              <p>
                {t("countyWork.campaigns.reachSummary", {
                  kommuner: known(x.kommunerReached),
                  people: known(x.peopleReached),
                  articles: known(x.articles),
                  readers: known(x.readers),
                })}
              </p>
              {x.methods.length > 0 && (
                <p>
                  {t("countyWork.campaigns.methods")}: {x.methods.map((m) => m.name).join(", ")}
                </p>
              )}
              {manage && (
                <RecordActions
                  editPath={`kampanjer/${x.id}`}
                  what={t("countyWork.campaigns.what", { title: x.title })}
                  onDelete={(what) => onDelete({ kind: "campaign", id: x.id, what })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {data.campaigns.total > items.length && <p className="field__hint">{t("countyWork.showing", { shown: items.length, total: data.campaigns.total })}</p>}
      {downloads("kampanjer", t("countyWork.campaigns.heading"))}
    </section>
  );
}

function Spreads({ data, year, manage, showBoard, onDelete, downloads }: SectionProps) {
  const { t } = useTranslation();
  const items = data.methodSpreads.items;
  return (
    <section className="cw-section" aria-labelledby="cw-spreads">
      <SectionHead
        id="cw-spreads"
        heading={t("countyWork.spreads.heading")}
        newPath={`ny/metodspridning?year=${year}`}
        newLabel={t("countyWork.spreads.new")}
        manage={manage}
      />
      {items.length === 0 ? (
        <EmptyState>{t("countyWork.spreads.empty", { year })}</EmptyState>
      ) : (
        <ul className="cw-cards">
          {items.map((x) => (
            <li key={x.id} className="cw-card">
              <h3>{x.method.name}</h3>
              {showBoard && <p className="cw-meta">{x.countyBoard.name}</p>}
              <p>
                {t("countyWork.spreads.kommunerReached")}: {known(x.kommunerReached)} · {t("countyWork.spreads.organisationsReached")}:{" "}
                {known(x.organisationsReached)}
              </p>
              {x.note && <p className="cw-notes">{x.note}</p>}
              {manage && (
                <RecordActions
                  editPath={`metodspridning/${x.id}`}
                  what={t("countyWork.spreads.what", { method: x.method.name })}
                  onDelete={(what) => onDelete({ kind: "spread", id: x.id, what })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {data.methodSpreads.total > items.length && (
        <p className="field__hint">{t("countyWork.showing", { shown: items.length, total: data.methodSpreads.total })}</p>
      )}
      {downloads("metodspridning", t("countyWork.spreads.heading"))}
    </section>
  );
}

function Strategies({ data, year, manage, showBoard, onDelete, downloads, onChanged }: SectionProps & { onChanged(message: string): void }) {
  const { t } = useTranslation();
  const items = data.regionalStrategies.items;
  return (
    <section className="cw-section" aria-labelledby="cw-strategies">
      <SectionHead
        id="cw-strategies"
        heading={t("countyWork.strategies.heading")}
        newPath={`ny/strategi?year=${year}`}
        newLabel={t("countyWork.strategies.new")}
        manage={manage}
      />
      {items.length === 0 ? (
        <EmptyState>{t("countyWork.strategies.empty", { year })}</EmptyState>
      ) : (
        <ul className="cw-cards">
          {items.map((x) => (
            <li key={x.id} className="cw-card">
              <h3>{x.title}</h3>
              {showBoard && <p className="cw-meta">{x.countyBoard.name}</p>}
              <p className="cw-meta">
                {t(`countyWork.strategyKinds.${x.kind}`)} · {t("countyWork.strategies.status")}: {t(`countyWork.strategyStatus.${x.status}`)}
                {x.adoptedOn && ` · ${t("countyWork.strategies.adoptedOn")} ${x.adoptedOn}`}
              </p>
              {x.linkedToGenderMainstreaming && <p>{t("countyWork.strategies.linkedYes")}</p>}
              {x.documentUrl && (
                <p>
                  {t("countyWork.strategies.document")}: <a href={x.documentUrl}>{x.documentFilename}</a>
                </p>
              )}
              {manage && x.availableStatuses.length > 0 && <StatusChange id={x.id} options={x.availableStatuses} onChanged={onChanged} />}
              {manage && (
                <RecordActions
                  editPath={`strategier/${x.id}`}
                  what={t("countyWork.strategies.what", { title: x.title })}
                  onDelete={(what) => onDelete({ kind: "strategy", id: x.id, what })}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {data.regionalStrategies.total > items.length && (
        <p className="field__hint">{t("countyWork.showing", { shown: items.length, total: data.regionalStrategies.total })}</p>
      )}
      {downloads("strategier", t("countyWork.strategies.heading"))}
    </section>
  );
}

/** The statuses the server offers, with the adoption date where it asks for one. */
function StatusChange({ id, options, onChanged }: { id: string; options: StrategyStatus[]; onChanged(message: string): void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<StrategyStatus>(options[0]);
  const [adoptedOn, setAdoptedOn] = useState("");
  const [error, setError] = useState<{ message: string; paths: Record<string, string[]> } | null>(null);
  const [change, { loading }] = useMutation(ChangeRegionalStrategyStatusMutation, { refetchQueries: ["CountyWork"] });
  const needsDate = status === "ADOPTED" || status === "REVISED";
  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await change({ variables: { input: { id, status, adoptedOn: needsDate ? adoptedOn || null : null } } });
      setError(null);
      onChanged(t("countyWork.strategies.statusChanged"));
    } catch (err) {
      setError(errorInfo(err));
    }
  }
  return (
    <form className="cw-status" onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
      <SelectField
        id={`cw-status-${id}`}
        label={t("countyWork.strategies.newStatus")}
        value={status}
        onChange={(e) => setStatus(e.target.value as StrategyStatus)}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {t(`countyWork.strategyStatus.${o}`)}
          </option>
        ))}
      </SelectField>
      {needsDate && (
        <DateField
          id={`cw-adopted-${id}`}
          label={`${t("countyWork.strategies.adoptedOnLabel")}${t("countyWork.required")}`}
          value={adoptedOn}
          onChange={(e) => setAdoptedOn(e.target.value)}
          errors={error?.paths.adoptedOn}
          aria-required
        />
      )}
      {error && !error.paths.adoptedOn && <ErrorAlert>{error.message}</ErrorAlert>}
      <button type="submit" className="button button--small" disabled={loading}>
        {t("countyWork.strategies.changeStatus")}
      </button>
    </form>
  );
}

/** The yearly follow-up the county board is asked to answer about the year, with its pre-filled answers a click away. */
function Surveys({ year }: { year: number }) {
  const { t, i18n } = useTranslation();
  const res = useQuery(MyQuestionnaireResponsesQuery, { variables: { offset: 0, limit: 50 } });
  const items = (res.data?.myQuestionnaireResponses.items ?? []).filter((r) => r.questionnaire.year === year);
  return (
    <section className="cw-section" aria-labelledby="cw-surveys">
      <h2 id="cw-surveys">{t("countyWork.surveys.heading")}</h2>
      <p className="field__hint">{t("countyWork.surveys.hint")}</p>
      {res.error && <ErrorAlert>{errorInfo(res.error).message}</ErrorAlert>}
      {res.data && items.length === 0 && <EmptyState>{t("countyWork.surveys.empty", { year })}</EmptyState>}
      <ul className="cw-list">
        {items.map((r) => (
          <li key={r.id}>
            <Link to={`/enkater/svar/${r.questionnaire.id}`}>{titleOf(r.questionnaire, i18n.language)}</Link>{" "}
            <span className="cw-meta">
              {t(`countyWork.surveys.status.${r.questionnaire.status === "CLOSED" ? "CLOSED" : r.status}`)},{" "}
              {t("countyWork.surveys.deadline", { date: formatDate(r.questionnaire.deadline) })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
