import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { Pager } from "../../../app/ui/Pager";
import { ApplicationsTable } from "./ApplicationsTable";
import { GrantApplicationsQuery } from "../operations";

const PAGE_SIZE = 25;

/** Mina ansökningar: the organisation's applications, drafts included, newest first. */
export function MyApplications() {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error } = useQuery(GrantApplicationsQuery, { variables: { limit: PAGE_SIZE, offset } });
  const page = (data ?? previousData)?.grantApplications;
  return (
    <section className="section" aria-labelledby="my-applications-heading">
      <h2 id="my-applications-heading">{t("grants.overview.myApplications")}</h2>
      {loading && !page && <Loading />}
      {error && !page ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !page ? null : page.items.length === 0 ? (
        <EmptyState>{t("grants.overview.noApplicationsYet")}</EmptyState>
      ) : (
        <>
          <ApplicationsTable id="my-applications" caption={t("grants.overview.myCaption", { count: page.total })} rows={page.items} showCall />
          <Pager label={t("grants.overview.pagerLabel")} offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
        </>
      )}
    </section>
  );
}
