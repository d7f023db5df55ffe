import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { type Resolver, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import i18n from "../../../app/i18n";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { errorPaths, useFormErrors } from "../../../app/ui/useFormErrors";
import type { StaffMemberFieldsFragment, TrainingRegistrationFieldsFragment } from "../../../generated/graphql";
import { RegisterForTrainingMutation } from "../operations";
import { ParticipantsEditor, type ParticipantRow, newParticipant } from "./ParticipantsEditor";
import { RegistrationResults } from "./RegistrationResults";
import { StaffPicker } from "./StaffPicker";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The registration as the form holds it; field names are the API's, so its field messages land on the right field. */
interface RegistrationValues {
  participants: ParticipantRow[];
}

/** Checked before sending (the server checks again); built per check, so its messages are in the reader's language of the moment. */
function registrationSchema() {
  return z.object({
    participants: z
      .array(z.object({ key: z.string(), name: z.string(), email: z.string(), profession: z.string().max(200), workplace: z.string().max(200) }))
      .superRefine((rows, ctx) => {
        rows.forEach((r, i) => {
          if (r.name.trim().length < 2) ctx.addIssue({ code: "custom", path: [i, "name"], message: i18n.t("trainings.register.nameRequired", { n: i + 1 }) });
          if (!EMAIL.test(r.email.trim()))
            ctx.addIssue({ code: "custom", path: [i, "email"], message: i18n.t("trainings.register.emailInvalid", { n: i + 1 }) });
        });
      }),
  });
}

function participantFieldId(path: string): string | undefined {
  const m = /^participants\.(\d+)\.(name|email|profession|workplace)$/.exec(path);
  if (m) return `participant-${m[1]}-${m[2]}`;
  return path === "participants" ? "participants" : undefined;
}

/** Anmälan: one or more of the organisation's staff, typed or picked from the staff list; each gets a seat or a place on the waitlist. */
export function RegistrationForm({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const form = useForm<RegistrationValues>({
    defaultValues: { participants: [newParticipant()] },
    resolver: (values, context, options) => (zodResolver(registrationSchema()) as unknown as Resolver<RegistrationValues>)(values, context, options),
    shouldFocusError: false,
  });
  const rows = (useWatch({ control: form.control, name: "participants" }) ?? []) as ParticipantRow[];
  const [result, setResult] = useState<TrainingRegistrationFieldsFragment[] | null>(null);
  const errors = useFormErrors();
  const live = errorPaths(form.formState.errors);
  const of = (path: string) => live[path] ?? errors.of(path);
  const [register, { loading }] = useMutation(RegisterForTrainingMutation, { refetchQueries: ["TrainingEvent", "MyTrainingRegistrations"] });

  const setRows = (next: ParticipantRow[]) => form.setValue("participants", next, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });

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

  const submit = form.handleSubmit(
    async (v) => {
      try {
        const res = await register({
          variables: {
            eventId,
            participants: v.participants.map((r) => ({
              name: r.name.trim(),
              email: r.email.trim(),
              profession: r.profession.trim(),
              workplace: r.workplace.trim(),
            })),
          },
        });
        errors.clear();
        setResult(res.data!.registerForTraining);
        form.reset({ participants: [newParticipant()] });
      } catch (err) {
        errors.fail(err);
      }
    },
    (found) => errors.check(errorPaths(found)),
  );

  return (
    <section className="section card" aria-labelledby="register-heading">
      <h2 id="register-heading">{t("trainings.register.heading")}</h2>
      <p>{t("trainings.register.intro")}</p>
      <RegistrationResults result={result} />
      <FormErrorSummary failure={errors.failure} idFor={participantFieldId} fallbackId="participant-0-name" />
      <StaffPicker onPick={addPicked} />
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
        <ParticipantsEditor rows={rows} onChange={setRows} rowErrors={of} errors={of("participants")} />
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
