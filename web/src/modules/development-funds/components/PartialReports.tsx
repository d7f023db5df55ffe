import type { InternalRefetchQueriesInclude } from "@apollo/client";
import { useTranslation } from "react-i18next";
import { formatAmount, formatDate, isoString, parseKronor } from "../../../app/format";
import { todayInStockholm } from "../../../app/stockholmTime";
import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import type { TFunction } from "i18next";
import type { FormEvent } from "react";
import { type Resolver, useForm, useWatch } from "react-hook-form";
import { z } from "zod";
import { KronorField } from "../../../app/ui/AmountInput";
import { SelectField, TextAreaField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { errorPaths, useFormErrors } from "../../../app/ui/useFormErrors";
import { useState } from "react";
import { errorInfo } from "../../../app/errors";
import { Loading } from "../../../app/ui/Loading";
import { ErrorAlert } from "../../../app/ui/Messages";
import { DevFundPartialReportAnswersQuery, DevFundPartialReportMutation } from "../operations";
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
  coded = true,
  refetch,
  onDone,
}: {
  application: PartialReportsTarget;
  usableUntil: string;
  finalDueDate: string;
  /** The programme's partial reports answer its follow-up form (`GrantCall.partialReportsCoded`); otherwise an amount and a text. */
  coded?: boolean;
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
      {canFile && firstOpen && !coded && (
        <AmountAndTextForm application={a} years={fileable.map((r) => r.year)} firstYear={firstOpen.year} refetch={refetch} onDone={onDone} />
      )}
      {canFile && firstOpen && coded && (
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

interface PartialValues {
  year: string;
  usedAmount: string;
  report: string;
}

function partialSchema(t: TFunction) {
  return z.object({
    year: z.string(),
    usedAmount: z.string().refine((text) => {
      const n = parseKronor(text);
      return n != null && Number.isInteger(n) && n >= 0;
    }, t("devfunds.multiYear.usedInvalid")),
    report: z.string().refine((s) => s.trim() !== "", t("devfunds.multiYear.reportRequired")),
  });
}

/** A year's partial report as an amount and a text, for a programme without a coded follow-up form. */
function AmountAndTextForm({
  application: a,
  years,
  firstYear,
  refetch,
  onDone,
}: {
  application: PartialReportsTarget;
  years: number[];
  firstYear: number;
  refetch?: InternalRefetchQueriesInclude;
  onDone?(message: string): void;
}) {
  const { t } = useTranslation();
  // Several applications (an NGO's) may show their partial reports on one page: ids per application.
  const IDS: Record<string, string> = { year: `df-pr-year-${a.id}`, usedAmount: `df-pr-used-${a.id}`, report: `df-pr-report-${a.id}` };
  const values = useForm<PartialValues>({
    defaultValues: { year: String(firstYear), usedAmount: "", report: "" },
    resolver: (v, context, options) => (zodResolver(partialSchema(t)) as unknown as Resolver<PartialValues>)(v, context, options),
    shouldFocusError: false,
  });
  const { year, usedAmount, report } = useWatch({ control: values.control }) as PartialValues;
  const errors = useFormErrors();
  const live = errorPaths(values.formState.errors);
  const of = (path: string) => live[path] ?? errors.of(path);
  const set = (key: keyof PartialValues, value: string) => values.setValue(key, value, { shouldDirty: true, shouldValidate: values.formState.isSubmitted });
  const [submit, { loading }] = useMutation(DevFundPartialReportMutation, { refetchQueries: refetch ?? [], awaitRefetchQueries: true });

  async function send(v: PartialValues) {
    try {
      await submit({ variables: { id: a.id, input: { year: Number(v.year), usedAmount: parseKronor(v.usedAmount)!, report: v.report.trim() } } });
      errors.clear();
      values.reset({ year: v.year, usedAmount: "", report: "" });
      onDone?.(t("devfunds.multiYear.sent", { year: v.year }));
    } catch (err) {
      const info = errors.fail(err);
      for (const [path, messages] of Object.entries(info.paths))
        if (path === "usedAmount" || path === "report") values.setError(path, { type: "server", message: messages.join(" ") });
    }
  }

  function onSubmit(e: FormEvent) {
    void values.handleSubmit(send, (found) => errors.check(errorPaths(found)))(e);
  }

  return (
    <form className="form df-form" onSubmit={onSubmit} noValidate aria-labelledby={`df-pr-form-${a.id}`}>
      <h4 id={`df-pr-form-${a.id}`}>{t("devfunds.multiYear.formHeading")}</h4>
      <p className="field__hint">{t("devfunds.multiYear.formIntro")}</p>
      <FormErrorSummary failure={errors.failure} idFor={(p) => IDS[p.split(".")[0]]} fallbackId={IDS.usedAmount} />
      <SelectField id={IDS.year} label={t("devfunds.multiYear.chooseYear")} value={year} onChange={(e) => set("year", e.target.value)} errors={of("year")}>
        {years.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </SelectField>
      <KronorField
        id={IDS.usedAmount}
        label={t("devfunds.multiYear.usedAmount")}
        hint={t("devfunds.multiYear.usedHint", { granted: formatAmount(a.grantedAmount ?? 0) })}
        value={usedAmount}
        onChange={(e) => set("usedAmount", e.target.value)}
        errors={of("usedAmount")}
      />
      <TextAreaField
        id={IDS.report}
        label={t("devfunds.multiYear.report")}
        rows={5}
        value={report}
        onChange={(e) => set("report", e.target.value)}
        errors={of("report")}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t("devfunds.multiYear.submit")}
        </button>
        {loading && (
          <span className="inline-status" role="status">
            {t("common.saving")}
          </span>
        )}
      </div>
    </form>
  );
}
