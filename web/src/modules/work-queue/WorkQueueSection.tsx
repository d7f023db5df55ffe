import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { WorkQueueQuery } from "./operations";

/** "What needs me now?": the server's queue for the signed-in person, a few items of each kind with deadline and link. */
export function WorkQueueSection() {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(WorkQueueQuery, { fetchPolicy: "cache-and-network" });
  const queue = data?.workQueue;

  return (
    <section className="work-queue" aria-labelledby="work-queue-heading" aria-busy={loading}>
      <h2 id="work-queue-heading">{t("start.queue.heading")}</h2>
      {loading && !queue && <Loading />}
      {error && !queue ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !queue ? null : queue.groups.length === 0 ? (
        <EmptyState>{t("start.queue.empty")}</EmptyState>
      ) : (
        queue.groups.map((group) => {
          const headingId = `work-${group.kind}`;
          return (
            <section key={group.kind} className="work-queue__group" aria-labelledby={headingId}>
              <h3 id={headingId} className="work-queue__kind">
                {t(`start.queue.kinds.${group.kind}`)} <span className="muted">({group.total})</span>
              </h3>
              <ul className="work-list">
                {group.items.map((item) => (
                  <li key={item.link} className={`work-item${item.overdue ? " work-item--overdue" : ""}`}>
                    <Link to={item.link} className="work-item__link">
                      {item.title}
                    </Link>
                    {item.detail && <span className="work-item__detail">{item.detail}</span>}
                    <span className="work-item__deadline">
                      {item.deadline ? (
                        <>
                          {t("start.queue.deadline")} <time dateTime={item.deadline}>{item.deadline}</time>
                        </>
                      ) : (
                        t("start.queue.noDeadline")
                      )}
                      {item.overdue && <span className="tag tag--overdue">{t("start.queue.overdue")}</span>}
                    </span>
                  </li>
                ))}
              </ul>
              {group.total > group.items.length && <p className="work-queue__more">{t("start.queue.more", { count: group.total - group.items.length })}</p>}
            </section>
          );
        })
      )}
    </section>
  );
}
