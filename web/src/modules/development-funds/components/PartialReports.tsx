import type { InternalRefetchQueriesInclude } from "@apollo/client";
import { useTranslation } from "react-i18next";
import { formatAmount, formatDate, isoString } from "../../../app/format";
import { todayInStockholm } from "../../../app/stockholmTime";
import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { errorInfo } from "../../../app/errors";
import { Loading } from "../../../app/ui/Loading";
import { ErrorAlert } from "../../../app/ui/Messages";
import { DevFundPartialReportAnswersQuery } from "../operations";
import { CodedAnswers } from "./CodedAnswers";
import { FollowUpForm } from "./FollowUpForm";

/** What the partial reports need of an application: its delrapporter per year, what was granted and what may be done. */
export interface PartialReportsTarget {
  id: string;
  grantedAmount?: number | null;
  usedSoFar?: number | null;
  availableActions: string[];
  organisation: { name: string };
  partialReports: {
    year: number;
    dueDate: string;
    usedAmount?: number | null;
    report?: string | null;
    submittedAt?: unknown;
  }[];
}

/**
 * Funds used over more than one year: the period, each year's partial report (delrapport) due or
 * filed, and, where the server offers it, the form to file one. The recipient and the officers see
 * the same table; the repayment waits for the final report.
 */
export function PartialReports({
  application: a,
  usableUntil,
  finalDueDate,
  refetch,
  onDone,
}: {
  application: PartialReportsTarget;
  usableUntil: string;
  finalDueDate: string;
  refetch?: InternalRefetchQueriesInclude;
  onDone?(message: string): void;
}) {
  const { t } = useTranslation();
  const today = todayInStockholm();
  const canFile = a.availableActions.includes("SUBMIT_PARTIAL_REPORT") && !!onDone;
  const thisYear = Number(today.slice(0, 4));
  const fileable = a.partialReports.filter((r) => r.year <= thisYear);
  const firstOpen = fileable.find((r) => !r.submittedAt) ?? fileable[fileable.length - 1];
  return (
    <div className="df-partial">
      <h3 id={`df-pr-heading-${a.id}`}>{t("devfunds.multiYear.heading")}</h3>
      <p>{t("devfunds.multiYear.period", { date: usableUntil, final: finalDueDate })}</p>
      <div className="table-wrap table-wrap--fit" role="region" tabIndex={0} aria-labelledby={`df-pr-caption-${a.id}`}>
        <table className="table">
          <caption id={`df-pr-caption-${a.id}`}>{t("devfunds.multiYear.caption", { name: a.organisation.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("devfunds.multiYear.year")}</th>
              <th scope="col">{t("devfunds.multiYear.due")}</th>
              <th scope="col" className="num">
                {t("devfunds.multiYear.used")}
              </th>
              <th scope="col">{t("devfunds.multiYear.submitted")}</th>
            </tr>
          </thead>
          <tbody>
            {a.partialReports.map((r) => (
              <tr key={r.year}>
                <th scope="row">{r.year}</th>
                <td>
                  {r.dueDate}
                  {!r.submittedAt && r.dueDate < today && <span className="status status--negative df-cell-note">{t("devfunds.multiYear.overdue")}</span>}
                </td>
                <td className="num">{r.usedAmount != null ? formatAmount(r.usedAmount) : "–"}</td>
                <td>
                  {r.submittedAt ? (
                    <time dateTime={isoString(r.submittedAt as string)}>{formatDate(r.submittedAt as string)}</time>
                  ) : (
                    t("devfunds.multiYear.notSubmitted")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {a.partialReports
        .filter((r) => r.report)
        .map((r) => (
          <YearReport key={r.year} applicationId={a.id} year={r.year} report={r.report!} />
        ))}
      <p>{t("devfunds.multiYear.usedSoFar", { amount: formatAmount(a.usedSoFar ?? 0), granted: formatAmount(a.grantedAmount ?? 0) })}</p>
      {canFile && firstOpen && (
        <FollowUpForm
          application={a}
          round={{ followUpDueDate: finalDueDate }}
          partial={{ years: fileable.map((r) => r.year), year: firstOpen.year }}
          refetch={refetch ?? []}
          onDone={onDone}
        />
      )}
    </div>
  );
}

/** One filed year: its text, and its coded answers read once the year is opened. */
function YearReport({ applicationId, year, report }: { applicationId: string; year: number; report: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="df-partial__report" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t("devfunds.multiYear.reportOf", { year })}</summary>
      <p className="df-prewrap">{report}</p>
      {open && <YearAnswers applicationId={applicationId} year={year} />}
    </details>
  );
}

function YearAnswers({ applicationId, year }: { applicationId: string; year: number }) {
  const q = useQuery(DevFundPartialReportAnswersQuery, { variables: { id: applicationId } });
  if (q.error) return <ErrorAlert>{errorInfo(q.error).message}</ErrorAlert>;
  if (!q.data) return <Loading />;
  return <CodedAnswers answers={q.data.grantApplication.partialReports.find((r) => r.year === year)?.answers ?? []} />;
}
