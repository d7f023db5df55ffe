import { useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../app/errors";
import { useMe, useSession } from "../../app/session";
import { TextField } from "../../app/ui/Field";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { Pager } from "../../app/ui/Pager";
import { Email } from "../../app/ui/Email";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { formatDateTime, isoString } from "../../app/format";
import type { UserRowFragment } from "../../generated/graphql";
import { ActivationDialog } from "../../modules/users/components/ActivationDialog";
import { InviteUserForm } from "../../modules/users/components/InviteUserForm";
import { LiftThrottleDialog } from "../../modules/users/components/LiftThrottleDialog";
import { ResetTwoFactorDialog } from "../../modules/users/components/ResetTwoFactorDialog";
import { RoleEditorDialog } from "../../modules/users/components/RoleEditorDialog";
import { UserStatusTag } from "../../modules/users/components/UserStatusTag";
import { UsersQuery } from "../../modules/users/operations";
import { IdentityLinkRequests } from "../../modules/users/components/IdentityLinkRequests";

const PAGE_SIZE = 25;

export function UsersAdminPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { can } = useSession();
  // An organisation's administrator sees and manages the people of their own organisation only.
  const everyone = can("user.read.any");
  useDocumentTitle(t("admin.usersTitle"));
  const [searchText, setSearchText] = useState("");
  const [search, setSearch] = useState("");
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<UserRowFragment | null>(null);
  const [toggling, setToggling] = useState<UserRowFragment | null>(null);
  const [lifting, setLifting] = useState<UserRowFragment | null>(null);
  const [resetting, setResetting] = useState<UserRowFragment | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const { data, previousData, loading, error } = useQuery(UsersQuery, {
    variables: { organisationId: everyone ? null : me.organisation.id, search: search || null, limit: PAGE_SIZE, offset },
  });
  const users = (data ?? previousData)?.users;

  function submitSearch(e: FormEvent) {
    e.preventDefault();
    setSearch(searchText.trim());
    setOffset(0);
  }

  return (
    <>
      <h1>{t("admin.usersTitle")}</h1>
      <p className="lead">{t("admin.usersIntro")}</p>

      <InviteUserForm />

      {/* First sign-ins through the organisation's identity provider (the platform administrator finds them under Inloggning). */}
      {!can("user.manage.any") && <IdentityLinkRequests organisationId={me.organisation.id} organisationName={me.organisation.name} />}

      <section aria-labelledby="users-heading" className="section">
        <h2 id="users-heading">{everyone ? t("admin.allUsers") : t("admin.ownUsers", { organisation: me.organisation.name })}</h2>
        <form role="search" className="search-form" onSubmit={submitSearch} aria-label={t("admin.searchLabel")}>
          <TextField
            id="user-search"
            type="search"
            label={t("admin.search")}
            hint={t("admin.searchHint")}
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
          />
          <div className="button-row">
            <button type="submit" className="button button--secondary">
              {t("common.search")}
            </button>
            {search && (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => {
                  setSearchText("");
                  setSearch("");
                  setOffset(0);
                }}
              >
                {t("common.clearSearch")}
              </button>
            )}
          </div>
        </form>

        <LiveStatus>{status}</LiveStatus>

        <div aria-busy={loading}>
          {loading && <Loading />}
          {error && !users ? (
            <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
          ) : !users ? null : users.items.length === 0 ? (
            <EmptyState>{search ? t("admin.noMatches", { search }) : t("admin.noUsers")}</EmptyState>
          ) : (
            <>
              <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="users-caption">
                <table className="table">
                  <caption id="users-caption">
                    {search ? t("admin.usersCaptionSearch", { count: users.total, search }) : t("admin.usersCaption", { count: users.total })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("users.name")}</th>
                      <th scope="col">{t("users.email")}</th>
                      <th scope="col">{t("users.organisation")}</th>
                      <th scope="col">{t("users.roles")}</th>
                      <th scope="col">{t("users.status")}</th>
                      <th scope="col">{t("users.actions")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {users.items.map((u) => (
                      <tr key={u.id}>
                        <th scope="row">
                          {u.name}
                          {u.id === me.id && <span className="muted"> {t("admin.you")}</span>}
                        </th>
                        <td>
                          <Email address={u.email} />
                        </td>
                        <td>{u.organisation.name}</td>
                        <td>{u.roles?.map((r) => t(`roles.${r}`)).join(", ") || "–"}</td>
                        <td>
                          <UserStatusTag user={u} />
                          {u.signInBlockedUntil && (
                            <div className="muted">
                              {t("signInBlock.blockedUntil")} <time dateTime={isoString(u.signInBlockedUntil)}>{formatDateTime(u.signInBlockedUntil)}</time>
                            </div>
                          )}
                        </td>
                        <td>
                          <div className="actions">
                            <button type="button" className="button button--small button--secondary" onClick={() => setEditing(u)}>
                              {t("admin.editRoles")}
                              <span className="visually-hidden"> {t("admin.forUser", { name: u.name })}</span>
                            </button>
                            {u.signInBlockedUntil && (
                              <button type="button" className="button button--small button--secondary" onClick={() => setLifting(u)}>
                                {t("signInBlock.lift")}
                                <span className="visually-hidden"> {t("admin.forUser", { name: u.name })}</span>
                              </button>
                            )}
                            {u.twoFactorEnabled && u.id !== me.id && (
                              <button type="button" className="button button--small button--secondary" onClick={() => setResetting(u)}>
                                {t("twoFactorReset.reset")}
                                <span className="visually-hidden"> {t("admin.forUser", { name: u.name })}</span>
                              </button>
                            )}
                            {u.id !== me.id && (
                              <button
                                type="button"
                                className={`button button--small ${u.active ? "button--danger-quiet" : "button--secondary"}`}
                                onClick={() => setToggling(u)}
                              >
                                {t(u.active ? "activation.deactivate" : "activation.reactivate")}
                                <span className="visually-hidden"> {u.name}</span>
                              </button>
                            )}
                          </div>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <Pager label={t("admin.pagerLabel")} offset={offset} limit={PAGE_SIZE} total={users.total} onChange={setOffset} />
            </>
          )}
        </div>
      </section>

      <RoleEditorDialog
        user={editing}
        onClose={() => setEditing(null)}
        onSaved={(u) => {
          setEditing(null);
          setStatus(t("roleEditor.saved", { name: u.name }));
        }}
      />
      <LiftThrottleDialog
        user={lifting}
        onClose={() => setLifting(null)}
        onDone={(u) => {
          setLifting(null);
          setStatus(t("signInBlock.lifted", { name: u.name }));
        }}
      />
      <ResetTwoFactorDialog
        user={resetting}
        onClose={() => setResetting(null)}
        onDone={(u) => {
          setResetting(null);
          setStatus(t("twoFactorReset.done", { name: u.name }));
        }}
      />
      <ActivationDialog
        user={toggling}
        onClose={() => setToggling(null)}
        onDone={(u) => {
          setToggling(null);
          setStatus(t(u.active ? "activation.reactivated" : "activation.deactivated", { name: u.name }));
        }}
      />
    </>
  );
}
