import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatAmount, parseKronor } from "../../../app/format";
import { CheckboxGroup, TextAreaField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { FundUseCategory } from "../../../generated/graphql";
import { AmountRows } from "../../../app/ui/AmountRows";
import { checkRows, devFundRowsTexts, fundUseOptions, newAmountRow, rowsSum } from "./amountRows";
import { ASSESSMENT_METHODS, kronorInput, TARGET_GROUPS } from "../labels";
import { DevFundFollowUpMutation, DevFundMyAllotmentQuery as MyAllotmentQuery } from "../operations";
import type { MyRequisition, Round } from "../round";
import { KronorField } from "../../../app/ui/AmountInput";

const OTHER = "__other";
const IDS: Record<string, string> = {
  usedAmount: "df-fu-used",
  usedByCategory: "df-fu-use",
  coordinatorPlacement: "df-fu-coordinator",
  targetGroups: "df-fu-groups",
  assessmentMethods: "df-fu-methods",
  report: "df-fu-report",
  otherGroups: "df-fu-groups-other",
  otherMethods: "df-fu-methods-other",
};

function idFor(path: string): string | undefined {
  const m = /^usedByCategory\.(\d+)\.(category|amount)$/.exec(path);
  if (m) return `df-fu-use-${m[1]}-${m[2]}`;
  return IDS[path.split(".")[0]];
}

/** "Annat: a, b" typed by the user → ["a", "b"]. */
function splitOther(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Återrapportering: what was used, per category, by whom, for whom and with which methods. */
export function FollowUpForm({ requisition: r, round, onDone }: { requisition: MyRequisition; round: Round; onDone(message: string): void }) {
  const { t } = useTranslation();
  const granted = r.grantedAmount ?? 0;
  const [used, setUsed] = useState(kronorInput(granted));
  const [rows, setRows] = useState(() => (r.budgetLines.length ? r.budgetLines.map((b) => newAmountRow(b.category, kronorInput(b.amount))) : [newAmountRow()]));
  const [coordinator, setCoordinator] = useState("");
  const [groups, setGroups] = useState<string[]>([]);
  const [otherGroups, setOtherGroups] = useState("");
  const [methods, setMethods] = useState<string[]>([]);
  const [otherMethods, setOtherMethods] = useState("");
  const [report, setReport] = useState("");
  const errors = useFormErrors();
  const [submitFollowUp, { loading }] = useMutation(DevFundFollowUpMutation, {
    refetchQueries: [{ query: MyAllotmentQuery, variables: { roundId: round.id } }],
    awaitRefetchQueries: true,
  });
  const usedValue = parseKronor(used);
  const repay = usedValue != null && Number.isFinite(usedValue) ? Math.max(0, granted - usedValue) : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = { ...checkRows(rows, "usedByCategory", t) };
    delete local.usedByCategory;
    if (usedValue == null || !Number.isFinite(usedValue) || usedValue < 0) local.usedAmount = [t("devfunds.followUp.usedInvalid")];
    else if (usedValue > granted) local.usedAmount = [t("devfunds.followUp.usedTooHigh", { granted: formatAmount(granted) })];
    else if (rows.length && rowsSum(rows) !== usedValue && !Object.keys(local).some((k) => k.startsWith("usedByCategory")))
      local.usedByCategory = [t("devfunds.followUp.useSum", { sum: formatAmount(rowsSum(rows)), used: formatAmount(usedValue) })];
    if (groups.includes(OTHER) && !splitOther(otherGroups).length) local.otherGroups = [t("devfunds.followUp.otherRequired")];
    if (methods.includes(OTHER) && !splitOther(otherMethods).length) local.otherMethods = [t("devfunds.followUp.otherRequired")];
    if (!report.trim()) local.report = [t("devfunds.followUp.reportRequired")];
    if (!errors.check(local)) return;
    try {
      const res = await submitFollowUp({
        variables: {
          input: {
            applicationId: r.id,
            usedAmount: usedValue!,
            report: report.trim(),
            usedByCategory: rows.map((row) => ({ category: row.category as FundUseCategory, amount: parseKronor(row.amount)! })),
            coordinatorPlacement: coordinator.trim() || null,
            targetGroups: [...groups.filter((g) => g !== OTHER), ...(groups.includes(OTHER) ? splitOther(otherGroups) : [])],
            assessmentMethods: [...methods.filter((m) => m !== OTHER), ...(methods.includes(OTHER) ? splitOther(otherMethods) : [])],
          },
        },
      });
      const app = res.data!.submitDevelopmentFundFollowUp;
      onDone(app.status === "REPAYMENT_DUE" ? t("devfunds.followUp.sentRepay", { amount: formatAmount(app.repaymentAmount) }) : t("devfunds.followUp.sent"));
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <div className="df-followup">
      <h3 id="df-fu-heading">{t("devfunds.followUp.heading")}</h3>
      <p>{t("devfunds.followUp.intro", { granted: formatAmount(granted), date: round.followUpDueDate })}</p>
      <form className="form df-form" onSubmit={submit} noValidate aria-labelledby="df-fu-heading">
        <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId="df-fu-used" />
        <KronorField
          id={IDS.usedAmount}
          label={t("devfunds.followUp.usedAmount")}
          hint={t("devfunds.followUp.usedHint", { granted: formatAmount(granted) })}
          value={used}
          onChange={(e) => setUsed(e.target.value)}
          errors={errors.of("usedAmount")}
        />
        <AmountRows
          id="df-fu-use"
          legend={t("devfunds.followUp.usedByCategory")}
          rows={rows}
          onChange={setRows}
          newRow={newAmountRow}
          categoryOptions={fundUseOptions(t)}
          target={usedValue != null && Number.isFinite(usedValue) ? usedValue : null}
          texts={devFundRowsTexts(t, t("devfunds.followUp.targetLabel"))}
          errors={errors.of("usedByCategory")}
          rowErrors={(i, f) => errors.of(`usedByCategory.${i}.${f}`)}
        />
        <TextField
          id={IDS.coordinatorPlacement}
          label={t("devfunds.followUp.coordinator")}
          hint={t("devfunds.followUp.coordinatorHint")}
          value={coordinator}
          onChange={(e) => setCoordinator(e.target.value)}
          errors={errors.of("coordinatorPlacement")}
        />
        <CheckboxGroup<string>
          id={IDS.targetGroups}
          legend={t("devfunds.followUp.targetGroups")}
          value={groups}
          onChange={setGroups}
          options={[
            ...TARGET_GROUPS.map((g) => ({ value: g.value, label: t(`devfunds.targetGroup.${g.key}`) })),
            { value: OTHER, label: t("devfunds.followUp.other") },
          ]}
          errors={errors.of("targetGroups")}
        />
        {groups.includes(OTHER) && (
          <TextField
            id={IDS.otherGroups}
            label={t("devfunds.followUp.otherGroups")}
            hint={t("devfunds.followUp.otherHint")}
            fieldClassName="df-indent"
            value={otherGroups}
            onChange={(e) => setOtherGroups(e.target.value)}
            errors={errors.of("otherGroups")}
          />
        )}
        <CheckboxGroup<string>
          id={IDS.assessmentMethods}
          legend={t("devfunds.followUp.methods")}
          inline
          value={methods}
          onChange={setMethods}
          options={[
            ...ASSESSMENT_METHODS.map((m) => ({ value: m.value, label: t(`devfunds.method.${m.key}`) })),
            { value: OTHER, label: t("devfunds.followUp.other") },
          ]}
          errors={errors.of("assessmentMethods")}
        />
        {methods.includes(OTHER) && (
          <TextField
            id={IDS.otherMethods}
            label={t("devfunds.followUp.otherMethods")}
            hint={t("devfunds.followUp.otherHint")}
            fieldClassName="df-indent"
            value={otherMethods}
            onChange={(e) => setOtherMethods(e.target.value)}
            errors={errors.of("otherMethods")}
          />
        )}
        <TextAreaField
          id={IDS.report}
          label={t("devfunds.followUp.report")}
          hint={t("devfunds.followUp.reportHint")}
          rows={6}
          value={report}
          onChange={(e) => setReport(e.target.value)}
          errors={errors.of("report")}
        />
        {repay != null && repay > 0 && <p className="df-repay-note">{t("devfunds.followUp.willRepay", { amount: formatAmount(repay) })}</p>}
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t("devfunds.followUp.submit")}
          </button>
          {loading && (
            <span className="inline-status" role="status">
              {t("common.saving")}
            </span>
          )}
        </div>
      </form>
    </div>
  );
}
