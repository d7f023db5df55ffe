import { useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { type Resolver, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FieldShell, RequiredNote, describedBy } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { errorPaths, useFormErrors } from "../../../app/ui/useFormErrors";
import type { StaffMemberFieldsFragment } from "../../../generated/graphql";
import i18n from "../../../app/i18n";
import { SaveStaffMemberMutation } from "../operations";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checked in the browser before sending; the server checks the same again. Built per check, in the language of the moment. */
function schema() {
  return z.object({
    name: z.string().trim().min(2, i18n.t("trainings.staff.nameRequired")).max(200, i18n.t("trainings.staff.nameRequired")),
    email: z.string().trim().regex(EMAIL, i18n.t("trainings.staff.emailInvalid")),
    title: z.string().trim().max(200),
    workplace: z.string().trim().max(200),
  });
}
type Values = z.infer<ReturnType<typeof schema>>;

const FIELDS = ["name", "email", "title", "workplace"] as const;
const fieldId = (path: string) => (FIELDS.includes(path as (typeof FIELDS)[number]) ? `staff-${path}` : undefined);

/** Adds a person to the staff list, or changes one (`member`). */
export function StaffMemberForm({ member, onDone, onCancel }: { member?: StaffMemberFieldsFragment; onDone(message: string): void; onCancel?(): void }) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const form = useForm<Values>({
    defaultValues: { name: member?.name ?? "", email: member?.email ?? "", title: member?.title ?? "", workplace: member?.workplace ?? "" },
    resolver: (values, context, options) => (zodResolver(schema()) as unknown as Resolver<Values>)(values, context, options),
    shouldFocusError: false,
  });
  const [save, { loading }] = useMutation(SaveStaffMemberMutation, { refetchQueries: ["StaffMembers"], awaitRefetchQueries: true });
  const live = errorPaths(form.formState.errors);
  const of = (path: string) => live[path] ?? errors.of(path);

  const submit = form.handleSubmit(
    async (v) => {
      try {
        const res = await save({ variables: { input: { id: member?.id ?? null, ...v } } });
        errors.clear();
        form.reset({ name: "", email: "", title: "", workplace: "" });
        onDone(t("trainings.staff.saved", { name: res.data!.saveStaffMember.name }));
      } catch (err) {
        const info = errors.fail(err);
        for (const [path, messages] of Object.entries(info.paths))
          if (fieldId(path)) form.setError(path as keyof Values, { type: "server", message: messages.join(" ") });
      }
    },
    (found) => errors.check(errorPaths(found)),
  );

  const input = (name: (typeof FIELDS)[number], type = "text", required = false) => {
    const id = `staff-${name}`;
    const errs = of(name);
    return (
      <FieldShell id={id} label={t(`trainings.staff.${name === "title" ? "role" : name}`)} errors={errs} required={required}>
        <input
          id={id}
          type={type}
          autoComplete="off"
          spellCheck={type === "email" ? false : undefined}
          aria-required={required || undefined}
          aria-invalid={errs?.length ? true : undefined}
          aria-describedby={describedBy(!!errs?.length && `${id}-error`)}
          {...form.register(name)}
        />
      </FieldShell>
    );
  };

  const heading = member ? t("trainings.staff.editHeading", { name: member.name }) : t("trainings.staff.addHeading");
  return (
    <section className="section card" aria-labelledby="staff-form-heading">
      <h2 id="staff-form-heading">{heading}</h2>
      <RequiredNote />
      <FormErrorSummary failure={errors.failure} idFor={fieldId} fallbackId="staff-name" />
      <form className="form" onSubmit={(e) => void submit(e)} noValidate aria-busy={loading}>
        {input("name", "text", true)}
        {input("email", "email", true)}
        {input("title")}
        {input("workplace")}
        <div className="button-row">
          <button type="submit" className="button" disabled={loading}>
            {t("trainings.staff.save")}
          </button>
          {onCancel && (
            <button type="button" className="button button--secondary" onClick={onCancel}>
              {t("trainings.staff.cancelEdit")}
            </button>
          )}
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
