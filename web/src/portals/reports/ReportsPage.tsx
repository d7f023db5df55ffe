import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../app/errors";
import { formatDate } from "../../app/format";
import { todayInStockholm } from "../../app/stockholmTime";
import { ConfirmDialog } from "../../app/ui/ConfirmDialog";
import { SelectField } from "../../app/ui/Field";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert, Notice } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { VegaChart } from "../../app/ui/VegaChart";
import type { ReportDeadlinesQuery as DeadlinesData, ReportDeadlineStatus, ReportOverviewQuery as OverviewData } from "../../generated/graphql";
import { ReportDeadlinesQuery, ReportOverviewQuery, ReportSubmitMutation } from "../../modules/reports/operations";

const FIRST_YEAR = 2014;

/** The existing status colours: submitted as done, overdue as a failure, upcoming as pending. */
const STATUS_CLASS: Record<ReportDeadlineStatus, string> = {
  SUBMITTED: "status--active",
  OVERDUE: "status--inactive",
  UPCOMING: "status--invited",
};

type Deadline = DeadlinesData["reportDeadlines"][number];
type Section = OverviewData["reportOverview"]["sections"][number];

/** Rapporter: the yearly report to the government for a chosen year, its downloads, and the decision's reporting dates. */
export function ReportsPage() {
  const { t } = useTranslation("reports");
  useDocumentTitle(t("title"));
  const thisYear = Number(todayInStockholm().slice(0, 4));
  const years = Array.from({ length: thisYear - FIRST_YEAR + 1 }, (_, i) => thisYear - i);
  const [year, setYear] = useState(thisYear - 1);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("lead")}</p>
      <div className="filters" role="group" aria-label={t("yearGroup")}>
        <SelectField id="report-year" label={t("year")} value={String(year)} onChange={(e) => setYear(Number(e.target.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
      </div>
      <DeadlinesSection year={year} />
      <ReportSection year={year} />
    </>
  );
}

function DeadlinesSection({ year }: { year: number }) {
  const { t } = useTranslation("reports");
  const query = useQuery(ReportDeadlinesQuery);
  const [submit, { loading }] = useMutation(ReportSubmitMutation, { refetchQueries: [ReportDeadlinesQuery] });
  const [confirming, setConfirming] = useState<Deadline | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const deadlines = query.data?.reportDeadlines;
  if (query.error && !deadlines) return <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert>;
  if (!deadlines) return <Loading />;

  const confirm = async () => {
    if (!confirming) return;
    try {
      await submit({ variables: { deadlineKey: confirming.key, year } });
      setDone(t("deadlines.submittedStatus", { title: confirming.title, year }));
      setConfirming(null);
      setError(null);
    } catch (err) {
      setError(errorInfo(err).message);
    }
  };

  return (
    <section className="section" aria-labelledby="report-deadlines">
      <h2 id="report-deadlines">{t("deadlines.heading")}</h2>
      <p>{t("deadlines.intro")}</p>
      <LiveStatus>{done}</LiveStatus>
      <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="report-deadlines-caption">
        <table className="table">
          <caption id="report-deadlines-caption">{t("deadlines.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("deadlines.report")}</th>
              <th scope="col">{t("deadlines.dueDate")}</th>
              <th scope="col">{t("deadlines.responsible")}</th>
              <th scope="col">{t("deadlines.status")}</th>
              <th scope="col">{t("deadlines.actions")}</th>
            </tr>
          </thead>
          <tbody>
            {deadlines.map((d) => (
              <tr key={d.key}>
                <th scope="row">{d.title}</th>
                <td>{d.dueDate}</td>
                <td>{t(`responsible.${d.responsible}`, { defaultValue: d.responsible })}</td>
                <td>
                  <span className={`status ${STATUS_CLASS[d.status]}`}>{t(`status.${d.status}`)}</span>
                  {d.submittedAt && <span className="muted"> {t("deadlines.submittedOn", { date: formatDate(d.submittedAt), year: d.submittedYear })}</span>}
                </td>
                <td>
                  {d.pdfUrl && d.xlsxUrl && (
                    <span className="button-row">
                      <a className="button button--secondary button--small" href={d.pdfUrl} download>
                        {t("deadlines.frozenPdf", { title: d.title })}
                      </a>
                      <a className="button button--secondary button--small" href={d.xlsxUrl} download>
                        {t("deadlines.frozenXlsx", { title: d.title })}
                      </a>
                    </span>
                  )}
                  {d.canSubmit && (
                    <button type="button" className="button button--small" onClick={() => setConfirming(d)}>
                      {t("deadlines.submit", { year })}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        open={confirming !== null}
        title={t("deadlines.confirmTitle", { title: confirming?.title ?? "" })}
        confirmLabel={t("deadlines.submit", { year })}
        busy={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={() => {
          setConfirming(null);
          setError(null);
        }}
      >
        <p>{t("deadlines.confirmBody", { year })}</p>
      </ConfirmDialog>
    </section>
  );
}

function ReportSection({ year }: { year: number }) {
  const { t } = useTranslation("reports");
  const query = useQuery(ReportOverviewQuery, { variables: { year } });
  const report = query.data?.reportOverview;
  if (query.error && !report) return <ErrorAlert>{errorInfo(query.error).message}</ErrorAlert>;
  if (!report || report.year !== year) return <Loading label={t("building", { year })} />;
  return (
    <section className="section" aria-labelledby="report-contents">
      <h2 id="report-contents">{t("report.heading", { year })}</h2>
      {report.demo && <Notice title={t("report.demoTitle")}>{t("report.demo")}</Notice>}
      <p>{t("report.downloadsIntro")}</p>
      <p className="button-row">
        <a className="button" href={report.pdfUrl} download>
          {t("report.pdf", { year })}
        </a>
        <a className="button button--secondary" href={report.xlsxUrl} download>
          {t("report.xlsx", { year })}
        </a>
      </p>
      <nav aria-labelledby="report-toc">
        <h3 id="report-toc">{t("report.toc")}</h3>
        <ol>
          {report.sections.map((s) => (
            <li key={s.key}>
              <a href={`#report-${s.key}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {report.sections.map((s) => (
        <ReportSectionView key={s.key} section={s} />
      ))}
    </section>
  );
}

function ReportSectionView({ section }: { section: Section }) {
  const { t } = useTranslation("reports");
  return (
    <section aria-labelledby={`report-${section.key}`}>
      <h3 id={`report-${section.key}`}>{section.title}</h3>
      {section.tables.map((table, i) => (
        <div key={table.title} className="table-wrap" role="region" tabIndex={0} aria-labelledby={`report-${section.key}-${i}`}>
          <table className="table">
            <caption id={`report-${section.key}-${i}`}>{table.title}</caption>
            <thead>
              <tr>
                {table.columns.map((c, j) => (
                  <th key={c} scope="col" className={j > 0 ? "num" : undefined}>
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j} className="num">
                        {cell}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {table.rows.length === 0 && <EmptyState>{t("report.noRows")}</EmptyState>}
          {table.note && <p className="muted">{table.note}</p>}
        </div>
      ))}
      {section.charts.map((spec, i) => (
        <div key={i} className="chart">
          <VegaChart spec={spec} />
        </div>
      ))}
    </section>
  );
}
