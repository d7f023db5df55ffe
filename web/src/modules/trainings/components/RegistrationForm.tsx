import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { useFormErrors } from "../../../app/ui/useFormErrors";
import type { TrainingRegistrationFieldsFragment } from "../../../generated/graphql";
import { RegisterForTrainingMutation } from "../operations";
import { ParticipantsEditor, type ParticipantRow, newParticipant } from "./ParticipantsEditor";
import { RegistrationResults } from "./RegistrationResults";
import { StaffPicker } from "./StaffPicker";
import type { StaffMemberFieldsFragment } from "../../../generated/graphql";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function participantFieldId(path: string): string | undefined {
  const m = /^participants\.(\d+)\.(name|email|profession|workplace)$/.exec(path);
  if (m) return `participant-${m[1]}-${m[2]}`;
  return path === "participants" ? "participants" : undefined;
}

/** Anmälan: one or more of the organisation's staff; each gets a seat or a place on the waitlist. */
export function RegistrationForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState<ParticipantRow[]>(() => [newParticipant()]);
  const [result, setResult] = useState<TrainingRegistrationFieldsFragment[] | null>(null);
  const errors = useFormErrors();
  const [register, { loading }] = useMutation(RegisterForTrainingMutation, { refetchQueries: ["TrainingEvent", "MyTrainingRegistrations"] });

  /** People picked from the staff list take the place of empty rows; someone already in the form is not added twice. */
  function addPicked(people: StaffMemberFieldsFragment[]) {
    const filled = rows.filter((r) => r.name.trim() || r.email.trim() || r.profession.trim() || r.workplace.trim());
    const present = new Set(filled.map((r) => r.email.trim().toLowerCase()));
    const added = people
      .filter((p) => !present.has(p.email.toLowerCase()))
      .map((p) => ({ ...newParticipant(), name: p.name, email: p.email, profession: p.title, workplace: p.workplace }));
    const next = [...filled, ...added];
    setRows(next.length ? next : [newParticipant()]);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local: Record<string, string[]> = {};
    rows.forEach((r, i) => {
      if (r.name.trim().length < 2) local[`participants.${i}.name`] = [t("trainings.register.nameRequired", { n: i + 1 })];
      if (!EMAIL.test(r.email.trim())) local[`participants.${i}.email`] = [t("trainings.register.emailInvalid", { n: i + 1 })];
    });
    if (!errors.check(local)) return;
    try {
      const res = await register({
        variables: {
          eventId,
          participants: rows.map((r) => ({ name: r.name.trim(), email: r.email.trim(), profession: r.profession.trim(), workplace: r.workplace.trim() })),
        },
      });
      errors.clear();
      setResult(res.data!.registerForTraining);
      setRows([newParticipant()]);
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <section className="section card" aria-labelledby="register-heading">
      <h2 id="register-heading">{t("trainings.register.heading")}</h2>
      <p>{t("trainings.register.intro")}</p>
      <RegistrationResults result={result} />
      <FormErrorSummary failure={errors.failure} idFor={participantFieldId} fallbackId="participant-0-name" />
      <StaffPicker onPick={addPicked} />
      <form className="form" onSubmit={submit} noValidate aria-busy={loading}>
        <ParticipantsEditor rows={rows} onChange={setRows} rowErrors={errors.of} errors={errors.of("participants")} />
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t("trainings.register.submit")}
          </button>
          {loading && (
            <span className="inline-status" role="status">
              {t("common.saving")}
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
