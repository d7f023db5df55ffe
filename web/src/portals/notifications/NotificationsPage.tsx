import { useMutation, useQuery } from "@apollo/client/react";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { formatDateTime, isoString } from "../../app/format";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { Pager } from "../../app/ui/Pager";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { EmailFrequencySection } from "../../modules/notifications/components/EmailFrequencySection";
import { MarkNotificationsReadMutation, NotificationsQuery } from "../../modules/notifications/operations";

const PAGE_SIZE = 25;

/** Internal links stay in the app; anything else opens as an ordinary link. */
function NotificationLink({ href, children, onFollow }: { href: string; children: ReactNode; onFollow(): void }) {
  if (href.startsWith("/") && !href.startsWith("//")) {
    return (
      <Link to={href} onClick={onFollow}>
        {children}
      </Link>
    );
  }
  return (
    <a href={href} onClick={onFollow} rel="noopener noreferrer">
      {children}
    </a>
  );
}

export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notifications.title"));
  const [offset, setOffset] = useState(0);
  const [status, setStatus] = useState<string | null>(null);
  const { data, previousData, loading, error } = useQuery(NotificationsQuery, { variables: { limit: PAGE_SIZE, offset } });
  const [markRead, markState] = useMutation(MarkNotificationsReadMutation, {
    refetchQueries: ["Notifications", "UnreadNotificationCount"],
  });
  const result = data ?? previousData;
  const page = result?.notifications;
  const unread = result?.unreadNotificationCount ?? 0;

  async function markAll() {
    if (unread === 0) {
      setStatus(t("notifications.noneUnread"));
      return;
    }
    try {
      const res = await markRead({ variables: { ids: null } });
      setStatus(t("notifications.markedAll", { count: res.data?.markNotificationsRead ?? 0 }));
    } catch (err) {
      setStatus(errorInfo(err).message);
    }
  }

  return (
    <>
      <h1>{t("notifications.title")}</h1>
      <div className="toolbar">
        <p className="toolbar__text">{page ? t("notifications.summary", { count: page.total, unread }) : "\u00a0"}</p>
        <button type="button" className="button button--secondary" onClick={() => void markAll()} disabled={markState.loading}>
          {t("notifications.markAll")}
        </button>
      </div>
      <LiveStatus>{status}</LiveStatus>
      <div aria-busy={loading}>
        {loading && <Loading />}
        {error && !page ? (
          <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
        ) : !page ? null : page.items.length === 0 ? (
          <EmptyState>{t("notifications.empty")}</EmptyState>
        ) : (
          <>
            <ul className="notification-list">
              {page.items.map((n) => {
                const isUnread = !n.readAt;
                const follow = () => {
                  if (isUnread) void markRead({ variables: { ids: [n.id] } }).catch(() => undefined);
                };
                return (
                  <li key={n.id} className={`notification${isUnread ? " notification--unread" : ""}`}>
                    <h2 className="notification__title">
                      {isUnread && <span className="tag tag--unread">{t("notifications.unread")}</span>}{" "}
                      {n.link ? (
                        <NotificationLink href={n.link} onFollow={follow}>
                          {n.title}
                        </NotificationLink>
                      ) : (
                        n.title
                      )}
                    </h2>
                    <p className="notification__body">{n.body}</p>
                    <p className="notification__meta">
                      <time dateTime={isoString(n.createdAt)}>{formatDateTime(n.createdAt)}</time>
                      {!isUnread && n.readAt && <> · {t("notifications.readAt", { time: formatDateTime(n.readAt) })}</>}
                    </p>
                  </li>
                );
              })}
            </ul>
            <Pager label={t("notifications.pagerLabel")} offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
          </>
        )}
      </div>
      <EmailFrequencySection />
    </>
  );
}
