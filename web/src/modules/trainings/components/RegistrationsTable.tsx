import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Email } from "../../../app/ui/Email";
import type { TrainingRegistrationFieldsFragment } from "../../../generated/graphql";
import { RegistrationStatusTag } from "./TrainingTags";

interface Props {
  id: string;
  caption: string;
  rows: TrainingRegistrationFieldsFragment[];
  showOrganisation?: boolean;
  actions?(r: TrainingRegistrationFieldsFragment): ReactNode;
}

/** People registered for an event: who, from where, and their seat or waitlist place. */
export function RegistrationsTable({ id, caption, rows, showOrganisation, actions }: Props) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("trainings.register.name")}</th>
            <th scope="col">{t("trainings.register.email")}</th>
            {showOrganisation && <th scope="col">{t("users.organisation")}</th>}
            <th scope="col">{t("trainings.register.profession")}</th>
            <th scope="col">{t("trainings.register.workplace")}</th>
            <th scope="col">{t("trainings.registrations.status")}</th>
            {actions && <th scope="col">{t("users.actions")}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.name}</th>
              <td>
                <Email address={r.email} />
              </td>
              {showOrganisation && <td>{r.organisation.name}</td>}
              <td>{r.profession || "–"}</td>
              <td>{r.workplace || "–"}</td>
              <td>
                <RegistrationStatusTag status={r.status} position={r.waitlistPosition} />
              </td>
              {actions && (
                <td>
                  <div className="actions">{actions(r)}</div>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Confirmed first, then the waitlist in order, then cancelled. */
export function sortRegistrations(rows: TrainingRegistrationFieldsFragment[]) {
  const rank = (r: TrainingRegistrationFieldsFragment) => (r.status === "CONFIRMED" ? 0 : r.status === "WAITLISTED" ? 1 : 2);
  return [...rows].sort((a, b) => rank(a) - rank(b) || (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) || a.name.localeCompare(b.name, "sv"));
}
