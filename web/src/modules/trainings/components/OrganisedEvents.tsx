import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorInfo } from "../../../app/errors";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { EventsTable } from "./EventsTable";
import { TrainingEventsQuery } from "../operations";

/** Våra utbildningar: what the organiser's länsstyrelse runs, drafts included. */
export function OrganisedEvents() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(TrainingEventsQuery, {
    variables: { organisedByMe: true, statuses: ["DRAFT", "PUBLISHED", "COMPLETED", "CANCELLED"], withPlacesLeft: false, limit: 50, offset: 0 },
  });
  const page = data?.trainingEvents;
  return (
    <section className="section" aria-labelledby="organised-heading">
      <div className="section-head">
        <h2 id="organised-heading">{t("trainings.list.organised")}</h2>
        <Link to="/utbildningar/ny" className="button">
          {t("trainings.form.newTitle")}
        </Link>
      </div>
      {loading && !page && <Loading />}
      {error && !page ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !page ? null : page.items.length === 0 ? (
        <EmptyState>{t("trainings.list.noneOrganised")}</EmptyState>
      ) : (
        <EventsTable id="organised" caption={t("trainings.list.organisedCaption", { count: page.total })} rows={page.items} showStatus />
      )}
    </section>
  );
}
