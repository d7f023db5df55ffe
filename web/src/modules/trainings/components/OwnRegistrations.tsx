import { useTranslation } from "react-i18next";
import { useMe } from "../../../app/session";
import type { TrainingEventFieldsFragment } from "../../../generated/graphql";
import { RegistrationsTable, sortRegistrations } from "./RegistrationsTable";
import { useCancelRegistration } from "./useCancelRegistration";

/** The organisation's own people on this event, with "Avboka". */
export function OwnRegistrations({ event, onNotice }: { event: TrainingEventFieldsFragment; onNotice(message: string): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const cancel = useCancelRegistration(onNotice);
  const own = sortRegistrations(event.registrations.filter((r) => r.organisation.id === me.organisation.id));
  if (own.length === 0) return null;
  return (
    <section className="section" aria-labelledby="own-registrations-heading">
      <h2 id="own-registrations-heading">{t("trainings.register.ownHeading")}</h2>
      <RegistrationsTable
        id="own-registrations"
        caption={t("trainings.register.ownCaption", { count: own.length, organisation: me.organisation.name })}
        rows={own}
        actions={own.some((r) => r.availableActions.includes("CANCEL")) ? (r) => cancel.button(r) : undefined}
      />
      {cancel.dialog}
    </section>
  );
}
