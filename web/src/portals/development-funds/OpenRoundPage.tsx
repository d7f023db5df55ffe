import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router-dom";
import { formatAmount, parseKronor } from "../../app/format";
import { addDays, isDate, stockholmToIso, todayInStockholm } from "../../app/stockholmTime";
import { TextField } from "../../app/ui/Field";
import { FormErrorSummary } from "../../app/ui/FormErrorSummary";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { useFormErrors } from "../../app/ui/useFormErrors";
import { kronorInput } from "../../modules/development-funds/labels";
import { DevFundOpenRoundMutation, DevFundRoundsQuery } from "../../modules/development-funds/operations";
import { DateField } from "../../app/ui/DateTimeFields";
import { KronorField } from "../../app/ui/AmountInput";

/** The 2020 amounts, the defaults of a new round. */
const DEFAULTS = { kommunPot: 75_000_000, regionPot: 31_500_000, ngoPot: 8_000_000, floorAmount: 80_000 };
const WINDOW_DAYS = 60;

const IDS: Record<string, string> = {
  year: "df-open-year",
  kommunPot: "df-open-kommun",
  regionPot: "df-open-region",
  ngoPot: "df-open-ngo",
  floorAmount: "df-open-floor",
  opensAt: "df-open-opens",
  closesAt: "df-open-closes",
  followUpDueDate: "df-open-followup",
  usableUntil: "df-open-usable-until",
};

/** Öppna utvecklingsmedel: a year's three pots, the floor per kommun and the requisition window. */
export function OpenRoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  useDocumentTitle(t("devfunds.open.title"));
  const rounds = useQuery(DevFundRoundsQuery);
  const today = todayInStockholm();
  const taken = new Set(rounds.data?.developmentFundRounds.map((r) => r.year) ?? []);
  let suggested = Number(today.slice(0, 4));
  while (taken.has(suggested)) suggested++;

  const [year, setYear] = useState<string | null>(null);
  const [kommunPot, setKommunPot] = useState(kronorInput(DEFAULTS.kommunPot));
  const [regionPot, setRegionPot] = useState(kronorInput(DEFAULTS.regionPot));
  const [ngoPot, setNgoPot] = useState(kronorInput(DEFAULTS.ngoPot));
  const [floor, setFloor] = useState(kronorInput(DEFAULTS.floorAmount));
  const [opens, setOpens] = useState(today);
  const [closes, setCloses] = useState(addDays(today, WINDOW_DAYS));
  const [followUp, setFollowUp] = useState<string | null>(null);
  const [usableUntil, setUsableUntil] = useState("");
  const errors = useFormErrors();
  const [open, { loading }] = useMutation(DevFundOpenRoundMutation, { refetchQueries: [{ query: DevFundRoundsQuery }] });

  // Until typed, the year is the first one without a round, and the follow-up is due 31 May after it.
  const yearText = year ?? String(suggested);
  const followUpText = followUp ?? (/^\d{4}$/.test(yearText) ? `${Number(yearText) + 1}-05-31` : "");

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    const y = Number(yearText);
    if (!/^\d{4}$/.test(yearText.trim()) || y < 2000 || y > 2100) local.year = [t("devfunds.open.yearInvalid")];
    else if (taken.has(y)) local.year = [t("devfunds.open.yearTaken", { year: y })];
    const amounts = { kommunPot: parseKronor(kommunPot), regionPot: parseKronor(regionPot), ngoPot: parseKronor(ngoPot), floorAmount: parseKronor(floor) };
    for (const [key, value] of Object.entries(amounts)) if (value == null || !Number.isFinite(value)) local[key] = [t("devfunds.open.amountInvalid")];
    if (!isDate(opens)) local.opensAt = [t("devfunds.dateInvalid")];
    if (!isDate(closes)) local.closesAt = [t("devfunds.dateInvalid")];
    else if (isDate(opens) && closes < opens) local.closesAt = [t("devfunds.open.closesBeforeOpens")];
    if (!isDate(followUpText)) local.followUpDueDate = [t("devfunds.dateInvalid")];
    // Whether the date is sane for the year is the server's to say (its message lands on the field).
    if (usableUntil.trim() && !isDate(usableUntil.trim())) local.usableUntil = [t("devfunds.dateInvalid")];
    if (!errors.check(local)) return;
    try {
      const res = await open({
        variables: {
          input: {
            year: y,
            kommunPot: amounts.kommunPot!,
            regionPot: amounts.regionPot!,
            ngoPot: amounts.ngoPot!,
            floorAmount: amounts.floorAmount!,
            // The window runs from the start of the first day to the end of the last, Swedish time.
            opensAt: stockholmToIso(opens, "00:00")!,
            closesAt: new Date(new Date(stockholmToIso(addDays(closes, 1), "00:00")!).getTime() - 1000).toISOString(),
            followUpDueDate: followUpText,
            usableUntil: usableUntil.trim() || null,
          },
        },
      });
      const round = res.data!.openDevelopmentFundRound;
      void navigate(`/utvecklingsmedel/omgangar/${round.id}`, { state: { flash: t("devfunds.open.done", { year: round.year }) } });
    } catch (err) {
      const info = errors.fail(err);
      if (info.messageKey === "devfunds.roundExists") errors.check({ year: [info.message] });
    }
  }

  const total = [kommunPot, regionPot, ngoPot].map(parseKronor).reduce<number>((s, v) => s + (v != null && Number.isFinite(v) ? v : 0), 0);

  return (
    <div className="df-narrow">
      <p className="breadcrumb">
        <Link to="/utvecklingsmedel">{t("devfunds.home.title")}</Link>
      </p>
      <h1>{t("devfunds.open.title")}</h1>
      <p className="lead">{t("devfunds.open.intro")}</p>
      <form className="form" onSubmit={submit} noValidate>
        <FormErrorSummary failure={errors.failure} idFor={(p) => IDS[p.split(".")[0]]} fallbackId="df-open-year" />
        <TextField
          id={IDS.year}
          label={t("devfunds.open.year")}
          inputMode="numeric"
          className="input--short"
          value={yearText}
          onChange={(e) => setYear(e.target.value)}
          errors={errors.of("year")}
        />
        <fieldset className="fieldset">
          <legend>{t("devfunds.open.potsLegend")}</legend>
          <p className="field__hint">{t("devfunds.open.potsHint")}</p>
          <KronorField
            id={IDS.kommunPot}
            label={t("devfunds.open.kommunPot")}
            value={kommunPot}
            onChange={(e) => setKommunPot(e.target.value)}
            errors={errors.of("kommunPot")}
          />
          <KronorField
            id={IDS.regionPot}
            label={t("devfunds.open.regionPot")}
            value={regionPot}
            onChange={(e) => setRegionPot(e.target.value)}
            errors={errors.of("regionPot")}
          />
          <KronorField
            id={IDS.ngoPot}
            label={t("devfunds.open.ngoPot")}
            value={ngoPot}
            onChange={(e) => setNgoPot(e.target.value)}
            errors={errors.of("ngoPot")}
          />
          <p className="df-sum">{t("devfunds.open.total", { amount: formatAmount(total) })}</p>
        </fieldset>
        <KronorField
          id={IDS.floorAmount}
          label={t("devfunds.open.floor")}
          hint={t("devfunds.open.floorHint")}
          value={floor}
          onChange={(e) => setFloor(e.target.value)}
          errors={errors.of("floorAmount")}
        />
        <fieldset className="fieldset">
          <legend>{t("devfunds.open.windowLegend")}</legend>
          <p className="field__hint">{t("devfunds.open.windowHint")}</p>
          <div className="form-grid">
            <DateField
              id={IDS.opensAt}
              label={t("devfunds.open.opens")}
              value={opens}
              onChange={(e) => setOpens(e.target.value)}
              errors={errors.of("opensAt")}
            />
            <DateField
              id={IDS.closesAt}
              label={t("devfunds.open.closes")}
              value={closes}
              onChange={(e) => setCloses(e.target.value)}
              errors={errors.of("closesAt")}
            />
          </div>
        </fieldset>
        <DateField
          id={IDS.followUpDueDate}
          label={t("devfunds.open.followUp")}
          hint={t("devfunds.open.followUpHint")}
          value={followUpText}
          onChange={(e) => setFollowUp(e.target.value)}
          errors={errors.of("followUpDueDate")}
        />
        <DateField
          id={IDS.usableUntil}
          label={t("devfunds.multiYear.usableUntil")}
          hint={t("devfunds.multiYear.usableUntilHint")}
          value={usableUntil}
          onChange={(e) => setUsableUntil(e.target.value)}
          errors={errors.of("usableUntil")}
        />
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t("devfunds.open.submit")}
          </button>
          <Link to="/utvecklingsmedel" className="button button--secondary">
            {t("common.cancel")}
          </Link>
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
