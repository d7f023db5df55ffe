import { useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { EmptyState } from "../../../app/ui/Messages";
import type { RegistrationStatus, TrainingEventFieldsFragment, TrainingRegistrationFieldsFragment } from "../../../generated/graphql";
import { MoveTrainingRegistrationMutation } from "../operations";
import { RegistrationsTable, sortRegistrations } from "./RegistrationsTable";
import { useCancelRegistration } from "./useCancelRegistration";

/** The organiser's view of who is coming: confirmed seats and the waitlist, with moves between them. */
export function OrganiserRegistrations({ event, onNotice }: { event: TrainingEventFieldsFragment; onNotice(message: string): void }) {
  const { t } = useTranslation();
  const [move, { loading }] = useMutation(MoveTrainingRegistrationMutation, { refetchQueries: ["TrainingEvent"], awaitRefetchQueries: true });
  const cancel = useCancelRegistration(onNotice);
  const active = sortRegistrations(event.registrations.filter((r) => r.status !== "CANCELLED"));
  const cancelled = event.registrations.filter((r) => r.status === "CANCELLED");
  const confirmed = active.filter((r) => r.status === "CONFIRMED").length;

  async function moveTo(r: TrainingRegistrationFieldsFragment, status: RegistrationStatus) {
    try {
      await move({ variables: { id: r.id, status } });
      onNotice(t(status === "CONFIRMED" ? "trainings.registrations.movedUp" : "trainings.registrations.movedDown", { name: r.name }));
    } catch (err) {
      onNotice(errorInfo(err).message);
    }
  }

  // Moves and cancellations as the server offers them for each registration.
  const open = active.some((r) => r.availableActions.some((a) => a === "CONFIRM" || a === "WAITLIST" || a === "CANCEL"));
  const actions = (r: TrainingRegistrationFieldsFragment) =>
    open ? (
      <>
        {r.availableActions.includes("CONFIRM") && (
          <button type="button" className="button button--small button--secondary" disabled={loading} onClick={() => void moveTo(r, "CONFIRMED")}>
            {t("trainings.registrations.confirm")}
            <span className="visually-hidden"> {r.name}</span>
          </button>
        )}
        {r.availableActions.includes("WAITLIST") && (
          <button type="button" className="button button--small button--secondary" disabled={loading} onClick={() => void moveTo(r, "WAITLISTED")}>
            {t("trainings.registrations.toWaitlist")}
            <span className="visually-hidden"> {r.name}</span>
          </button>
        )}
        {cancel.button(r)}
      </>
    ) : null;

  return (
    <section className="section" aria-labelledby="registrations-heading">
      <h2 id="registrations-heading">{t("trainings.registrations.heading")}</h2>
      {active.length === 0 ? (
        <EmptyState>{t("trainings.registrations.none")}</EmptyState>
      ) : (
        <RegistrationsTable
          id="registrations"
          caption={t("trainings.registrations.caption", { count: confirmed, waitlisted: active.length - confirmed, capacity: event.capacity })}
          rows={active}
          showOrganisation
          actions={open ? actions : undefined}
        />
      )}
      {cancelled.length > 0 && (
        <details>
          <summary>{t("trainings.registrations.cancelled", { count: cancelled.length })}</summary>
          <RegistrationsTable id="registrations-cancelled" caption={t("trainings.registrations.cancelledCaption")} rows={cancelled} showOrganisation />
        </details>
      )}
      {cancel.dialog}
    </section>
  );
}
