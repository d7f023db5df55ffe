import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../app/errors";
import { formatDateTime, isoString } from "../../app/format";
import { SelectField } from "../../app/ui/Field";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { Pager } from "../../app/ui/Pager";
import { Email } from "../../app/ui/Email";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import type { OutboxStatus } from "../../generated/graphql";
import { OutboxMailsQuery } from "../../modules/notifications/operations";

const PAGE_SIZE = 25;
const STATUSES: OutboxStatus[] = ["PENDING", "SENDING", "SENT", "FAILED"];

function DateCell({ value }: { value: string | null | undefined }) {
  return value ? <time dateTime={isoString(value)}>{formatDateTime(value)}</time> : <>–</>;
}

export function OutboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("outbox.title"));
  const [status, setStatus] = useState<OutboxStatus | "">("");
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error } = useQuery(OutboxMailsQuery, {
    variables: { status: status || null, limit: PAGE_SIZE, offset },
  });
  const page = (data ?? previousData)?.outboxMails;

  return (
    <>
      <h1>{t("outbox.title")}</h1>
      <p className="lead">{t("outbox.intro")}</p>
      <div className="filters">
        <SelectField
          id="outbox-status"
          label={t("outbox.filterStatus")}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as OutboxStatus | "");
            setOffset(0);
          }}
        >
          <option value="">{t("outbox.allStatuses")}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`outboxStatus.${s}`)}
            </option>
          ))}
        </SelectField>
      </div>

      <div aria-busy={loading}>
        {loading && <Loading />}
        {error && !page ? (
          <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
        ) : !page ? null : page.items.length === 0 ? (
          <EmptyState>{status ? t("outbox.emptyStatus", { status: t(`outboxStatus.${status}`) }) : t("outbox.empty")}</EmptyState>
        ) : (
          <>
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="outbox-caption">
              <table className="table">
                <caption id="outbox-caption">{t("outbox.caption", { count: page.total })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("outbox.to")}</th>
                    <th scope="col">{t("outbox.subject")}</th>
                    <th scope="col">{t("outbox.status")}</th>
                    <th scope="col" className="num">
                      {t("outbox.attempts")}
                    </th>
                    <th scope="col">{t("outbox.created")}</th>
                    <th scope="col">{t("outbox.sent")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((m) => (
                    <tr key={m.id}>
                      <td>
                        <Email address={m.toAddress} />
                      </td>
                      <td className="cell--wide">
                        <details className="mail-body">
                          <summary>
                            {m.subject}
                            <span className="visually-hidden"> – {t("outbox.showBody")}</span>
                          </summary>
                          <pre className="pre">{m.textBody}</pre>
                          {m.lastError && (
                            <p className="field__error">
                              {t("outbox.lastError")}: {m.lastError}
                            </p>
                          )}
                        </details>
                      </td>
                      <td>
                        <span className={`status status--mail-${m.status.toLowerCase()}`}>{t(`outboxStatus.${m.status}`)}</span>
                      </td>
                      <td className="num">{m.attempts}</td>
                      <td className="nowrap">
                        <DateCell value={m.createdAt} />
                      </td>
                      <td className="nowrap">
                        <DateCell value={m.sentAt} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager label={t("outbox.pagerLabel")} offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
          </>
        )}
      </div>
    </>
  );
}
