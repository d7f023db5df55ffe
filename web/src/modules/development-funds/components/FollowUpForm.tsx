import type { InternalRefetchQueriesInclude } from "@apollo/client";
import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { type FormEvent, useState } from "react";
import { type FieldErrors, type Resolver, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatAmount, parseKronor } from "../../../app/format";
import { TextAreaField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { Loading } from "../../../app/ui/Loading";
import { ErrorAlert } from "../../../app/ui/Messages";
import { errorPaths, useFormErrors } from "../../../app/ui/useFormErrors";
import type { DevFundFollowUpFormQuery } from "../../../generated/graphql";
import { AnswerField } from "../../questionnaires/components/AnswerField";
import { type AnswerDraft, EMPTY_DRAFT, inputOf } from "../../questionnaires/draft";
import { type FollowUpValues, followUpSchema } from "../followUpValues";
import { kronorInput } from "../labels";
import { DevFundFollowUpFormQuery as FormQuery, DevFundFollowUpMutation, DevFundPartialReportMutation } from "../operations";
import { SelectField } from "../../../app/ui/Field";
import type { Round } from "../round";
import { KronorField } from "../../../app/ui/AmountInput";

type FormQuestion = DevFundFollowUpFormQuery["developmentFundFollowUpForm"]["questions"][number];

/** The ids of the form's own fields; a partial report's are per application (an NGO's page may show several). */
const idsOf = (prefix: string): Record<string, string> => ({
  year: `${prefix}-year`,
  usedAmount: `${prefix}-used`,
  report: `${prefix}-report`,
  answers: `${prefix}-areas`,
  heading: `${prefix}-heading`,
});

/** A partial report (delrapport) on the same form: one calendar year of the period, chosen among those open. */
export interface PartialYear {
  years: number[];
  year: number;
}

/** What the form needs of the application it reports on: a kommun's or region's requisition, or an NGO's granted application. */
export interface FollowUpTarget {
  id: string;
  grantedAmount?: number | null;
}

/** A report sent in before, to be edited and resubmitted when Socialstyrelsen asks for a completion. */
export interface PreviousFollowUp {
  usedAmount?: number | null;
  followUpReport?: string | null;
  followUpAnswers: {
    code: string;
    older: boolean;
    otherText?: string | null;
    comment?: string | null;
    value?: { choice?: string | null; choices?: string[] | null; number?: number | null; text?: string | null } | null;
  }[];
}

/**
 * Återrapportering: the used amount, the round's follow-up form (coded answers with a comment beside
 * each) and the report in free text. The server gives the form as the recipient is asked it: a
 * kommun or region splits the amount over the national report's areas, an NGO over its seven.
 */
export function FollowUpForm({
  application: r,
  previous,
  round,
  partial,
  refetch,
  onDone,
}: {
  application: FollowUpTarget;
  previous?: PreviousFollowUp;
  round: Pick<Round, "followUpDueDate">;
  /** Filed as a year's partial report: the used amount is the year's, and nothing is repaid yet. */
  partial?: PartialYear;
  /** The queries that show the application's status, read again once the report is sent. */
  refetch: InternalRefetchQueriesInclude;
  onDone(message: string): void;
}) {
  const { t } = useTranslation();
  const IDS = idsOf(partial ? `df-pr-${r.id}` : "df-fu");
  const [year, setYear] = useState(String(partial?.year ?? ""));
  const form = useQuery(FormQuery, { variables: { applicationId: r.id } });
  const questions = form.data?.developmentFundFollowUpForm.questions ?? [];
  const granted = r.grantedAmount ?? 0;
  const values = useForm<FollowUpValues>({
    defaultValues: {
      usedAmount: partial ? "" : kronorInput(previous?.usedAmount ?? granted),
      report: previous?.followUpReport ?? "",
      answers: {},
      comments: {},
    },
    // Built per check, so its messages are in the reader's language of the moment.
    resolver: (v, context, options) => (zodResolver(followUpSchema(granted, t, !!partial)) as unknown as Resolver<FollowUpValues>)(v, context, options),
    shouldFocusError: false,
  });
  const { usedAmount: used, report, answers: drafts, comments } = useWatch({ control: values.control }) as FollowUpValues;
  // The earlier answers, by question code, until they are edited.
  const earlier = new Map((previous?.followUpAnswers ?? []).filter((a) => !a.older).map((a) => [a.code, a]));
  const earlierDraft = (code: string): AnswerDraft | undefined => {
    const a = earlier.get(code);
    if (!a?.value) return undefined;
    return {
      ...EMPTY_DRAFT,
      choice: a.value.choice ?? null,
      choices: a.value.choices ?? [],
      number: a.value.number == null ? "" : kronorInput(a.value.number),
      text: a.value.text ?? "",
      otherText: a.otherText ?? "",
    };
  };
  const commentOf = (q: FormQuestion) => comments[q.question.id] ?? earlier.get(q.question.code)?.comment ?? "";
  const errors = useFormErrors();
  const live = errorPaths(values.formState.errors);
  const of = (path: string) => live[path] ?? errors.of(path);
  const set = (key: "usedAmount" | "report", value: string) =>
    values.setValue(key, value as never, { shouldDirty: true, shouldValidate: values.formState.isSubmitted });
  const [submitFollowUp, { loading: sendingFinal }] = useMutation(DevFundFollowUpMutation, {
    refetchQueries: refetch,
    awaitRefetchQueries: true,
  });
  const [submitPartial, { loading: sendingPartial }] = useMutation(DevFundPartialReportMutation, { refetchQueries: refetch, awaitRefetchQueries: true });
  const loading = sendingFinal || sendingPartial;
  const usedValue = parseKronor(used);
  const repay = usedValue != null && Number.isFinite(usedValue) ? Math.max(0, granted - usedValue) : null;
  const draftOf = (q: FormQuestion) => drafts[q.question.id] ?? earlierDraft(q.question.code) ?? EMPTY_DRAFT;
  const areas = questions.filter((q) => q.areaAmount);
  const areaSum = areas.reduce((s, q) => s + (parseKronor(draftOf(q).number) ?? 0), 0);

  function idFor(path: string): string | undefined {
    const m = /^answers\.(\w+)/.exec(path);
    const q = m && questions.find((x) => x.question.code === m[1]);
    if (q) return `qn-q-${q.question.id}`;
    return IDS[path.split(".")[0]];
  }

  function invalid(found: FieldErrors<FollowUpValues>) {
    errors.check(errorPaths(found));
  }

  async function send(v: FollowUpValues) {
    try {
      const answers = questions.map((q) => {
        const input = inputOf(q.question, draftOf(q));
        return { ...input, comment: commentOf(q).trim() || null };
      });
      if (partial) {
        await submitPartial({
          variables: { id: r.id, input: { year: Number(year), usedAmount: parseKronor(v.usedAmount)!, report: v.report.trim(), answers } },
        });
        errors.clear();
        values.reset({ usedAmount: "", report: "", answers: {}, comments: {} });
        onDone(t("devfunds.multiYear.sent", { year }));
        return;
      }
      const res = await submitFollowUp({
        variables: { input: { applicationId: r.id, usedAmount: parseKronor(v.usedAmount)!, report: v.report.trim(), answers } },
      });
      const app = res.data!.submitDevelopmentFundFollowUp;
      errors.clear();
      onDone(app.status === "REPAYMENT_DUE" ? t("devfunds.followUp.sentRepay", { amount: formatAmount(app.repaymentAmount) }) : t("devfunds.followUp.sent"));
    } catch (err) {
      // The server's refusal, on the fields it names and in the summary.
      const info = errors.fail(err);
      for (const [path, messages] of Object.entries(info.paths))
        if (path === "usedAmount" || path === "report") values.setError(path, { type: "server", message: messages.join(" ") });
    }
  }

  function submit(e: FormEvent) {
    void values.handleSubmit(send, invalid)(e);
  }

  const field = (q: FormQuestion, position: number) => (
    <div key={q.question.id} className="df-fu-question">
      <AnswerField
        question={q.question}
        position={position}
        draft={draftOf(q)}
        prefilled={false}
        changedFromPrefill={false}
        disabled={loading}
        errors={of(`answers.${q.question.code}`)}
        onChange={(d) => values.setValue("answers", { ...values.getValues("answers"), [q.question.id]: d }, { shouldDirty: true })}
      />
      {!q.areaAmount && q.question.type !== "TEXT" && (
        <TextField
          id={`qn-q-${q.question.id}-comment`}
          label={t("devfunds.followUp.comment")}
          hint={t("devfunds.followUp.commentHint")}
          fieldClassName="df-indent"
          value={commentOf(q)}
          onChange={(e) => values.setValue("comments", { ...values.getValues("comments"), [q.question.id]: e.target.value }, { shouldDirty: true })}
        />
      )}
    </div>
  );

  const sections: { name: string | null | undefined; items: FormQuestion[] }[] = [];
  for (const q of questions.filter((x) => !x.areaAmount)) {
    const last = sections[sections.length - 1];
    if (last && last.name === q.section) last.items.push(q);
    else sections.push({ name: q.section, items: [q] });
  }
  let position = 0;

  return (
    <div className="df-followup">
      {partial ? (
        <>
          <h4 id={IDS.heading}>{t("devfunds.multiYear.formHeading")}</h4>
          <p className="field__hint">{t("devfunds.multiYear.formIntro")}</p>
        </>
      ) : (
        <>
          <h3 id={IDS.heading}>{t("devfunds.followUp.heading")}</h3>
          <p>{t("devfunds.followUp.intro", { granted: formatAmount(granted), date: round.followUpDueDate })}</p>
        </>
      )}
      {form.error ? (
        <ErrorAlert>{errorInfo(form.error).message}</ErrorAlert>
      ) : !form.data ? (
        <Loading />
      ) : (
        <form className="form df-form" onSubmit={submit} noValidate aria-labelledby={IDS.heading}>
          <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId={IDS.usedAmount} />
          {partial && (
            <SelectField id={IDS.year} label={t("devfunds.multiYear.chooseYear")} value={year} onChange={(e) => setYear(e.target.value)} errors={of("year")}>
              {partial.years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </SelectField>
          )}
          <KronorField
            id={IDS.usedAmount}
            label={t(partial ? "devfunds.multiYear.usedAmount" : "devfunds.followUp.usedAmount")}
            hint={t(partial ? "devfunds.multiYear.usedHint" : "devfunds.followUp.usedHint", { granted: formatAmount(granted) })}
            value={used}
            onChange={(e) => set("usedAmount", e.target.value)}
            errors={of("usedAmount")}
          />
          {areas.length > 0 && (
            <fieldset className={`fieldset df-fu-areas${errors.of("answers")?.length ? " field--error" : ""}`} id={IDS.answers}>
              <legend>{t("devfunds.followUp.amountsPerArea")}</legend>
              <p className="field__hint">{t("devfunds.followUp.amountsPerAreaHint")}</p>
              {areas.map((q) => field(q, ++position))}
              <p className="df-fu-sum" aria-live="polite">
                {t("devfunds.followUp.areaSum", {
                  sum: formatAmount(areaSum),
                  used: usedValue != null && Number.isFinite(usedValue) ? formatAmount(usedValue) : "–",
                })}
              </p>
              {!!errors.of("answers")?.length && <p className="field__error">{errors.of("answers")!.join(" ")}</p>}
            </fieldset>
          )}
          {sections.map((s) => (
            <fieldset key={s.name ?? ""} className="fieldset">
              {s.name && <legend>{s.name}</legend>}
              {s.items.map((q) => field(q, ++position))}
            </fieldset>
          ))}
          <TextAreaField
            id={IDS.report}
            label={t(partial ? "devfunds.multiYear.report" : "devfunds.followUp.report")}
            hint={partial ? undefined : t("devfunds.followUp.reportHint")}
            rows={6}
            value={report}
            onChange={(e) => set("report", e.target.value)}
            errors={of("report")}
          />
          {!partial && repay != null && repay > 0 && <p className="df-repay-note">{t("devfunds.followUp.willRepay", { amount: formatAmount(repay) })}</p>}
          <div className="button-row">
            <button type="submit" className="button" disabled={loading}>
              {t(partial ? "devfunds.multiYear.submit" : "devfunds.followUp.submit")}
            </button>
            {loading && (
              <span className="inline-status" role="status">
                {t("common.saving")}
              </span>
            )}
          </div>
        </form>
      )}
    </div>
  );
}
