import { useApolloClient, useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { Email } from "../../../app/ui/Email";
import { describedBy } from "../../../app/ui/Field";
import { ErrorAlert } from "../../../app/ui/Messages";
import type { PreviewStaffImportQuery as PreviewResult } from "../../../generated/graphql";
import { ImportStaffMembersMutation, PreviewStaffImportQuery } from "../operations";

type Row = PreviewResult["previewStaffImport"][number];

/**
 * CSV import of the staff list: the file is read by the server and shown row by row with each
 * row's errors; only a file without errors can be imported, and then all of it at once.
 */
export function StaffImport({ onDone }: { onDone(message: string): void }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [csv, setCsv] = useState<string | null>(null);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);
  const [save, { loading }] = useMutation(ImportStaffMembersMutation, { refetchQueries: ["StaffMembers"], awaitRefetchQueries: true });
  const bad = rows?.filter((r) => r.errors.length).length ?? 0;

  async function preview(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const file = (e.currentTarget.elements.namedItem("staff-file") as HTMLInputElement).files?.[0];
    setRows(null);
    setError(null);
    if (!file) {
      setFileError(t("trainings.staff.fileRequired"));
      document.getElementById("staff-file")?.focus();
      return;
    }
    setFileError(null);
    setReading(true);
    try {
      const text = await file.text();
      const res = await client.query({ query: PreviewStaffImportQuery, variables: { csv: text }, fetchPolicy: "no-cache" });
      if (res.error) throw res.error;
      setCsv(text);
      setRows(res.data!.previewStaffImport);
    } catch (err) {
      setError(errorInfo(err).message);
    } finally {
      setReading(false);
    }
  }

  async function importAll() {
    if (!csv) return;
    try {
      const res = await save({ variables: { csv } });
      setRows(null);
      setCsv(null);
      onDone(t("trainings.staff.imported", res.data!.importStaffMembers));
    } catch (err) {
      setError(errorInfo(err).message);
    }
  }

  return (
    <section className="section card" aria-labelledby="staff-import-heading">
      <h2 id="staff-import-heading">{t("trainings.staff.importHeading")}</h2>
      <p>{t("trainings.staff.importIntro")}</p>
      {error && <ErrorAlert>{error}</ErrorAlert>}
      <form className="form" onSubmit={(e) => void preview(e)} noValidate aria-busy={reading}>
        <div className={`field${fileError ? " field--error" : ""}`}>
          <label htmlFor="staff-file">{t("trainings.staff.file")}</label>
          <input
            id="staff-file"
            name="staff-file"
            type="file"
            accept=".csv,text/csv,text/plain"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={describedBy(fileError && "staff-file-error")}
            onChange={() => setRows(null)}
          />
          {fileError && (
            <p className="field__error" id="staff-file-error">
              {fileError}
            </p>
          )}
        </div>
        <div className="button-row">
          <button type="submit" className="button button--secondary" disabled={reading}>
            {t("trainings.staff.preview")}
          </button>
          {reading && (
            <span className="inline-status" role="status">
              {t("trainings.staff.previewing")}
            </span>
          )}
        </div>
      </form>
      {rows && (
        <>
          <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="staff-preview-caption">
            <table className="table">
              <caption id="staff-preview-caption">{t("trainings.staff.previewCaption", { ok: rows.length - bad, bad })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("trainings.staff.line")}</th>
                  <th scope="col">{t("trainings.staff.name")}</th>
                  <th scope="col">{t("trainings.staff.email")}</th>
                  <th scope="col">{t("trainings.staff.role")}</th>
                  <th scope="col">{t("trainings.staff.rowStatus")}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.line}>
                    <td>{r.line}</td>
                    <td>{r.name}</td>
                    <td>
                      <Email address={r.email} />
                    </td>
                    <td>{r.title}</td>
                    <td>
                      {r.errors.length ? (
                        <span className="field__error">{r.errors.join(" ")}</span>
                      ) : r.existing ? (
                        t("trainings.staff.rowExisting")
                      ) : (
                        t("trainings.staff.rowNew")
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {bad > 0 ? (
            <ErrorAlert>{t("trainings.staff.fixFile", { count: bad })}</ErrorAlert>
          ) : (
            rows.length > 0 && (
              <div className="button-row">
                <button type="button" className="button" disabled={loading} onClick={() => void importAll()}>
                  {t("trainings.staff.import", { count: rows.length })}
                </button>
                {loading && (
                  <span className="inline-status" role="status">
                    {t("common.saving")}
                  </span>
                )}
              </div>
            )
          )}
        </>
      )}
    </section>
  );
}
