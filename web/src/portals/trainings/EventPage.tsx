import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { useMe } from "../../app/session";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { Loading } from "../../app/ui/Loading";
import { ErrorAlert, Notice } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { EventFacts } from "../../modules/trainings/components/EventFacts";
import { RegistrationForm } from "../../modules/trainings/components/RegistrationForm";
import { RegistrationsTable, sortRegistrations } from "../../modules/trainings/components/RegistrationsTable";
import { TrainingEventQuery } from "../../modules/trainings/operations";
import { EventAdmin } from "../../modules/trainings/components/EventAdmin";
import { OwnRegistrations } from "../../modules/trainings/components/OwnRegistrations";

/** /utbildningar/:id – the event for everyone; administration for its organiser; registration for the others. */
export function EventPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const me = useMe();
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>((location.state as { notice?: string } | null)?.notice ?? null);
  const { data, loading, error } = useQuery(TrainingEventQuery, { variables: { id } });
  const event = data?.trainingEvent;
  useDocumentTitle(event?.title ?? t("trainings.event.title"));

  if (!event) {
    return (
      <>
        <h1>{t("trainings.event.title")}</h1>
        {loading ? <Loading /> : error ? <ErrorAlert>{errorInfo(error).message}</ErrorAlert> : null}
      </>
    );
  }
  const can = (a: string) => me.abilities.includes(a);
  const deadline = event.registrationDeadline ?? event.startsAt;
  const closed = !!deadline && new Date(deadline).getTime() < Date.now();
  // The form when the server offers registration; otherwise, for a published event whose last day has passed, why not.
  const canRegister = event.availableActions.includes("REGISTER");
  const showClosed =
    !canRegister &&
    closed &&
    can("training.register") &&
    event.status === "PUBLISHED" &&
    !event.loggedOnly &&
    event.eligibleKinds.includes(me.organisation.kind);
  const readAll = !event.isOrganiser && can("training.participants.read.all");

  return (
    <>
      <p className="breadcrumb">
        <Link to="/utbildningar">{t("areas.trainings.name")}</Link>
      </p>
      <h1>{event.title}</h1>
      <LiveStatus>{notice}</LiveStatus>
      {event.status === "CANCELLED" && (
        <div className="alert alert--error">
          <p className="alert__title">{t("trainings.event.cancelledTitle")}</p>
          <p>{event.cancelReason}</p>
        </div>
      )}
      <EventFacts event={event} />
      {event.description && <p className="lead pre-line">{event.description}</p>}
      {event.sessions.length > 0 && (
        <p>
          <a href={event.calendarUrl} download>
            {t("trainings.event.calendar")}
          </a>
        </p>
      )}
      {event.isOrganiser && <EventAdmin event={event} onNotice={setNotice} />}
      {readAll && !event.loggedOnly && (
        <section className="section" aria-labelledby="all-registrations-heading">
          <h2 id="all-registrations-heading">{t("trainings.registrations.heading")}</h2>
          <RegistrationsTable
            id="all-registrations"
            caption={t("trainings.registrations.captionAll", { count: event.registrations.length })}
            rows={sortRegistrations(event.registrations)}
            showOrganisation
          />
        </section>
      )}
      {canRegister && <RegistrationForm eventId={event.id} />}
      {showClosed && (
        <Notice title={t("trainings.register.closedTitle")}>
          <p>{t("trainings.register.closed")}</p>
        </Notice>
      )}
      {can("training.register") && !event.isOrganiser && <OwnRegistrations event={event} onNotice={setNotice} />}
    </>
  );
}
