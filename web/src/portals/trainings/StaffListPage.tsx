import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../app/errors";
import { RequireAbility } from "../../app/guards";
import { useMe } from "../../app/session";
import { ConfirmDialog } from "../../app/ui/ConfirmDialog";
import { Email } from "../../app/ui/Email";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { Pager } from "../../app/ui/Pager";
import { useDebounced } from "../../app/ui/useDebounced";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import type { StaffMemberFieldsFragment } from "../../generated/graphql";
import { StaffImport } from "../../modules/trainings/components/StaffImport";
import { StaffMemberForm } from "../../modules/trainings/components/StaffMemberForm";
import { RemoveStaffMemberMutation, StaffMembersQuery } from "../../modules/trainings/operations";

const PAGE = 50;

/** /utbildningar/personal – the organisation's saved staff list: add, edit, remove, import from CSV. */
export function StaffListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("trainings.staff.title"));
  return (
    <RequireAbility ability="training.register">
      <StaffList />
    </RequireAbility>
  );
}

function StaffList() {
  const { t } = useTranslation();
  const me = useMe();
  const [notice, setNotice] = useState<string | null>(null);
  const [search, setSearch] = useState("");
  const query = useDebounced(search.trim(), 300);
  const [offset, setOffset] = useState(0);
  const [editing, setEditing] = useState<StaffMemberFieldsFragment | null>(null);
  const [removing, setRemoving] = useState<StaffMemberFieldsFragment | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const { data, loading, error } = useQuery(StaffMembersQuery, { variables: { search: query || null, limit: PAGE, offset } });
  const [remove, { loading: removingBusy }] = useMutation(RemoveStaffMemberMutation, { refetchQueries: ["StaffMembers"], awaitRefetchQueries: true });
  const list = data?.staffMembers;

  async function confirmRemove() {
    if (!removing) return;
    try {
      await remove({ variables: { id: removing.id } });
      setNotice(t("trainings.staff.removed", { name: removing.name }));
      if (editing?.id === removing.id) setEditing(null);
      setRemoving(null);
      setRemoveError(null);
    } catch (err) {
      setRemoveError(errorInfo(err).message);
    }
  }

  return (
    <>
      <h1>{t("trainings.staff.title")}</h1>
      <p className="lead">{t("trainings.staff.intro", { organisation: me.organisation.name })}</p>
      <LiveStatus>{notice}</LiveStatus>
      <div className="field">
        <label htmlFor="staff-search">{t("trainings.staff.search")}</label>
        <input
          id="staff-search"
          type="search"
          value={search}
          onChange={(e) => {
            setSearch(e.target.value);
            setOffset(0);
          }}
        />
      </div>
      {loading && !list && <Loading />}
      {error && !list ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !list ? null : list.total === 0 ? (
        <EmptyState>{query ? t("trainings.staff.noMatch") : t("trainings.staff.empty")}</EmptyState>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="staff-caption">
            <table className="table">
              <caption id="staff-caption">{t("trainings.staff.caption", { count: list.total })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("trainings.staff.name")}</th>
                  <th scope="col">{t("trainings.staff.email")}</th>
                  <th scope="col">{t("trainings.staff.role")}</th>
                  <th scope="col">{t("trainings.staff.workplace")}</th>
                  <th scope="col">{t("trainings.staff.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {list.items.map((s) => (
                  <tr key={s.id}>
                    <td>{s.name}</td>
                    <td>
                      <Email address={s.email} />
                    </td>
                    <td>{s.title}</td>
                    <td>{s.workplace}</td>
                    <td>
                      <div className="button-row">
                        <button type="button" className="button button--small button--secondary" onClick={() => setEditing(s)}>
                          {t("trainings.staff.edit")}
                          <span className="visually-hidden"> {s.name}</span>
                        </button>
                        <button type="button" className="button button--small button--danger-quiet" onClick={() => setRemoving(s)}>
                          {t("trainings.staff.remove")}
                          <span className="visually-hidden"> {s.name}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pager label={t("trainings.staff.title")} offset={offset} limit={PAGE} total={list.total} onChange={setOffset} />
        </>
      )}
      <StaffMemberForm
        key={editing?.id ?? "new"}
        member={editing ?? undefined}
        onDone={(message) => {
          setNotice(message);
          setEditing(null);
        }}
        onCancel={editing ? () => setEditing(null) : undefined}
      />
      <StaffImport onDone={setNotice} />
      <ConfirmDialog
        open={!!removing}
        danger
        title={t("trainings.staff.removeTitle", { name: removing?.name ?? "" })}
        confirmLabel={t("trainings.staff.remove")}
        busy={removingBusy}
        error={removeError}
        onConfirm={() => void confirmRemove()}
        onClose={() => {
          setRemoving(null);
          setRemoveError(null);
        }}
      >
        <p>{t("trainings.staff.removeBody", { name: removing?.name ?? "" })}</p>
      </ConfirmDialog>
    </>
  );
}
