import { useMutation, useQuery } from "@apollo/client/react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatDateTime, isoString } from "../../../app/format";
import { Dialog } from "../../../app/ui/Dialog";
import { Email } from "../../../app/ui/Email";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import type { IdentityLinkRequestsQuery as RequestsData, Role } from "../../../generated/graphql";
import { ApproveIdentityLinkRequestMutation, AssignableRolesQuery, IdentityLinkRequestsQuery, RejectIdentityLinkRequestMutation } from "../operations";
import { RoleCheckboxes } from "./RoleCheckboxes";

type LinkRequest = RequestsData["identityLinkRequests"][number];

/**
 * People who signed in through the organisation's identity provider for the first time and have
 * no account: the organisation's administrator approves (choosing their roles, which creates the
 * account) or rejects each.
 */
export function IdentityLinkRequests({ organisationId, organisationName }: { organisationId: string; organisationName: string }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(IdentityLinkRequestsQuery, { variables: { organisationId } });
  const [approving, setApproving] = useState<LinkRequest | null>(null);
  const [rejecting, setRejecting] = useState<LinkRequest | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const requests = data?.identityLinkRequests;

  return (
    <section aria-labelledby="link-requests-heading" className="section">
      <h2 id="link-requests-heading">{t("linkRequests.heading", { organisation: organisationName })}</h2>
      <p>{t("linkRequests.intro")}</p>
      <LiveStatus>{status}</LiveStatus>
      <div aria-busy={loading}>
        {loading && <Loading />}
        {error ? (
          <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
        ) : !requests ? null : requests.length === 0 ? (
          <EmptyState>{t("linkRequests.empty")}</EmptyState>
        ) : (
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="link-requests-caption">
            <table className="table">
              <caption id="link-requests-caption">{t("linkRequests.caption", { count: requests.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("users.name")}</th>
                  <th scope="col">{t("users.email")}</th>
                  <th scope="col">{t("linkRequests.requestedAt")}</th>
                  <th scope="col">{t("users.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {requests.map((r) => (
                  <tr key={r.id}>
                    <th scope="row">{r.name ?? "–"}</th>
                    <td>{r.email ? <Email address={r.email} /> : "–"}</td>
                    <td>
                      <time dateTime={isoString(r.requestedAt)}>{formatDateTime(r.requestedAt)}</time>
                    </td>
                    <td>
                      <div className="actions">
                        <button type="button" className="button button--small button--secondary" onClick={() => setApproving(r)}>
                          {t("linkRequests.approve")}
                          <span className="visually-hidden"> {r.name ?? r.email}</span>
                        </button>
                        <button type="button" className="button button--small button--danger-quiet" onClick={() => setRejecting(r)}>
                          {t("linkRequests.reject")}
                          <span className="visually-hidden"> {r.name ?? r.email}</span>
                        </button>
                      </div>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      <ApproveDialog
        request={approving}
        organisationId={organisationId}
        onClose={() => setApproving(null)}
        onDone={(r) => {
          setApproving(null);
          setStatus(t("linkRequests.approved", { name: r.name ?? r.email }));
        }}
      />
      <RejectDialog
        request={rejecting}
        onClose={() => setRejecting(null)}
        onDone={(r) => {
          setRejecting(null);
          setStatus(t("linkRequests.rejected", { name: r.name ?? r.email }));
        }}
      />
    </section>
  );
}

function ApproveDialog({
  request,
  organisationId,
  onClose,
  onDone,
}: {
  request: LinkRequest | null;
  organisationId: string;
  onClose(): void;
  onDone(r: LinkRequest): void;
}) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<Role[]>([]);
  const [roleErrors, setRoleErrors] = useState<string[] | undefined>();
  const [error, setError] = useState<string | null>(null);
  const { data: assignable } = useQuery(AssignableRolesQuery, { variables: { organisationId }, skip: !request });
  const [approve, { loading }] = useMutation(ApproveIdentityLinkRequestMutation, { refetchQueries: ["IdentityLinkRequests", "Users"] });

  function close() {
    setRoles([]);
    setRoleErrors(undefined);
    setError(null);
    onClose();
  }

  async function confirm() {
    if (!request) return;
    if (roles.length === 0) {
      setRoleErrors([t("linkRequests.chooseRoles")]);
      return;
    }
    try {
      await approve({ variables: { id: request.id, roles } });
      setRoles([]);
      setRoleErrors(undefined);
      setError(null);
      onDone(request);
    } catch (err) {
      const info = errorInfo(err);
      setRoleErrors(info.fields.roles);
      setError(info.message);
    }
  }

  return (
    <Dialog open={!!request} title={request ? t("linkRequests.approveTitle", { name: request.name ?? request.email }) : ""} onClose={close}>
      {request && (
        <>
          <p>{t("linkRequests.approveBody", { email: request.email ?? "–" })}</p>
          <RoleCheckboxes
            idPrefix="link-roles"
            legend={t("linkRequests.roles")}
            roles={assignable?.organisation?.assignableRoles ?? []}
            value={roles}
            onChange={setRoles}
            errors={roleErrors}
          />
          {error && <ErrorAlert>{error}</ErrorAlert>}
          <div className="button-row">
            <button type="button" className="button" onClick={() => void confirm()} disabled={loading}>
              {t("linkRequests.approve")}
            </button>
            <button type="button" className="button button--secondary" onClick={close}>
              {t("common.cancel")}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}

function RejectDialog({ request, onClose, onDone }: { request: LinkRequest | null; onClose(): void; onDone(r: LinkRequest): void }) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [reject, { loading }] = useMutation(RejectIdentityLinkRequestMutation, { refetchQueries: ["IdentityLinkRequests"] });

  async function confirm() {
    if (!request) return;
    try {
      await reject({ variables: { id: request.id } });
      setError(null);
      onDone(request);
    } catch (err) {
      setError(errorInfo(err).message);
    }
  }

  return (
    <Dialog
      open={!!request}
      title={request ? t("linkRequests.rejectTitle", { name: request.name ?? request.email }) : ""}
      onClose={() => {
        setError(null);
        onClose();
      }}
      initialFocus={cancelRef}
    >
      {request && (
        <>
          <p>{t("linkRequests.rejectBody")}</p>
          {error && <ErrorAlert>{error}</ErrorAlert>}
          <div className="button-row">
            <button type="button" className="button button--danger" onClick={() => void confirm()} disabled={loading}>
              {t("linkRequests.reject")}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose} ref={cancelRef}>
              {t("common.cancel")}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
