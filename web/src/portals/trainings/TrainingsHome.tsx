import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../app/errors";
import { useMe } from "../../app/session";
import { todayInStockholm } from "../../app/stockholmTime";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { Pager } from "../../app/ui/Pager";
import { useDebounced } from "../../app/ui/useDebounced";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { EventFilters, type Filters, NO_FILTERS } from "../../modules/trainings/components/EventFilters";
import { EventsTable } from "../../modules/trainings/components/EventsTable";
import { TrainingEventsQuery } from "../../modules/trainings/operations";
import { OrganisedEvents } from "../../modules/trainings/components/OrganisedEvents";

const PAGE_SIZE = 25;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** /utbildningar – published events with filters; the organiser's own events first. */
export function TrainingsHome() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("areas.trainings.name"));
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [offset, setOffset] = useState(0);
  const f = useDebounced(filters, 200);
  const { data, previousData, loading, error } = useQuery(TrainingEventsQuery, {
    variables: {
      types: f.type ? [f.type] : null,
      countyCode: f.countyCode || null,
      // Without a start date the list shows what is still to come.
      from: DATE.test(f.from) ? f.from : todayInStockholm(),
      to: DATE.test(f.to) ? f.to : null,
      withPlacesLeft: f.withPlacesLeft,
      statuses: null,
      organisedByMe: false,
      limit: PAGE_SIZE,
      offset,
    },
  });
  const page = (data ?? previousData)?.trainingEvents;
  const organiser = me.abilities.includes("training.organise");
  // "Nothing matches" only when a filter is set; otherwise there is simply nothing to come.
  const filtered = JSON.stringify(f) !== JSON.stringify(NO_FILTERS);

  return (
    <>
      <h1>{t("areas.trainings.name")}</h1>
      <p className="lead">{t("areas.trainings.about")}</p>
      {organiser && <OrganisedEvents />}
      <section className="section" aria-labelledby="events-heading">
        <h2 id="events-heading">{t("trainings.list.heading")}</h2>
        <EventFilters
          value={filters}
          onChange={(next) => {
            setFilters(next);
            setOffset(0);
          }}
        />
        <div aria-busy={loading}>
          {loading && <Loading />}
          {error && !page ? (
            <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
          ) : !page ? null : page.items.length === 0 ? (
            filtered ? (
              <EmptyState>
                {t("trainings.list.empty")}{" "}
                <button type="button" className="button button--secondary button--small" onClick={() => setFilters(NO_FILTERS)}>
                  {t("common.clearFilter")}
                </button>
              </EmptyState>
            ) : (
              <EmptyState>{t("trainings.list.emptyNone")}</EmptyState>
            )
          ) : (
            <>
              <EventsTable id="events" caption={t("trainings.list.caption", { count: page.total })} rows={page.items} />
              <Pager label={t("trainings.list.pagerLabel")} offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
            </>
          )}
        </div>
      </section>
    </>
  );
}
