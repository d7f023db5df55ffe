import { useTranslation } from "react-i18next";
import type { TrainingEventFieldsFragment } from "../../../generated/graphql";
import { AttendanceTable } from "./AttendanceTable";
import { CapacityForm } from "./CapacityForm";
import { CheckInPanel } from "./CheckInPanel";
import { EventStatusActions } from "./EventStatusActions";
import { OrganiserRegistrations } from "./OrganiserRegistrations";
import { ParticipationLogForm } from "./ParticipationLogForm";

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
          {event.status === "PUBLISHED" && <CheckInPanel event={event} />}
          <OrganiserRegistrations event={event} onNotice={onNotice} />
          <AttendanceTable event={event} onNotice={onNotice} />
        </>
      )}
    </>
  );
}
