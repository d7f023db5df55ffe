import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../app/format";
import { TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { TrainingEventFieldsFragment } from "../../../generated/graphql";
import { OrganisationCombobox, type OrganisationOption } from "../../organisations/components/OrganisationCombobox";
import { LogTrainingEventParticipationMutation } from "../operations";

interface Row {
  key: string;
  organisation: OrganisationOption | null;
  participants: string;
}

let nextKey = 0;
const newRow = (organisation: OrganisationOption | null = null, participants = ""): Row => {
  nextKey += 1;
  return { key: `log-${nextKey}`, organisation, participants };
};

/** For an event held without registrations here: how many took part from each organisation. */
export function ParticipationLogForm({ event, onNotice }: { event: TrainingEventFieldsFragment; onNotice(message: string): void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<Row[]>(() =>
    event.participationLogs.length ? event.participationLogs.map((l) => newRow(l.organisation, String(l.participants))) : [newRow()],
  );
  const errors = useFormErrors();
  const [log, { loading }] = useMutation(LogTrainingEventParticipationMutation);
  const total = rows.reduce((s, r) => s + (Number(r.participants) || 0), 0);
  const update = (i: number, change: Partial<Row>) => setRows((old) => old.map((r, j) => (j === i ? { ...r, ...change } : r)));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    rows.forEach((r, i) => {
      if (!r.organisation) local[`counts.${i}.organisation`] = [t("trainings.log.organisationRequired", { n: i + 1 })];
      if (!/^\d+$/.test(r.participants.trim())) local[`counts.${i}.participants`] = [t("trainings.log.countInvalid", { n: i + 1 })];
    });
    const ids = rows.map((r) => r.organisation?.id).filter(Boolean);
    if (new Set(ids).size !== ids.length) local.counts = [t("trainings.log.duplicate")];
    if (!errors.check(local)) return;
    try {
      await log({ variables: { id: event.id, counts: rows.map((r) => ({ organisationId: r.organisation!.id, participants: Number(r.participants) })) } });
      errors.clear();
      onNotice(t("trainings.log.saved", { count: total }));
    } catch (err) {
      errors.fail(err);
    }
  }

  const idFor = (path: string) => {
    const m = /^counts\.(\d+)\.(organisation|participants)$/.exec(path);
    return m ? `log-${m[1]}-${m[2]}` : path === "counts" ? "log-0-organisation" : undefined;
  };

  return (
    <section className="section card" aria-labelledby="log-heading">
      <h2 id="log-heading">{t("trainings.log.heading")}</h2>
      <p>{t("trainings.log.intro")}</p>
      <FormErrorSummary failure={errors.failure} idFor={idFor} fallbackId="log-0-organisation" />
      <form className="form" onSubmit={submit} noValidate aria-busy={loading}>
        <ol className="rows">
          {rows.map((r, i) => (
            <li key={r.key} className="rows__row">
              <OrganisationCombobox
                id={`log-${i}-organisation`}
                label={t("trainings.log.organisation", { n: i + 1 })}
                value={r.organisation}
                onChange={(org) => update(i, { organisation: org })}
                errors={errors.of(`counts.${i}.organisation`)}
              />
              <TextField
                id={`log-${i}-participants`}
                type="number"
                min={0}
                className="input--short"
                label={t("trainings.log.participants", { n: i + 1 })}
                value={r.participants}
                onChange={(e) => update(i, { participants: e.target.value })}
                errors={errors.of(`counts.${i}.participants`)}
              />
              {rows.length > 1 && (
                <button type="button" className="button button--small button--danger-quiet" onClick={() => setRows((old) => old.filter((_, j) => j !== i))}>
                  {t("trainings.log.remove", { n: i + 1 })}
                </button>
              )}
            </li>
          ))}
        </ol>
        <button type="button" className="button button--secondary button--small" onClick={() => setRows((old) => [...old, newRow()])}>
          {t("trainings.log.add")}
        </button>
        <p>{t("trainings.log.total", { total: formatNumber(total) })}</p>
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t("trainings.log.save")}
          </button>
        </div>
      </form>
    </section>
  );
}
