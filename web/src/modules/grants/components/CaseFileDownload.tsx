import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../app/ui/Messages";

type State = { kind: "idle" } | { kind: "busy" } | { kind: "done" } | { kind: "failed"; message: string };

/** The file name the server gives in `Content-Disposition`, or the fallback. */
function filenameOf(res: Response, fallback: string): string {
  return /filename="([^"]+)"/.exec(res.headers.get("content-disposition") ?? "")?.[1] ?? fallback;
}

/**
 * "Ladda ner akt": the application's case file (ZIP) as the server offers it (`caseFileUrl`).
 * Compiling it takes a moment, so the button says so while it works and the result is announced.
 */
export function CaseFileDownload({ url }: { url: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: "idle" });
  const busy = state.kind === "busy";

  async function download() {
    setState({ kind: "busy" });
    try {
      const res = await fetch(url, { credentials: "same-origin" });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setState({ kind: "failed", message: body?.error?.message ?? res.statusText });
        return;
      }
      const blob = await res.blob();
      const href = URL.createObjectURL(blob);
      const a = document.createElement("a");
      a.href = href;
      a.download = filenameOf(res, "akt.zip");
      document.body.append(a);
      a.click();
      a.remove();
      window.setTimeout(() => URL.revokeObjectURL(href), 10_000);
      setState({ kind: "done" });
    } catch (err) {
      setState({ kind: "failed", message: err instanceof Error ? err.message : String(err) });
    }
  }

  return (
    <section className="section" aria-labelledby="case-file-heading">
      <h2 id="case-file-heading">{t("grants.caseFile.heading")}</h2>
      <p>{t("grants.caseFile.intro")}</p>
      <p className="button-row">
        <button type="button" className="button button--secondary" onClick={() => void download()} disabled={busy} aria-busy={busy}>
          {t("grants.caseFile.download")}
        </button>
        <span role="status" aria-live="polite" className="inline-status">
          {busy ? t("grants.caseFile.busy") : state.kind === "done" ? t("grants.caseFile.done") : ""}
        </span>
      </p>
      {state.kind === "failed" && <ErrorAlert>{t("grants.caseFile.failed", { message: state.message })}</ErrorAlert>}
    </section>
  );
}
