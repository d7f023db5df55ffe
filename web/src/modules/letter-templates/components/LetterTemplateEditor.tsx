import { useApolloClient, useMutation } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { type FieldErrors, type Resolver, useForm } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import i18n from "../../../app/i18n";
import { formatDateTime } from "../../../app/format";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { SelectField, TextAreaField, TextField } from "../../../app/ui/Field";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { StatusMessage } from "../../../app/ui/Messages";
import { errorPaths, useFormErrors } from "../../../app/ui/useFormErrors";
import type { LetterTemplateQuery as Data, PreviewLetterTemplateQuery as PreviewData } from "../../../generated/graphql";
import { LetterTemplateQuery, PreviewLetterTemplateQuery, PublishLetterTemplateMutation } from "../operations";

type Scope = Data["letterTemplate"];
type Versions = Data["letterTemplateVersions"];
type Preview = PreviewData["previewLetterTemplate"];

interface Values {
  subjectSv: string;
  subjectEn: string;
  bodySv: string;
  bodyEn: string;
}

const FIELDS = ["subjectSv", "subjectEn", "bodySv", "bodyEn"] as const;
const idOf = (path: string) => (FIELDS.includes(path as never) ? `lt-${path}` : undefined);

/** What the form checks before it sends; the server checks the same again, and the placeholders. */
function schema(hasSubject: boolean) {
  const t = (key: string, o?: Record<string, unknown>) => i18n.t(`grants.letterTemplates.${key}`, o);
  const text = (max: number) => z.string().max(max, { error: () => t("tooLong", { max }) });
  return z.object({ subjectSv: text(250), subjectEn: text(250), bodySv: text(10_000), bodyEn: text(10_000) }).superRefine((v, ctx) => {
    for (const f of hasSubject ? FIELDS : (["bodySv", "bodyEn"] as const))
      if (!v[f].trim()) ctx.addIssue({ code: "custom", path: [f], message: t("required") });
  });
}

/** The first line of a text, for the version history. */
const firstLine = (s: string) => (s.split("\n").find((l) => l.trim()) ?? "").slice(0, 120);

/**
 * Edits the template of one kind for a programme or a call: both languages, a preview rendered by
 * the server from a real or sample application, and publishing as a new version after confirmation.
 */
export function LetterTemplateEditor({
  scope,
  versions,
  variables,
  applications,
}: {
  scope: Scope;
  versions: Versions;
  variables: { kind: Scope["kind"]; programme: Scope["programme"]; callId: string | null };
  applications: { id: string; label: string }[];
}) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const start = scope.current ?? {
    subjectSv: scope.builtInSv.subject,
    subjectEn: scope.builtInEn.subject,
    bodySv: scope.builtInSv.body,
    bodyEn: scope.builtInEn.body,
  };
  const form = useForm<Values>({
    defaultValues: { subjectSv: start.subjectSv ?? "", subjectEn: start.subjectEn ?? "", bodySv: start.bodySv, bodyEn: start.bodyEn },
    resolver: (values, context, options) => (zodResolver(schema(scope.hasSubject)) as unknown as Resolver<Values>)(values, context, options),
    shouldFocusError: false,
  });
  const errors = useFormErrors();
  const live = errorPaths(form.formState.errors);
  const of = (path: string) => live[path] ?? errors.of(path);
  const [applicationId, setApplicationId] = useState("");
  const [preview, setPreview] = useState<Preview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [done, setDone] = useState("");
  const [publish, { loading: publishing }] = useMutation(PublishLetterTemplateMutation, {
    refetchQueries: [{ query: LetterTemplateQuery, variables }],
    awaitRefetchQueries: true,
  });

  const input = (v: Values) => ({
    ...variables,
    subjectSv: scope.hasSubject ? v.subjectSv : null,
    subjectEn: scope.hasSubject ? v.subjectEn : null,
    bodySv: v.bodySv,
    bodyEn: v.bodyEn,
  });

  function invalid(found: FieldErrors<Values>) {
    errors.check(errorPaths(found));
  }

  async function showPreview(v: Values) {
    setDone("");
    setPreviewing(true);
    try {
      const res = await client.query({
        query: PreviewLetterTemplateQuery,
        variables: { input: input(v), applicationId: applicationId || null },
        fetchPolicy: "network-only",
      });
      if (res.error) throw res.error;
      errors.clear();
      setPreview(res.data!.previewLetterTemplate);
    } catch (err) {
      setPreview(null);
      errors.fail(err);
    } finally {
      setPreviewing(false);
    }
  }

  async function confirm() {
    setConfirmError(null);
    try {
      const res = await publish({ variables: { input: input(form.getValues()) } });
      setConfirming(false);
      errors.clear();
      setDone(t("grants.letterTemplates.published", { version: res.data!.publishLetterTemplate.version }));
    } catch (err) {
      const info = errors.fail(err);
      if (Object.keys(info.paths).length) setConfirming(false);
      else setConfirmError(info.message);
    }
  }

  return (
    <>
      <p id="lt-status">
        {scope.current
          ? t(scope.inherited ? "grants.letterTemplates.currentInherited" : "grants.letterTemplates.current", { version: scope.current.version })
          : t("grants.letterTemplates.builtIn")}
      </p>
      <form
        className="form card"
        noValidate
        aria-label={t("grants.letterTemplates.formLabel")}
        onSubmit={(e) => void form.handleSubmit(showPreview, invalid)(e)}
      >
        <FormErrorSummary failure={errors.failure} idFor={idOf} fallbackId="lt-bodySv" />
        <div className="lt-placeholders" id="lt-placeholders">
          <h2>{t("grants.letterTemplates.placeholders")}</h2>
          <p className="muted">{t("grants.letterTemplates.placeholdersHint")}</p>
          <ul className="lt-placeholder-list">
            {scope.placeholders.map((p) => (
              <li key={p}>
                <code>{`{{${p}}}`}</code> {t(`grants.letterTemplates.placeholder.${p}`)}
              </li>
            ))}
          </ul>
        </div>
        {scope.hasSubject && (
          <>
            <TextField id="lt-subjectSv" label={t("grants.letterTemplates.subjectSv")} required errors={of("subjectSv")} {...form.register("subjectSv")} />
            <TextField id="lt-subjectEn" label={t("grants.letterTemplates.subjectEn")} required errors={of("subjectEn")} {...form.register("subjectEn")} />
          </>
        )}
        <TextAreaField
          id="lt-bodySv"
          label={t("grants.letterTemplates.bodySv")}
          hint={t("grants.letterTemplates.bodyHint")}
          rows={8}
          required
          aria-describedby="lt-placeholders"
          errors={of("bodySv")}
          {...form.register("bodySv")}
        />
        <TextAreaField id="lt-bodyEn" label={t("grants.letterTemplates.bodyEn")} rows={8} required errors={of("bodyEn")} {...form.register("bodyEn")} />
        <SelectField
          id="lt-application"
          label={t("grants.letterTemplates.previewFrom")}
          value={applicationId}
          onChange={(e) => setApplicationId(e.target.value)}
        >
          <option value="">{t("grants.letterTemplates.sample")}</option>
          {applications.map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </SelectField>
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={previewing}>
            {t("grants.letterTemplates.preview")}
          </button>
          <button
            type="button"
            className="button"
            disabled={publishing}
            onClick={() => void form.handleSubmit(() => (setConfirmError(null), setConfirming(true)), invalid)()}
          >
            {t("grants.letterTemplates.publish")}
          </button>
          <span className="inline-status" role="status">
            {previewing ? t("grants.letterTemplates.previewing") : ""}
          </span>
        </div>
      </form>
      {done && <StatusMessage>{done}</StatusMessage>}
      {preview && (
        <section className="section" aria-labelledby="lt-preview-heading">
          <h2 id="lt-preview-heading">{t("grants.letterTemplates.previewHeading")}</h2>
          <div className="lt-preview-grid">
            {(["sv", "en"] as const).map((lang) => (
              <article key={lang} className="card lt-preview" lang={lang} aria-label={t(`grants.letterTemplates.previewIn.${lang}`)}>
                <h3>{t(`grants.letterTemplates.previewIn.${lang}`)}</h3>
                {preview[lang].subject && (
                  <p>
                    <strong>{t("grants.letterTemplates.subject")}:</strong> {preview[lang].subject}
                  </p>
                )}
                <div className="lt-preview__body">{preview[lang].body}</div>
              </article>
            ))}
          </div>
        </section>
      )}
      <section className="section" aria-labelledby="lt-history-heading">
        <h2 id="lt-history-heading">{t("grants.letterTemplates.history")}</h2>
        {versions.length === 0 ? (
          <p className="muted">{t("grants.letterTemplates.noVersions")}</p>
        ) : (
          <ol className="lt-history" reversed>
            {versions.map((v) => (
              <li key={v.id}>
                <strong>{t("grants.letterTemplates.versionLine", { version: v.version, at: formatDateTime(v.createdAt) })}</strong>
                <div className="muted lt-history__text">{firstLine(v.bodySv)}</div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <ConfirmDialog
        open={confirming}
        title={t("grants.letterTemplates.confirmTitle")}
        confirmLabel={t("grants.letterTemplates.confirmPublish")}
        busy={publishing}
        error={confirmError}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      >
        <p>{t("grants.letterTemplates.confirmText", { version: (versions[0]?.version ?? 0) + 1 })}</p>
      </ConfirmDialog>
    </>
  );
}
