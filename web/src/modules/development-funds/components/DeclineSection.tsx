import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { type FieldErrors, type Resolver, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import i18n from "../../../app/i18n";
import { errorInfo } from "../../../app/errors";
import { formatDate } from "../../../app/format";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { RadioGroup, TextAreaField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { errorPaths, useFormErrors } from "../../../app/ui/useFormErrors";
import type { DeclineReason, DevFundMyAllotmentQuery } from "../../../generated/graphql";
import { DevFundDeclineAllotmentMutation, DevFundMyAllotmentQuery as MyAllotmentQuery, DevFundWithdrawDeclineMutation } from "../operations";
import type { Round } from "../round";

type Mine = DevFundMyAllotmentQuery["myAllotment"];

export const DECLINE_REASONS: DeclineReason[] = ["AMOUNT_TOO_SMALL", "NO_CAPACITY", "JOINT_WITH_OTHER_KOMMUN", "OTHER"];

interface DeclineValues {
  reason: DeclineReason | null;
  comment: string;
}

/** What the form checks before it asks: a reason, and a comment when the reason is "other". The server checks the same again. */
function declineSchema() {
  const t = (key: string) => i18n.t(`devfunds.decline.${key}`);
  return z
    .object({
      reason: z.enum(DECLINE_REASONS as [DeclineReason, ...DeclineReason[]]).nullable(),
      comment: z.string().max(1000, { error: () => t("commentTooLong") }),
    })
    .superRefine((v, ctx) => {
      if (!v.reason) ctx.addIssue({ code: "custom", path: ["reason"], message: t("reasonRequired") });
      else if (v.reason === "OTHER" && !v.comment.trim()) ctx.addIssue({ code: "custom", path: ["comment"], message: t("commentRequired") });
    });
}

const IDS: Record<string, string> = { reason: "df-decline-reason", comment: "df-decline-comment" };

/**
 * Avstå: a kommun or region that will not requisition says so, with a reason; while the window is
 * open the decline can be withdrawn to requisition after all. Shows only what the server offers.
 */
export function DeclineSection({ round, mine, onDone }: { round: Round; mine: Mine; onDone(message: string): void }) {
  const { t } = useTranslation();
  const offered = (a: string) => mine.availableActions.includes(a as never);
  const refetch = { refetchQueries: [{ query: MyAllotmentQuery, variables: { roundId: round.id } }], awaitRefetchQueries: true };
  const [decline, { loading: declining }] = useMutation(DevFundDeclineAllotmentMutation, refetch);
  const [withdraw, { loading: withdrawing, error: withdrawError }] = useMutation(DevFundWithdrawDeclineMutation, refetch);
  const [open, setOpen] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const errors = useFormErrors();
  const form = useForm<DeclineValues>({
    defaultValues: { reason: null, comment: "" },
    resolver: (values, context, options) => (zodResolver(declineSchema()) as unknown as Resolver<DeclineValues>)(values, context, options),
    shouldFocusError: false,
  });
  const values = useWatch({ control: form.control }) as DeclineValues;
  const live = errorPaths(form.formState.errors);
  const of = (path: string) => live[path] ?? errors.of(path);
  const allotment = mine.allotment;

  if (mine.status === "DECLINED" && allotment) {
    return (
      <section className="section df-declined" aria-labelledby="df-declined-heading">
        <h2 id="df-declined-heading">{t("devfunds.decline.declinedHeading")}</h2>
        <p id="df-declined-text">
          {t("devfunds.decline.declinedText", { date: formatDate(allotment.declinedAt!), reason: t(`devfunds.declineReason.${allotment.declineReason!}`) })}
        </p>
        {allotment.declineComment && (
          <p>
            <span className="muted">{t("devfunds.decline.comment")}:</span> {allotment.declineComment}
          </p>
        )}
        {offered("WITHDRAW_DECLINE") ? (
          <>
            <p>{t("devfunds.decline.withdrawIntro", { date: formatDate(round.closesAt) })}</p>
            {withdrawError && <p className="field__error">{errorInfo(withdrawError).message}</p>}
            <div className="button-row">
              <button
                type="button"
                className="button button--secondary"
                disabled={withdrawing}
                onClick={() =>
                  void withdraw({ variables: { roundId: round.id } })
                    .then(() => onDone(t("devfunds.decline.withdrawn")))
                    .catch(() => undefined)
                }
              >
                {t("devfunds.decline.withdraw")}
              </button>
              {withdrawing && (
                <span className="inline-status" role="status">
                  {t("devfunds.decline.withdrawing")}
                </span>
              )}
            </div>
          </>
        ) : null}
      </section>
    );
  }
  if (!offered("DECLINE")) return null;

  function invalid(found: FieldErrors<DeclineValues>) {
    errors.check(errorPaths(found));
  }
  async function confirm() {
    setConfirmError(null);
    try {
      await decline({ variables: { input: { roundId: round.id, reason: values.reason!, comment: values.comment.trim() } } });
      setConfirming(false);
      onDone(t("devfunds.decline.done", { year: round.year }));
    } catch (err) {
      const info = errors.fail(err);
      if (Object.keys(info.paths).length) setConfirming(false);
      else setConfirmError(info.message);
    }
  }

  return (
    <section className="section" aria-labelledby="df-decline-heading">
      <h2 id="df-decline-heading">{t("devfunds.decline.heading")}</h2>
      <p>{t("devfunds.decline.intro", { date: formatDate(round.closesAt) })}</p>
      {!open ? (
        <div className="button-row">
          <button type="button" className="button button--secondary" aria-expanded={false} aria-controls="df-decline-form" onClick={() => setOpen(true)}>
            {t("devfunds.decline.start")}
          </button>
        </div>
      ) : (
        <form
          id="df-decline-form"
          className="form df-form"
          noValidate
          onSubmit={(e) =>
            void form.handleSubmit(() => {
              errors.clear();
              setConfirmError(null);
              setConfirming(true);
            }, invalid)(e)
          }
        >
          <FormErrorSummary failure={errors.failure} idFor={(p) => IDS[p]} fallbackId={IDS.reason} />
          <RadioGroup<DeclineReason>
            id={IDS.reason}
            legend={t("devfunds.decline.reason")}
            required
            value={values.reason}
            onChange={(v) => form.setValue("reason", v, { shouldValidate: form.formState.isSubmitted })}
            options={DECLINE_REASONS.map((r) => ({ value: r, label: t(`devfunds.declineReason.${r}`) }))}
            errors={of("reason")}
          />
          <TextAreaField
            id={IDS.comment}
            label={t("devfunds.decline.comment")}
            hint={t("devfunds.decline.commentHint")}
            required={values.reason === "OTHER"}
            value={values.comment}
            onChange={(e) => form.setValue("comment", e.target.value, { shouldValidate: form.formState.isSubmitted })}
            errors={of("comment")}
          />
          <div className="button-row">
            <button type="submit" className="button">
              {t("devfunds.decline.submit")}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {t("devfunds.decline.cancel")}
            </button>
          </div>
        </form>
      )}
      <ConfirmDialog
        open={confirming}
        title={t("devfunds.decline.confirmTitle", { year: round.year })}
        confirmLabel={t("devfunds.decline.submit")}
        danger
        busy={declining}
        error={confirmError}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      >
        <p>{t("devfunds.decline.confirmBody", { reason: values.reason ? t(`devfunds.declineReason.${values.reason}`) : "" })}</p>
        <p>{t("devfunds.decline.confirmFinal", { date: formatDate(round.closesAt) })}</p>
      </ConfirmDialog>
    </section>
  );
}
