import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatDate } from "../../../app/format";
import { Email } from "../../../app/ui/Email";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { Pager } from "../../../app/ui/Pager";
import { CourseLeadersQuery } from "../operations";

const PAGE_SIZE = 25;

/** Certified kursledare the user may see, each with the certificate to download. */
export function CourseLeadersTable() {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error } = useQuery(CourseLeadersQuery, { variables: { limit: PAGE_SIZE, offset } });
  const page = (data ?? previousData)?.courseLeaders;
  if (loading && !page) return <Loading />;
  if (error && !page) return <ErrorAlert>{errorInfo(error).message}</ErrorAlert>;
  if (!page) return null;
  if (page.items.length === 0) return <EmptyState>{t("trainings.leaders.empty")}</EmptyState>;
  return (
    <>
      <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="leaders-caption">
        <table className="table">
          <caption id="leaders-caption">{t("trainings.leaders.caption", { count: page.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("trainings.register.name")}</th>
              <th scope="col">{t("trainings.register.email")}</th>
              <th scope="col">{t("users.organisation")}</th>
              <th scope="col">{t("trainings.list.county")}</th>
              <th scope="col">{t("trainings.leaders.certified")}</th>
              <th scope="col">{t("trainings.leaders.certificate")}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((l) => (
              <tr key={l.id}>
                <th scope="row">{l.name}</th>
                <td>
                  <Email address={l.email} />
                </td>
                <td>{l.organisation.name}</td>
                <td>{l.organisation.county?.name ?? "–"}</td>
                <td className="nowrap">{formatDate(l.certifiedAt)}</td>
                <td>
                  <a href={l.certificateUrl} download>
                    {t("trainings.leaders.download")}
                    <span className="visually-hidden"> {t("trainings.leaders.downloadFor", { name: l.name })}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pager label={t("trainings.leaders.pagerLabel")} offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
    </>
  );
}
