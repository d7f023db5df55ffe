import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../../app/ui/Messages";
import { ApplicationsTable } from "./ApplicationsTable";
import { GrantApplicationsQuery } from "../operations";

/** The applicant's own applications to one call. */
export function MyCallApplications({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const { data } = useQuery(GrantApplicationsQuery, { variables: { callId, limit: 50, offset: 0 } });
  const items = data?.grantApplications.items;
  if (!items) return null;
  return (
    <section className="section" aria-labelledby="own-call-apps-heading">
      <h2 id="own-call-apps-heading">{t("grants.overview.myApplications")}</h2>
      {items.length === 0 ? (
        <EmptyState>{t("grants.overview.noApplicationsToCall")}</EmptyState>
      ) : (
        <ApplicationsTable id="own-call-apps" caption={t("grants.overview.myCaption", { count: items.length })} rows={items} />
      )}
    </section>
  );
}
