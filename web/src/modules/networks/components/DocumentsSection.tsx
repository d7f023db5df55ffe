import { useApolloClient, useMutation } from "@apollo/client/react";
import { type FormEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatDate, isoString } from "../../../app/format";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { describedBy } from "../../../app/ui/Field";
import { ErrorSummary } from "../../../app/ui/ErrorSummary";
import { LiveStatus } from "../../../app/ui/LiveStatus";
import { EmptyState } from "../../../app/ui/Messages";
import { ACCEPTED_FILES, formatFileSize } from "../files";
import { DeleteMeetingDocumentMutation, NetworkMeetingQuery } from "../operations";
import { uploadMeetingDocument } from "../upload";
import type { Meeting } from "../meeting";

type Doc = Meeting["documents"][number];

/** Documents for the meeting: everyone downloads, the convener uploads and removes. */
export function DocumentsSection({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const isConvener = meeting.availableActions.includes("MANAGE_DOCUMENTS");
  const fileRef = useRef<HTMLInputElement>(null);
  const [inputKey, setInputKey] = useState(0);
  const [agendaItemId, setAgendaItemId] = useState("");
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<{ message: string; at: number } | null>(null);
  const [status, setStatus] = useState("");
  const [removing, setRemoving] = useState<Doc | null>(null);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [remove, { loading: removeBusy }] = useMutation(DeleteMeetingDocumentMutation, { refetchQueries: ["NetworkMeeting"], awaitRefetchQueries: true });
  const agendaTitle = (id: string | null | undefined) => meeting.agenda.find((a) => a.id === id)?.title;

  async function upload(e: FormEvent) {
    e.preventDefault();
    setStatus("");
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setFailure({ message: t("networks.documents.chooseFile"), at: Date.now() });
      return;
    }
    setUploading(true);
    setFailure(null);
    const res = await uploadMeetingDocument(meeting.id, file, agendaItemId || null);
    if (res.ok) {
      await client.refetchQueries({ include: [NetworkMeetingQuery] });
      setInputKey((k) => k + 1);
      setAgendaItemId("");
      setStatus(t("networks.documents.uploaded", { filename: res.document.filename }));
    } else {
      setFailure({ message: res.message, at: Date.now() });
    }
    setUploading(false);
  }

  async function confirmRemove() {
    if (!removing) return;
    setRemoveError(null);
    try {
      await remove({ variables: { id: removing.id } });
      setStatus(t("networks.documents.removed", { filename: removing.filename }));
      setRemoving(null);
    } catch (err) {
      setRemoveError(errorInfo(err).message);
    }
  }

  return (
    <section className="section" aria-labelledby="nw-documents">
      <h2 id="nw-documents">{t("networks.documents.heading")}</h2>
      <LiveStatus>{status}</LiveStatus>
      {meeting.documents.length === 0 ? (
        <EmptyState>{isConvener ? t("networks.documents.emptyConvener") : t("networks.documents.empty")}</EmptyState>
      ) : (
        <div className="table-wrap" role="region" tabIndex={0} aria-labelledby="nw-documents-caption">
          <table className="table">
            <caption id="nw-documents-caption">{t("networks.documents.caption", { count: meeting.documents.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("networks.documents.file")}</th>
                <th scope="col">{t("networks.documents.agendaItem")}</th>
                <th scope="col" className="num">
                  {t("networks.documents.size")}
                </th>
                <th scope="col">{t("networks.documents.added")}</th>
                {isConvener && (
                  <th scope="col">
                    <span className="visually-hidden">{t("networks.members.actions")}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {meeting.documents.map((d) => (
                <tr key={d.id}>
                  <th scope="row" className="cell--break">
                    <a href={d.url} download>
                      {d.filename}
                    </a>
                  </th>
                  <td>{agendaTitle(d.agendaItemId) ?? t("networks.documents.wholeMeeting")}</td>
                  <td className="num nowrap">{formatFileSize(d.size)}</td>
                  <td className="nowrap">
                    <time dateTime={isoString(d.createdAt)}>{formatDate(d.createdAt)}</time>
                  </td>
                  {isConvener && (
                    <td>
                      <button type="button" className="button button--danger-quiet button--small" onClick={() => setRemoving(d)}>
                        {t("networks.documents.remove")}
                        <span className="visually-hidden"> {d.filename}</span>
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {isConvener && (
        <form className="form card nw-upload" onSubmit={upload} noValidate aria-busy={uploading}>
          <h3 className="nw-card-heading">{t("networks.documents.uploadHeading")}</h3>
          {failure && <ErrorSummary message={failure.message} items={[{ fieldId: "nw-doc-file", message: failure.message }]} focusKey={failure.at} />}
          <div className={`field${failure ? " field--error" : ""}`}>
            <label htmlFor="nw-doc-file">{t("networks.documents.fileLabel")}</label>
            <p className="field__hint" id="nw-doc-file-hint">
              {t("networks.documents.fileHint")}
            </p>
            <input
              key={inputKey}
              ref={fileRef}
              id="nw-doc-file"
              type="file"
              accept={ACCEPTED_FILES}
              aria-invalid={failure ? true : undefined}
              aria-describedby={describedBy("nw-doc-file-hint", failure && "nw-doc-file-error")}
              onChange={() => setFailure(null)}
            />
            {failure && (
              <p className="field__error" id="nw-doc-file-error">
                {failure.message}
              </p>
            )}
          </div>
          {meeting.agenda.length > 0 && (
            <div className="field">
              <label htmlFor="nw-doc-agenda">{t("networks.documents.agendaLabel")}</label>
              <select id="nw-doc-agenda" value={agendaItemId} onChange={(e) => setAgendaItemId(e.target.value)}>
                <option value="">{t("networks.documents.wholeMeeting")}</option>
                {meeting.agenda.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.position}. {a.title}
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="button-row">
            <button type="submit" className="button" disabled={uploading}>
              {t("networks.documents.upload")}
            </button>
            {uploading && (
              <span className="inline-status" role="status">
                {t("networks.documents.uploading")}
              </span>
            )}
          </div>
        </form>
      )}

      <ConfirmDialog
        open={!!removing}
        title={removing ? t("networks.documents.removeTitle", { filename: removing.filename }) : ""}
        confirmLabel={t("networks.documents.removeConfirm")}
        danger
        busy={removeBusy}
        error={removeError}
        onConfirm={() => void confirmRemove()}
        onClose={() => {
          setRemoving(null);
          setRemoveError(null);
        }}
      >
        <p>{t("networks.documents.removeBody")}</p>
      </ConfirmDialog>
    </section>
  );
}
