import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { SelectField } from "../../../app/ui/Field";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { Pager } from "../../../app/ui/Pager";
import type { GrantApplicationStatus, GrantCallFieldsFragment } from "../../../generated/graphql";
import { ApplicationsTable } from "./ApplicationsTable";
import { BulkApplicationActions } from "./BulkApplicationActions";
import { GrantApplicationsQuery } from "../operations";
import { GRANT_STATUSES } from "../status";

const PAGE_SIZE = 50;
const FILTERABLE = GRANT_STATUSES.filter((s) => s !== "DRAFT");

/**
 * Socialstyrelsen's list of a call's applications: filter by status, select several (or all on
 * the page) and act on them at once with what the server offers for every one of them, or export them.
 */
export function CallApplications({ call }: { call: GrantCallFieldsFragment }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<GrantApplicationStatus | "">("");
  const [offset, setOffset] = useState(0);
  const [selected, setSelected] = useState<string[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const { data, previousData, loading, error } = useQuery(GrantApplicationsQuery, {
    variables: { callId: call.id, statuses: status ? [status] : null, limit: PAGE_SIZE, offset },
  });
  const page = (data ?? previousData)?.grantApplications;
  // The selection is of the page shown: what another page or filter showed is not acted on.
  const chosen = page?.items.filter((a) => selected.includes(a.id)) ?? [];

  return (
    <section className="section" aria-labelledby="call-apps-heading">
      <div className="section-head">
        <h2 id="call-apps-heading">{t("grants.callPage.applications")}</h2>
        <a href={`/api/grant-calls/${call.id}/applications.csv`} download className="button button--secondary">
          {t("grants.callPage.csv")}
        </a>
      </div>
      <div className="filters">
        <SelectField
          id="call-apps-status"
          label={t("grants.callPage.filterStatus")}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as GrantApplicationStatus | "");
            setOffset(0);
          }}
        >
          <option value="">{t("grants.callPage.allStatuses")}</option>
          {FILTERABLE.map((s) => (
            <option key={s} value={s}>
              {t(`grantStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <LiveStatus>{notice}</LiveStatus>
      <div aria-busy={loading}>
        {loading && !page && <Loading />}
        {error && !page ? (
          <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
        ) : !page ? null : page.items.length === 0 ? (
          <EmptyState>{status ? t("grants.callPage.noneWithStatus", { status: t(`grantStatus.${status}`) }) : t("grants.callPage.none")}</EmptyState>
        ) : (
          <>
            <ApplicationsTable
              id="call-apps"
              caption={t("grants.callPage.caption", { count: page.total })}
              rows={page.items}
              showApplicant
              selectable={() => true}
              selected={chosen.map((a) => a.id)}
              onSelect={setSelected}
            />
            <Pager label={t("grants.callPage.pagerLabel")} offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
          </>
        )}
      </div>
      {chosen.length > 0 && (
        <BulkApplicationActions
          call={call}
          rows={chosen}
          onClear={() => setSelected([])}
          onDone={(message) => {
            setNotice(message);
          }}
        />
      )}
    </section>
  );
}
