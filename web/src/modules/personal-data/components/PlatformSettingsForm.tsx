import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { CheckboxField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { PlatformSettingsQuery as Data } from "../../../generated/graphql";
import { UpdatePlatformSettingsMutation } from "../operations";

type Settings = Data["platformSettings"];

/** The retention period and the two-factor requirement for money, each with the environment's default beside it. */
export function PlatformSettingsForm({ settings }: { settings: Settings }) {
  const { t } = useTranslation();
  const [months, setMonths] = useState(String(settings.retentionMonths));
  const [requireTotp, setRequireTotp] = useState(settings.requireTotpForMoney);
  const [done, setDone] = useState("");
  const errors = useFormErrors();
  const [save, { loading }] = useMutation(UpdatePlatformSettingsMutation);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone("");
    const value = Number(months.trim());
    if (!errors.check(/^\d+$/.test(months.trim()) && value >= 1 && value <= 240 ? {} : { retentionMonths: [t("platformSettings.monthsInvalid")] })) return;
    try {
      await save({ variables: { input: { retentionMonths: value, requireTotpForMoney: requireTotp } } });
      errors.clear();
      setDone(t("platformSettings.saved"));
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form card" onSubmit={(e) => void submit(e)} noValidate aria-busy={loading} aria-label={t("platformSettings.formLabel")}>
      <FormErrorSummary
        failure={errors.failure}
        idFor={(path) => (path === "retentionMonths" ? "settings-retention" : undefined)}
        fallbackId="settings-retention"
      />
      <TextField
        id="settings-retention"
        label={t("platformSettings.retentionMonths")}
        hint={t("platformSettings.retentionHint", { months: settings.retentionMonthsDefault })}
        inputMode="numeric"
        value={months}
        onChange={(e) => setMonths(e.target.value)}
        errors={errors.of("retentionMonths")}
        required
      />
      <CheckboxField
        id="settings-require-totp"
        label={t("platformSettings.requireTotp")}
        hint={t(settings.requireTotpForMoneyDefault ? "platformSettings.requireTotpHintOn" : "platformSettings.requireTotpHintOff")}
        checked={requireTotp}
        onChange={(e) => setRequireTotp(e.target.checked)}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {t("platformSettings.save")}
        </button>
        <span className="inline-status" role="status">
          {loading ? t("platformSettings.saving") : done}
        </span>
      </div>
    </form>
  );
}
