import { useTranslation } from "react-i18next";
import type { TrainingEventFieldsFragment } from "../../generated/graphql";
import { AttendanceTable } from "../../modules/trainings/components/AttendanceTable";
import { CapacityForm } from "../../modules/trainings/components/CapacityForm";
import { EventStatusActions } from "../../modules/trainings/components/EventStatusActions";
import { OrganiserRegistrations } from "../../modules/trainings/components/OrganiserRegistrations";
import { ParticipationLogForm } from "../../modules/trainings/components/ParticipationLogForm";

/** The organiser's part of the event page. */
export function EventAdmin({ event, onNotice }: { event: TrainingEventFieldsFragment; onNotice(message: string): void }) {
  const { t } = useTranslation();
  return (
    <>
      <section className="section card" aria-labelledby="admin-heading">
        <h2 id="admin-heading">{t("trainings.admin.heading")}</h2>
        {event.status === "DRAFT" && <p>{t(event.loggedOnly ? "trainings.admin.draftLogged" : "trainings.admin.draft")}</p>}
        <EventStatusActions event={event} onDone={onNotice} />
        {event.availableActions.includes("EDIT") && !event.loggedOnly && <CapacityForm key={event.capacity} event={event} onDone={onNotice} />}
      </section>
      {event.loggedOnly ? (
        <ParticipationLogForm event={event} onNotice={onNotice} />
      ) : (
        <>
          <OrganiserRegistrations event={event} onNotice={onNotice} />
          <AttendanceTable event={event} onNotice={onNotice} />
        </>
      )}
    </>
  );
}
