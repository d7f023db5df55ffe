import { useMutation, useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useMe } from "../../../app/session";
import { isDate, todayInStockholm } from "../../../app/stockholmTime";
import { SelectField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import { CourseLeadersQuery, LogLocalCourseMutation } from "../operations";
import { DateField } from "../../../app/ui/DateTimeFields";

const IDS: Record<string, string> = { courseLeaderId: "local-leader", date: "local-date", participants: "local-participants", title: "local-title" };

/** A basic course held locally by one of the organisation's own kursledare. */
export function LocalCourseForm() {
  const { t } = useTranslation();
  const me = useMe();
  const { data } = useQuery(CourseLeadersQuery, { variables: { organisationId: me.organisation.id, limit: 100, offset: 0 } });
  const leaders = data?.courseLeaders.items ?? [];
  const [v, setV] = useState({ courseLeaderId: "", date: todayInStockholm(), participants: "", title: "" });
  const [done, setDone] = useState<string | null>(null);
  const errors = useFormErrors();
  const [log, { loading }] = useMutation(LogLocalCourseMutation, { refetchQueries: ["CourseLeaderCoverage"] });
  if (!data || leaders.length === 0) return null;
  const field = (key: keyof typeof v) => ({
    id: IDS[key],
    value: v[key],
    errors: errors.of(key),
    onChange: (e: { target: { value: string } }) => setV((o) => ({ ...o, [key]: e.target.value })),
  });

  async function submit(e: FormEvent) {
    e.preventDefault();
    setDone(null);
    const local: Record<string, string[]> = {};
    if (!v.courseLeaderId) local.courseLeaderId = [t("trainings.local.leaderRequired")];
    if (!isDate(v.date)) local.date = [t("trainings.form.dateInvalid")];
    if (!/^\d+$/.test(v.participants.trim()) || Number(v.participants) < 1) local.participants = [t("trainings.local.participantsInvalid")];
    if (!errors.check(local)) return;
    try {
      await log({
        variables: { input: { courseLeaderId: v.courseLeaderId, date: v.date, participants: Number(v.participants), title: v.title.trim() || null } },
      });
      errors.clear();
      setDone(t("trainings.local.saved", { date: v.date, count: Number(v.participants) }));
      setV((o) => ({ ...o, participants: "", title: "" }));
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <section className="section card" aria-labelledby="local-heading">
      <h2 id="local-heading">{t("trainings.local.heading")}</h2>
      <p>{t("trainings.local.intro")}</p>
      <LiveStatus>{done}</LiveStatus>
      <FormErrorSummary failure={errors.failure} idFor={(p) => IDS[p]} fallbackId="local-leader" />
      <form className="form" onSubmit={submit} noValidate aria-busy={loading}>
        <div className="form-grid">
          <SelectField {...field("courseLeaderId")} label={t("trainings.local.leader")}>
            <option value="">{t("trainings.local.chooseLeader")}</option>
            {leaders.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </SelectField>
          <DateField {...field("date")} label={t("trainings.form.date")} />
          <TextField {...field("participants")} type="number" min={1} className="input--short" label={t("trainings.local.participants")} />
          <TextField {...field("title")} label={t("trainings.local.title")} />
        </div>
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t("trainings.local.submit")}
          </button>
        </div>
      </form>
    </section>
  );
}
