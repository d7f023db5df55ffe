import { currentLanguage } from "../../app/i18n";
import i18n from "../../app/i18n";

export interface UploadedDocument {
  id: string;
  filename: string;
  size: number;
  url: string;
}

export type UploadResult = { ok: true; document: UploadedDocument } | { ok: false; message: string; code?: string };

/**
 * Sends a file for a meeting to `POST /api/network-meetings/:id/documents` (signed in by the
 * session cookie, with the `Apollo-Require-Preflight` header the server requires of a multipart post). A refusal (too large, wrong type, not the convener) comes back as the
 * server's message in the UI language.
 */
export async function uploadMeetingDocument(meetingId: string, file: File, agendaItemId?: string | null): Promise<UploadResult> {
  return uploadDocument(
    `/api/network-meetings/${encodeURIComponent(meetingId)}/documents`,
    file,
    agendaItemId ? { agendaItemId } : {},
    i18n.t("networks.documents.tooLarge"),
  );
}

/**
 * Sends a file to one of the document store's upload addresses (meeting documents, the adopted
 * document of a regional strategy); `tooLarge` is what to say when a proxy refuses the size.
 */
export async function uploadDocument(url: string, file: File, fields: Record<string, string>, tooLarge: string): Promise<UploadResult> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", file, file.name);
  let res: Response;
  try {
    res = await fetch(url, {
      method: "POST",
      credentials: "include",
      // A form post from another site cannot carry this header without a preflight: the server asks for it (CSRF protection).
      headers: { "Accept-Language": currentLanguage(), "Apollo-Require-Preflight": "true" },
      body: form,
    });
  } catch {
    return { ok: false, message: i18n.t("errors.network"), code: "NETWORK_ERROR" };
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    /* not JSON: an error page from a proxy */
  }
  if (res.status === 201 && body && typeof body === "object" && "id" in body) return { ok: true, document: body as UploadedDocument };
  const error = (body as { error?: { code?: string; message?: string } } | null)?.error;
  if (res.status === 413) return { ok: false, message: tooLarge, code: "BAD_USER_INPUT" };
  return { ok: false, message: error?.message || i18n.t(res.status >= 500 ? "errors.server" : "errors.generic"), code: error?.code };
}
