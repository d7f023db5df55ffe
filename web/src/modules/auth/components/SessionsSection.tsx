import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatDateTime, isoString } from "../../../app/format";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { EndOtherSessionsMutation, EndSessionMutation, MySessionsQuery } from "../operations";

type Pending = { kind: "one"; id: string; browser: string } | { kind: "others" };

/** One's own sessions, with this one marked; ending one or all others asks first. */
export function SessionsSection() {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(MySessionsQuery, { fetchPolicy: "cache-and-network" });
  const [endOne, endOneState] = useMutation(EndSessionMutation);
  const [endOthers, endOthersState] = useMutation(EndOtherSessionsMutation);
  const [pending, setPending] = useState<Pending | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const sessions = data?.mySessions ?? [];
  const others = sessions.filter((s) => !s.current);

  async function confirm() {
    if (!pending) return;
    try {
      if (pending.kind === "one") {
        await endOne({ variables: { id: pending.id } });
        setStatus(t("account.sessions.ended"));
      } else {
        const res = await endOthers();
        setStatus(t("account.sessions.endedOthers", { count: res.data?.endOtherSessions ?? 0 }));
      }
      setPending(null);
      setActionError(null);
      await refetch();
    } catch (err) {
      setActionError(errorInfo(err).message);
    }
  }

  return (
    <section aria-labelledby="account-sessions-heading">
      <h2 id="account-sessions-heading">{t("account.sessions.heading")}</h2>
      <p>{t("account.sessions.intro")}</p>
      <LiveStatus>{status}</LiveStatus>
      <div aria-busy={loading}>
        {loading && !data && <Loading />}
        {error && !data ? (
          <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
        ) : (
          <>
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="sessions-caption">
              <table className="table">
                <caption id="sessions-caption">{t("account.sessions.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("account.sessions.browser")}</th>
                    <th scope="col">{t("account.sessions.created")}</th>
                    <th scope="col">{t("account.sessions.lastUsed")}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t("account.sessions.end")}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {sessions.map((s) => {
                    const browser = s.userAgent ?? t("account.sessions.unknownBrowser");
                    return (
                      <tr key={s.id}>
                        <td>
                          {browser}
                          {s.current && (
                            <>
                              {" "}
                              <span className="status status--current">{t("account.sessions.thisSession")}</span>
                            </>
                          )}
                        </td>
                        <td>
                          <time dateTime={isoString(s.createdAt)}>{formatDateTime(s.createdAt)}</time>
                        </td>
                        <td>{s.lastUsedAt ? <time dateTime={isoString(s.lastUsedAt)}>{formatDateTime(s.lastUsedAt)}</time> : "–"}</td>
                        <td>
                          {!s.current && (
                            <button
                              type="button"
                              className="button button--secondary button--small"
                              aria-label={t("account.sessions.endLabel", { browser, created: formatDateTime(s.createdAt) })}
                              onClick={() => setPending({ kind: "one", id: s.id, browser })}
                            >
                              {t("account.sessions.end")}
                            </button>
                          )}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            {data && others.length === 0 ? (
              <EmptyState>{t("account.sessions.none")}</EmptyState>
            ) : (
              <div className="button-row">
                <button type="button" className="button button--danger" onClick={() => setPending({ kind: "others" })}>
                  {t("account.sessions.endOthers")}
                </button>
              </div>
            )}
          </>
        )}
      </div>
      <ConfirmDialog
        open={pending !== null}
        title={pending?.kind === "one" ? t("account.sessions.endTitle") : t("account.sessions.endOthersTitle")}
        confirmLabel={pending?.kind === "one" ? t("account.sessions.end") : t("account.sessions.endOthers")}
        danger
        busy={endOneState.loading || endOthersState.loading}
        error={actionError}
        onConfirm={() => void confirm()}
        onClose={() => {
          setPending(null);
          setActionError(null);
        }}
      >
        <p>{pending?.kind === "one" ? t("account.sessions.endBody", { browser: pending.browser }) : t("account.sessions.endOthersBody")}</p>
      </ConfirmDialog>
    </section>
  );
}
