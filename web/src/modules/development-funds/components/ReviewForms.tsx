import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { type FieldErrors, type Resolver, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import i18n from "../../../app/i18n";
import { RadioGroup, TextAreaField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { errorPaths, useFormErrors } from "../../../app/ui/useFormErrors";
import { Loading } from "../../../app/ui/Loading";
import type { DevFundReviewTaskFieldsFragment } from "../../../generated/graphql";
import { DevFundCriteriaQuery, DevFundDeclareMutation, DevFundReviewScoreMutation } from "../operations";

const tr = (key: string, params?: Record<string, unknown>) => i18n.t(`devfunds.assessment.${key}`, params);

type Choice = "NONE" | "JAV";
interface DeclareValues {
  choice: Choice | null;
  reason: string;
}

function declareSchema() {
  return z.object({ choice: z.enum(["NONE", "JAV"]).nullable(), reason: z.string().max(2000, { error: () => tr("reasonTooLong") }) }).superRefine((v, ctx) => {
    if (!v.choice) ctx.addIssue({ code: "custom", path: ["choice"], message: tr("chooseDeclaration") });
    else if (v.choice === "JAV" && !v.reason.trim()) ctx.addIssue({ code: "custom", path: ["reason"], message: tr("reasonRequired") });
  });
}

/** Jäv (förvaltningslagen 16–18 §§): before the application opens, the reviewer declares whether they are disqualified. */
export function DeclareForm({ task, onDone }: { task: DevFundReviewTaskFieldsFragment; onDone(message: string): void }) {
  const { t } = useTranslation();
  const prefix = `rv-declare-${task.applicationId}`;
  const errors = useFormErrors();
  const [declare, { loading }] = useMutation(DevFundDeclareMutation, { refetchQueries: ["DevFundMyReviews"], awaitRefetchQueries: true });
  const form = useForm<DeclareValues>({
    defaultValues: { choice: null, reason: "" },
    resolver: (values, context, options) => (zodResolver(declareSchema()) as unknown as Resolver<DeclareValues>)(values, context, options),
    shouldFocusError: false,
  });
  const values = useWatch({ control: form.control }) as DeclareValues;
  const live = errorPaths(form.formState.errors);
  const of = (path: string) => live[path] ?? errors.of(path);

  async function send(v: DeclareValues) {
    try {
      await declare({ variables: { applicationId: task.applicationId, input: { disqualified: v.choice === "JAV", reason: v.reason.trim() || null } } });
      onDone(v.choice === "JAV" ? t("devfunds.assessment.declaredJav", { title: task.title }) : t("devfunds.assessment.declaredNone", { title: task.title }));
    } catch (err) {
      errors.fail(err);
    }
  }
  const invalid = (found: FieldErrors<DeclareValues>) => errors.check(errorPaths(found));

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit(send, invalid)}>
      <FormErrorSummary failure={errors.failure} idFor={(p) => (p === "reason" ? `${prefix}-reason` : `${prefix}-choice`)} fallbackId={`${prefix}-choice`} />
      <RadioGroup<Choice>
        id={`${prefix}-choice`}
        legend={t("devfunds.assessment.declareLegend", { applicant: task.applicantName })}
        hint={t("devfunds.assessment.declareHint")}
        value={values.choice}
        onChange={(v) => form.setValue("choice", v, { shouldValidate: form.formState.isSubmitted })}
        options={[
          { value: "NONE", label: t("devfunds.assessment.notDisqualified") },
          { value: "JAV", label: t("devfunds.assessment.disqualified") },
        ]}
        errors={of("choice")}
      />
      {values.choice === "JAV" && (
        <TextAreaField id={`${prefix}-reason`} label={t("devfunds.assessment.reason")} rows={3} {...form.register("reason")} errors={of("reason")} />
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t("devfunds.assessment.declare")}
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

interface ScoreValues {
  points: Record<string, string>;
  comment: string;
}

function scoreSchema(criteria: { id: string; maxPoints: number }[]) {
  return z.object({ points: z.record(z.string(), z.string()), comment: z.string().max(5000, { error: () => tr("commentTooLong") }) }).superRefine((v, ctx) => {
    for (const c of criteria) {
      const raw = (v.points[c.id] ?? "").trim();
      const n = Number(raw);
      if (!raw || !Number.isInteger(n) || n < 0 || n > c.maxPoints)
        ctx.addIssue({ code: "custom", path: ["points", c.id], message: tr("pointsRange", { max: c.maxPoints }) });
    }
    if (!v.comment.trim()) ctx.addIssue({ code: "custom", path: ["comment"], message: tr("commentRequired") });
  });
}

/** Scores on every criterion of the call (0 to its maximum) with a comment; scoring again replaces the reviewer's scores. */
export function CriteriaScoreForm({ task, onDone }: { task: DevFundReviewTaskFieldsFragment; onDone(message: string): void }) {
  const { t } = useTranslation();
  const { data } = useQuery(DevFundCriteriaQuery, { variables: { callId: task.callId } });
  const criteria = data?.grantCall.assessmentCriteria;
  if (!criteria) return <Loading />;
  return <ScoreFields task={task} criteria={criteria} onDone={onDone} t={t} />;
}

function ScoreFields({
  task,
  criteria,
  onDone,
  t,
}: {
  task: DevFundReviewTaskFieldsFragment;
  criteria: { id: string; name: string; nameEn?: string | null; maxPoints: number }[];
  onDone(message: string): void;
  t: (key: string, params?: Record<string, unknown>) => string;
}) {
  const prefix = `rv-score-${task.applicationId}`;
  const errors = useFormErrors();
  const [score, { loading }] = useMutation(DevFundReviewScoreMutation, { refetchQueries: ["DevFundMyReviews"], awaitRefetchQueries: true });
  const mine = new Map(task.scores.map((s) => [s.criterionId, String(s.points)]));
  const form = useForm<ScoreValues>({
    defaultValues: { points: Object.fromEntries(criteria.map((c) => [c.id, mine.get(c.id) ?? ""])), comment: task.comment ?? "" },
    resolver: (values, context, options) => (zodResolver(scoreSchema(criteria)) as unknown as Resolver<ScoreValues>)(values, context, options),
    shouldFocusError: false,
  });
  const live = errorPaths(form.formState.errors);
  const of = (path: string) => live[path] ?? errors.of(path);
  const name = (c: { name: string; nameEn?: string | null }) => (i18n.language === "en" && c.nameEn ? c.nameEn : c.name);
  const idFor = (path: string) => (path.startsWith("points.") ? `${prefix}-${path.slice(7)}` : path === "comment" ? `${prefix}-comment` : undefined);

  async function send(v: ScoreValues) {
    try {
      const res = await score({
        variables: {
          applicationId: task.applicationId,
          input: { scores: criteria.map((c) => ({ criterionId: c.id, points: Number(v.points[c.id]) })), comment: v.comment.trim() },
        },
      });
      onDone(t("devfunds.assessment.scored", { title: task.title, total: res.data?.scoreApplication.total ?? "" }));
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit(send, (found) => errors.check(errorPaths(found)))}>
      <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId={`${prefix}-${criteria[0]?.id}`} />
      {criteria.map((c) => (
        <TextField
          key={c.id}
          id={`${prefix}-${c.id}`}
          label={t("devfunds.assessment.pointsFor", { name: name(c), max: c.maxPoints })}
          inputMode="numeric"
          {...form.register(`points.${c.id}`)}
          errors={of(`points.${c.id}`)}
        />
      ))}
      <TextAreaField id={`${prefix}-comment`} label={t("devfunds.assessment.comment")} rows={4} {...form.register("comment")} errors={of("comment")} />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t("devfunds.assessment.saveScores")}
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
