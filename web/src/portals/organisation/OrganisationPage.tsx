import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../app/errors";
import { formatDateTime, formatNumber, isoString } from "../../app/format";
import { useMe } from "../../app/session";
import { ErrorAlert, EmptyState } from "../../app/ui/Messages";
import { Loading } from "../../app/ui/Loading";
import { Pager } from "../../app/ui/Pager";
import { Email } from "../../app/ui/Email";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { OrganisationDetailsQuery } from "../../modules/organisations/operations";
import { UserStatusTag } from "../../modules/users/components/UserStatusTag";
import { UsersQuery } from "../../modules/users/operations";

const PAGE_SIZE = 25;

export function OrganisationPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("organisation.title"));
  const [offset, setOffset] = useState(0);
  const orgQuery = useQuery(OrganisationDetailsQuery, { variables: { id: me.organisation.id } });
  const usersQuery = useQuery(UsersQuery, { variables: { organisationId: me.organisation.id, limit: PAGE_SIZE, offset } });
  const org = orgQuery.data?.organisation;
  const users = usersQuery.data?.users;

  return (
    <>
      <h1>{t("organisation.title")}</h1>
      <section aria-labelledby="org-facts" aria-busy={orgQuery.loading && !org}>
        <h2 id="org-facts">{me.organisation.name}</h2>
        {orgQuery.error && !org ? (
          <ErrorAlert>{errorInfo(orgQuery.error).message}</ErrorAlert>
        ) : !org ? (
          <Loading />
        ) : (
          <dl className="facts">
            <div>
              <dt>{t("organisation.name")}</dt>
              <dd>{org.name}</dd>
            </div>
            <div>
              <dt>{t("organisation.kind")}</dt>
              <dd>{t(`organisationKinds.${org.kind}`)}</dd>
            </div>
            <div>
              <dt>{t("organisation.code")}</dt>
              <dd>{org.code}</dd>
            </div>
            {org.county && (
              <div>
                <dt>{t("organisation.county")}</dt>
                <dd>{org.county.name}</dd>
              </div>
            )}
            {org.kind === "KOMMUN" && org.population != null && (
              <div>
                <dt>{t("organisation.population")}</dt>
                <dd>
                  {formatNumber(org.population)}
                  {org.populationYear ? ` (${org.populationYear})` : ""}
                </dd>
              </div>
            )}
            {org.municipalityGroupName && (
              <div>
                <dt>{t("organisation.municipalityGroup")}</dt>
                <dd>
                  {org.municipalityGroupName}
                  {org.municipalityGroupCode ? ` (${org.municipalityGroupCode})` : ""}
                </dd>
              </div>
            )}
          </dl>
        )}
      </section>

      <section aria-labelledby="org-users" aria-busy={usersQuery.loading}>
        <h2 id="org-users">{t("organisation.usersHeading")}</h2>
        {usersQuery.error && !users ? (
          <ErrorAlert>{errorInfo(usersQuery.error).message}</ErrorAlert>
        ) : !users ? (
          <Loading />
        ) : users.items.length === 0 ? (
          <EmptyState>{t("organisation.noUsers")}</EmptyState>
        ) : (
          <>
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="org-users-caption">
              <table className="table">
                <caption id="org-users-caption">{t("organisation.usersCaption", { organisation: me.organisation.name, count: users.total })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("users.name")}</th>
                    <th scope="col">{t("users.email")}</th>
                    <th scope="col">{t("users.roles")}</th>
                    <th scope="col">{t("users.status")}</th>
                    <th scope="col">{t("users.lastLogin")}</th>
                  </tr>
                </thead>
                <tbody>
                  {users.items.map((u) => (
                    <tr key={u.id}>
                      <th scope="row">{u.name}</th>
                      <td>
                        <Email address={u.email} />
                      </td>
                      <td>{u.roles?.map((r) => t(`roles.${r}`)).join(", ") || "–"}</td>
                      <td>
                        <UserStatusTag user={u} />
                      </td>
                      <td>{u.lastLoginAt ? <time dateTime={isoString(u.lastLoginAt)}>{formatDateTime(u.lastLoginAt)}</time> : "–"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager label={t("organisation.pagerLabel")} offset={offset} limit={PAGE_SIZE} total={users.total} onChange={setOffset} />
          </>
        )}
      </section>
    </>
  );
}
