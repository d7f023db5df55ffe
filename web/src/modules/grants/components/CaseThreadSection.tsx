import { useMutation, useQuery } from "@apollo/client/react";
import { zodResolver } from "@hookform/resolvers/zod";
import { type FormEvent, useRef, useState } from "react";
import { type FieldErrors, type Resolver, useForm, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import i18n from "../../../app/i18n";
import { formatDateTime, isoString } from "../../../app/format";
import { CheckboxField, describedBy, TextAreaField } from "../../../app/ui/Field";
import { ErrorSummary } from "../../../app/ui/ErrorSummary";
import { FormErrorSummary } from "../../../app/ui/FormErrorSummary";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { EmptyState, ErrorAlert } from "../../../app/ui/Messages";
import { errorInfo } from "../../../app/errors";
import { errorPaths, useFormErrors } from "../../../app/ui/useFormErrors";
import { formatFileSize } from "../../networks/files";
import type { GrantCaseThreadQuery as GrantCaseThreadQueryResult } from "../../../generated/graphql";
import { GrantCaseThreadQuery, PostGrantCaseMessageMutation, RemoveGrantAttachmentMutation } from "../operations";
import { ATTACHMENT_EXTENSIONS, uploadAttachment } from "../upload-attachment";

/** The button of a list row that opens (and closes) the case thread of its application, shown below the list. */
export function CaseThreadToggle({ open, name, onToggle }: { open: boolean; name: string; onToggle(): void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--secondary button--small"
      aria-expanded={open}
      aria-controls={open ? "case-thread-of" : undefined}
      onClick={onToggle}
    >
      {t("caseThread.open")}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}

/** The case thread of the application chosen in a list, with whose case it is. */
export function CaseThreadOf({ application }: { application: { id: string; diarienummer?: string | null; organisation: { name: string } } }) {
  const { t } = useTranslation();
  return (
    <div id="case-thread-of">
      <p className="muted">{t("caseThread.of", { name: application.organisation.name, diarienummer: application.diarienummer ?? "" })}</p>
      <CaseThreadSection key={application.id} applicationId={application.id} />
    </div>
  );
}

const PAGE = 20;
const MAX_PAGE = 200;

interface MessageValues {
  body: string;
  internal: boolean;
}

function messageSchema(max: number) {
  const t = (key: string, o?: Record<string, unknown>) => i18n.t(`caseThread.${key}`, o);
  return z.object({
    body: z
      .string()
      .refine((v) => v.trim().length > 0, { error: () => t("bodyRequired") })
      .refine((v) => v.length <= max, { error: () => t("bodyTooLong", { max }) }),
    internal: z.boolean(),
  });
}

/**
 * Ärendet / Meddelanden: the thread of an application or requisition between the applicant and
 * Socialstyrelsen (with Socialstyrelsen's internal notes for its officers), and its attachments.
 * What the viewer may do comes from the server (`canWrite`, `canWriteInternal`, each attachment's `canRemove`).
 */
export function CaseThreadSection({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const [limit, setLimit] = useState(PAGE);
  const { data, loading, error, refetch } = useQuery(GrantCaseThreadQuery, { variables: { applicationId, limit } });
  const [status, setStatus] = useState("");
  const thread = data?.grantCaseThread;

  return (
    <section className="section case-thread" aria-labelledby="case-thread-heading">
      <h2 id="case-thread-heading">{t("caseThread.heading")}</h2>
      <LiveStatus>{status}</LiveStatus>
      {error && !thread ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !thread ? (
        <p role="status">{loading ? t("caseThread.loading") : ""}</p>
      ) : (
        <>
          {thread.entries.items.length === 0 ? (
            <EmptyState>{t("caseThread.empty")}</EmptyState>
          ) : (
            <>
              {thread.entries.hasMore && limit < MAX_PAGE && (
                <div className="button-row">
                  <button type="button" className="button button--secondary button--small" onClick={() => setLimit((l) => Math.min(MAX_PAGE, l + PAGE))}>
                    {t("caseThread.older", { count: thread.entries.total - thread.entries.items.length })}
                  </button>
                </div>
              )}
              <ol className="case-thread__list" aria-label={t("caseThread.listLabel", { count: thread.entries.total })}>
                {[...thread.entries.items].reverse().map((e) => (
                  <li
                    key={e.id}
                    className={`case-thread__entry${e.internal ? " case-thread__entry--internal" : ""}${e.fromApplicant ? " case-thread__entry--applicant" : ""}`}
                  >
                    <p className="case-thread__meta">
                      <strong>{e.authorName ?? t("caseThread.system")}</strong>
                      {" · "}
                      {e.fromApplicant ? t("caseThread.applicant") : t("caseThread.socialstyrelsen")}
                      {" · "}
                      <time dateTime={isoString(e.createdAt)}>{formatDateTime(e.createdAt)}</time>
                      {(e.internal || e.kind !== "MESSAGE") && (
                        <>
                          {" · "}
                          <span className="tag">{e.internal ? t("caseThread.internalTag") : t(`caseThread.kind.${e.kind}`)}</span>
                        </>
                      )}
                    </p>
                    {e.text && <p className="pre-line case-thread__body">{e.text}</p>}
                  </li>
                ))}
              </ol>
            </>
          )}
          {thread.canWrite ? (
            <MessageForm
              applicationId={applicationId}
              canWriteInternal={thread.canWriteInternal}
              max={thread.messageMaxLength}
              onSent={(internal) => {
                setStatus(internal ? t("caseThread.noteSaved") : t("caseThread.sent"));
                void refetch();
              }}
            />
          ) : (
            <p className="muted">{t("caseThread.notYet")}</p>
          )}
          <Attachments
            applicationId={applicationId}
            attachments={thread.attachments}
            maxBytes={thread.attachmentMaxBytes}
            onUploaded={(filename) => {
              setStatus(t("caseThread.attachments.uploaded", { filename }));
              void refetch();
            }}
            onRemoved={async (filename) => {
              setStatus(t("caseThread.attachments.removed", { filename }));
              await refetch();
            }}
          />
        </>
      )}
    </section>
  );
}

function MessageForm({
  applicationId,
  canWriteInternal,
  max,
  onSent,
}: {
  applicationId: string;
  canWriteInternal: boolean;
  max: number;
  onSent(internal: boolean): void;
}) {
  const { t } = useTranslation();
  const errors = useFormErrors();
  const [post, { loading }] = useMutation(PostGrantCaseMessageMutation);
  const form = useForm<MessageValues>({
    defaultValues: { body: "", internal: false },
    resolver: (values, context, options) => (zodResolver(messageSchema(max)) as unknown as Resolver<MessageValues>)(values, context, options),
    shouldFocusError: false,
  });
  const values = useWatch({ control: form.control }) as MessageValues;
  const live = errorPaths(form.formState.errors);
  const of = (path: string) => live[path] ?? errors.of(path);

  function invalid(found: FieldErrors<MessageValues>) {
    errors.check(errorPaths(found));
  }
  async function send(v: MessageValues) {
    errors.clear();
    try {
      await post({ variables: { applicationId, body: v.body.trim(), internal: canWriteInternal && v.internal } });
      form.reset({ body: "", internal: false });
      onSent(canWriteInternal && v.internal);
    } catch (err) {
      errors.fail(err);
    }
  }

  return (
    <form className="form card case-thread__form" noValidate aria-busy={loading} onSubmit={(e) => void form.handleSubmit(send, invalid)(e)}>
      <h3>{t("caseThread.writeHeading")}</h3>
      <FormErrorSummary failure={errors.failure} idFor={(p) => ({ body: "case-message-body" })[p]} fallbackId="case-message-body" />
      <TextAreaField
        id="case-message-body"
        label={t("caseThread.body")}
        hint={canWriteInternal ? t("caseThread.bodyHintOfficer") : t("caseThread.bodyHintApplicant")}
        rows={4}
        value={values.body}
        onChange={(e) => form.setValue("body", e.target.value, { shouldValidate: form.formState.isSubmitted })}
        errors={of("body")}
      />
      {canWriteInternal && (
        <CheckboxField
          id="case-message-internal"
          label={t("caseThread.internal")}
          hint={t("caseThread.internalHint")}
          checked={values.internal}
          onChange={(e) => form.setValue("internal", e.target.checked)}
        />
      )}
      <div className="button-row">
        <button type="submit" className="button" disabled={loading}>
          {values.internal && canWriteInternal ? t("caseThread.saveNote") : t("caseThread.send")}
        </button>
        {loading && (
          <span className="inline-status" role="status">
            {t("caseThread.sending")}
          </span>
        )}
      </div>
    </form>
  );
}

type Attachment = GrantCaseThreadQueryResult["grantCaseThread"]["attachments"][number];

function Attachments({
  applicationId,
  attachments,
  maxBytes,
  onUploaded,
  onRemoved,
}: {
  applicationId: string;
  attachments: Attachment[];
  maxBytes: number;
  onUploaded(filename: string): void;
  /** Resolves once the list is read again. */
  onRemoved(filename: string): Promise<unknown>;
}) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState<Attachment | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [remove, removal] = useMutation(RemoveGrantAttachmentMutation);
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function confirmRemove() {
    if (!removing) return;
    setRemoveError(null);
    try {
      await remove({ variables: { id: removing.id } });
      const { filename } = removing;
      setRemoving(null);
      await onRemoved(filename);
      // The removed file's button is gone: focus goes to the list's heading, not to the page's start.
      headingRef.current?.focus();
    } catch (err) {
      setRemoveError(errorInfo(err).message);
    }
  }
  const fileRef = useRef<HTMLInputElement>(null);
  const [inputKey, setInputKey] = useState(0);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<{ message: string; at: number } | null>(null);

  async function upload(e: FormEvent) {
    e.preventDefault();
    const file = fileRef.current?.files?.[0];
    const fail = (message: string) => setFailure({ message, at: Date.now() });
    if (!file) return fail(t("caseThread.attachments.chooseFile"));
    const ext = file.name.slice(file.name.lastIndexOf(".")).toLowerCase();
    if (!ATTACHMENT_EXTENSIONS.includes(ext)) return fail(t("caseThread.attachments.wrongType"));
    if (file.size > maxBytes) return fail(t("caseThread.attachments.tooLarge", { max: formatFileSize(maxBytes) }));
    setFailure(null);
    setProgress(0);
    const res = await uploadAttachment(applicationId, file, setProgress);
    setProgress(null);
    if (res.ok) {
      setInputKey((k) => k + 1);
      onUploaded(res.filename);
    } else fail(res.message);
  }

  return (
    <div className="case-thread__attachments">
      <h3 id="case-attachments-heading" ref={headingRef} tabIndex={-1}>
        {t("caseThread.attachments.heading")}
      </h3>
      {attachments.length === 0 ? (
        <EmptyState>{t("caseThread.attachments.empty")}</EmptyState>
      ) : (
        <ul className="case-thread__files" aria-labelledby="case-attachments-heading">
          {attachments.map((a) => (
            <li key={a.id}>
              <a href={a.url} download className="cell--break">
                {a.filename}
              </a>{" "}
              <span className="muted">
                ({formatFileSize(a.size)}, {a.uploadedByName ?? (a.fromApplicant ? t("caseThread.applicant") : t("caseThread.socialstyrelsen"))},{" "}
                <time dateTime={isoString(a.createdAt)}>{formatDateTime(a.createdAt)}</time>)
              </span>
              {a.canRemove && (
                <>
                  {" "}
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={t("caseThread.attachments.removeLabel", { filename: a.filename })}
                    onClick={() => {
                      setRemoveError(null);
                      setRemoving(a);
                    }}
                  >
                    {t("caseThread.attachments.remove")}
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="form card" onSubmit={(e) => void upload(e)} noValidate aria-busy={progress != null}>
        <h4>{t("caseThread.attachments.uploadHeading")}</h4>
        {failure && <ErrorSummary message={failure.message} items={[{ fieldId: "case-attachment-file", message: failure.message }]} focusKey={failure.at} />}
        <div className={`field${failure ? " field--error" : ""}`}>
          <label htmlFor="case-attachment-file">{t("caseThread.attachments.fileLabel")}</label>
          <p className="field__hint" id="case-attachment-file-hint">
            {t("caseThread.attachments.fileHint", { max: formatFileSize(maxBytes) })}
          </p>
          <input
            key={inputKey}
            ref={fileRef}
            id="case-attachment-file"
            type="file"
            accept={ATTACHMENT_EXTENSIONS.join(",")}
            aria-invalid={failure ? true : undefined}
            aria-describedby={describedBy("case-attachment-file-hint", failure && "case-attachment-file-error")}
            onChange={() => setFailure(null)}
          />
          {failure && (
            <p className="field__error" id="case-attachment-file-error">
              {failure.message}
            </p>
          )}
        </div>
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={progress != null}>
            {t("caseThread.attachments.upload")}
          </button>
          {progress != null && (
            <span className="inline-status" role="status">
              <label htmlFor="case-attachment-progress">{t("caseThread.attachments.uploading")}</label>{" "}
              <progress id="case-attachment-progress" max={1} value={progress}>
                {Math.round(progress * 100)} %
              </progress>
            </span>
          )}
        </div>
      </form>
      <ConfirmDialog
        open={!!removing}
        title={t("caseThread.attachments.removeTitle")}
        confirmLabel={t("caseThread.attachments.remove")}
        danger
        busy={removal.loading}
        error={removeError}
        onConfirm={() => void confirmRemove()}
        onClose={() => setRemoving(null)}
      >
        <p>{t("caseThread.attachments.removeBody", { filename: removing?.filename ?? "" })}</p>
      </ConfirmDialog>
    </div>
  );
}
