import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { type Resolver, useFieldArray, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import i18n from "../../../app/i18n";
import { errorInfo } from "../../../app/errors";
import { CheckboxGroup, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { Loading } from "../../../app/ui/Loading";
import { ErrorAlert } from "../../../app/ui/Messages";
import { errorPaths, useFormErrors } from "../../../app/ui/useFormErrors";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { DevFundAssignReviewersMutation, DevFundCallAssessmentQuery, DevFundRemoveReviewerMutation, DevFundSetCriteriaMutation } from "../operations";

const tr = (key: string) => i18n.t(`devfunds.assessment.${key}`);

interface CriteriaValues {
  criteria: { name: string; nameEn: string; maxPoints: string }[];
}

function criteriaSchema() {
  return z.object({
    criteria: z
      .array(
        z.object({
          name: z
            .string()
            .trim()
            .min(2, { error: () => tr("nameTheCriterion") })
            .max(200, { error: () => tr("nameTheCriterion") }),
          nameEn: z.string().max(200, { error: () => tr("nameTheCriterion") }),
          maxPoints: z.string().refine((v) => /^\d+$/.test(v.trim()) && Number(v) >= 1 && Number(v) <= 100, { error: () => tr("maxPointsRange") }),
        }),
      )
      .min(1, { error: () => tr("addACriterion") }),
  });
}

/**
 * Bedömning of the call: the criteria its applications are scored on, and the reviewers
 * (bedömare) who score them. Shown to whoever manages calls.
 */
export function AssessmentSetup({ callId }: { callId: string }) {
  const { t } = useTranslation();
  const { data, error } = useQuery(DevFundCallAssessmentQuery, { variables: { callId } });
  const [done, setDone] = useState("");
  const call = data?.grantCall;
  return (
    <section className="section" aria-labelledby="df-assessment">
      <h2 id="df-assessment">{t("devfunds.assessment.setupHeading")}</h2>
      <p>{t("devfunds.assessment.setupIntro")}</p>
      <LiveStatus>{done}</LiveStatus>
      {error && !call ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !call ? (
        <Loading />
      ) : (
        <>
          <CriteriaForm callId={callId} criteria={call.assessmentCriteria} onDone={setDone} />
          <ReviewersForm callId={callId} assigned={call.reviewers} eligible={call.eligibleReviewers} onDone={setDone} />
        </>
      )}
    </section>
  );
}

function CriteriaForm({
  callId,
  criteria,
  onDone,
}: {
  callId: string;
  criteria: { name: string; nameEn?: string | null; maxPoints: number }[];
  onDone(message: string): void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [save, { loading }] = useMutation(DevFundSetCriteriaMutation, { refetchQueries: ["DevFundCallAssessment"], awaitRefetchQueries: true });
  const form = useForm<CriteriaValues>({
    defaultValues: {
      criteria: criteria.length
        ? criteria.map((c) => ({ name: c.name, nameEn: c.nameEn ?? "", maxPoints: String(c.maxPoints) }))
        : [{ name: "", nameEn: "", maxPoints: "5" }],
    },
    resolver: (values, context, options) => (zodResolver(criteriaSchema()) as unknown as Resolver<CriteriaValues>)(values, context, options),
    shouldFocusError: false,
  });
  const rows = useFieldArray({ control: form.control, name: "criteria" });
  const live = errorPaths(form.formState.errors);
  const of = (path: string) => live[path] ?? errors.of(path);
  const idFor = (path: string) => {
    const m = /^criteria\.(\d+)\.(name|nameEn|maxPoints)$/.exec(path);
    return m ? `df-criterion-${m[1]}-${m[2]}` : undefined;
  };

  async function send(v: CriteriaValues) {
    try {
      await save({
        variables: {
          callId,
          criteria: v.criteria.map((c) => ({ name: c.name.trim(), nameEn: c.nameEn.trim() || null, maxPoints: Number(c.maxPoints) })),
        },
      });
      onDone(t("devfunds.assessment.criteriaSaved"));
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form" noValidate onSubmit={form.handleSubmit(send, (found) => errors.check(errorPaths(found)))}>
      <h3>{t("devfunds.assessment.criteriaHeading")}</h3>
      <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId="df-criterion-0-name" />
      {rows.fields.map((row, i) => (
        <fieldset key={row.id} className="fieldset">
          <legend>{t("devfunds.assessment.criterionN", { n: i + 1 })}</legend>
          <TextField
            id={`df-criterion-${i}-name`}
            label={t("devfunds.assessment.criterionName")}
            {...form.register(`criteria.${i}.name`)}
            errors={of(`criteria.${i}.name`)}
          />
          <TextField
            id={`df-criterion-${i}-nameEn`}
            label={t("devfunds.assessment.criterionNameEn")}
            lang="en"
            {...form.register(`criteria.${i}.nameEn`)}
            errors={of(`criteria.${i}.nameEn`)}
          />
          <TextField
            id={`df-criterion-${i}-maxPoints`}
            label={t("devfunds.assessment.maxPoints")}
            inputMode="numeric"
            {...form.register(`criteria.${i}.maxPoints`)}
            errors={of(`criteria.${i}.maxPoints`)}
          />
          {rows.fields.length > 1 && (
            <button type="button" className="button button--secondary" onClick={() => rows.remove(i)}>
              {t("devfunds.assessment.removeCriterion", { n: i + 1 })}
            </button>
          )}
        </fieldset>
      ))}
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={() => rows.append({ name: "", nameEn: "", maxPoints: "5" })}>
          {t("devfunds.assessment.addCriterion")}
        </button>
        <button type="submit" className="button" disabled={loading}>
          {t("devfunds.assessment.saveCriteria")}
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

function ReviewersForm({
  callId,
  assigned,
  eligible,
  onDone,
}: {
  callId: string;
  assigned: { id: string; name: string; canRemove: boolean }[];
  eligible: { id: string; name: string }[];
  onDone(message: string): void;
}) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<string[]>([]);
  const [removing, setRemoving] = useState<{ id: string; name: string } | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [remove, { loading: removeBusy }] = useMutation(DevFundRemoveReviewerMutation, {
    refetchQueries: ["DevFundCallAssessment"],
    awaitRefetchQueries: true,
  });
  const [message, setMessage] = useState<string | null>(null);
  const [assign, { loading }] = useMutation(DevFundAssignReviewersMutation, { refetchQueries: ["DevFundCallAssessment"], awaitRefetchQueries: true });
  const open = eligible.filter((u) => !assigned.some((a) => a.id === u.id));

  async function send() {
    setMessage(null);
    if (!chosen.length) return setMessage(t("devfunds.assessment.chooseReviewers"));
    try {
      await assign({ variables: { callId, userIds: chosen } });
      setChosen([]);
      onDone(t("devfunds.assessment.reviewersAssigned", { count: chosen.length }));
    } catch (err) {
      setMessage(errorInfo(err).message);
    }
  }

  async function confirmRemove() {
    if (!removing) return;
    setRemoveError(null);
    try {
      await remove({ variables: { callId, userId: removing.id } });
      onDone(t("devfunds.assessment.reviewerRemoved", { name: removing.name }));
      setRemoving(null);
    } catch (err) {
      setRemoveError(errorInfo(err).message);
    }
  }

  return (
    <div>
      <h3>{t("devfunds.assessment.reviewersHeading")}</h3>
      {assigned.length ? (
        <ul>
          {assigned.map((r) => (
            <li key={r.id}>
              {r.name}{" "}
              {r.canRemove && (
                <button type="button" className="button button--secondary button--small" onClick={() => setRemoving(r)}>
                  {t("devfunds.assessment.removeReviewer")}
                  <span className="visually-hidden"> {r.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("devfunds.assessment.noReviewers")}</p>
      )}
      {open.length > 0 && (
        <>
          <CheckboxGroup<string>
            id="df-reviewers"
            legend={t("devfunds.assessment.assignLegend")}
            value={chosen}
            onChange={setChosen}
            options={open.map((u) => ({ value: u.id, label: u.name }))}
            errors={message ? [message] : undefined}
          />
          <div className="button-row">
            <button type="button" className="button" disabled={loading} onClick={() => void send()}>
              {t("devfunds.assessment.assign")}
            </button>
            {loading && (
              <span className="inline-status" role="status">
                {t("common.saving")}
              </span>
            )}
          </div>
        </>
      )}
      <ConfirmDialog
        open={!!removing}
        title={t("devfunds.assessment.removeReviewerTitle", { name: removing?.name ?? "" })}
        confirmLabel={t("devfunds.assessment.removeReviewerConfirm")}
        danger
        busy={removeBusy}
        error={removeError}
        onConfirm={() => void confirmRemove()}
        onClose={() => {
          setRemoving(null);
          setRemoveError(null);
        }}
      >
        <p>{t("devfunds.assessment.removeReviewerBody", { name: removing?.name ?? "" })}</p>
      </ConfirmDialog>
    </div>
  );
}
