import i18n, { currentLanguage } from "../../app/i18n";

export type AttachmentUpload = { ok: true; filename: string } | { ok: false; message: string };

/** What an application may carry (the server checks the bytes too; this narrows the file picker and says early what will be refused). */
export const ATTACHMENT_EXTENSIONS = [".pdf", ".docx", ".xlsx", ".pptx", ".odt", ".ods", ".odp", ".png", ".jpg", ".jpeg"];

/**
 * Sends an attachment to `POST /api/grant-applications/:id/attachments` with the session cookie and
 * the `Apollo-Require-Preflight` header the server requires of a multipart post (CSRF protection),
 * reporting progress (0–1) as it goes. A refusal comes back as the server's message in the UI language.
 */
export function uploadAttachment(applicationId: string, file: File, onProgress: (share: number) => void): Promise<AttachmentUpload> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/grant-applications/${encodeURIComponent(applicationId)}/attachments`);
    xhr.withCredentials = true;
    xhr.setRequestHeader("Accept-Language", currentLanguage());
    xhr.setRequestHeader("Apollo-Require-Preflight", "true");
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => resolve({ ok: false, message: i18n.t("errors.network") });
    xhr.onload = () => {
      const body = parse(xhr.responseText);
      if (xhr.status === 201 && body?.filename) return resolve({ ok: true, filename: body.filename });
      if (xhr.status === 413) return resolve({ ok: false, message: i18n.t("caseThread.attachments.tooLargeProxy") });
      resolve({ ok: false, message: body?.error?.message || i18n.t(xhr.status >= 500 ? "errors.server" : "errors.generic") });
    };
    const form = new FormData();
    form.append("file", file, file.name);
    xhr.send(form);
  });
}

function parse(text: string): { filename?: string; error?: { message?: string } } | null {
  try {
    return JSON.parse(text) as { filename?: string; error?: { message?: string } };
  } catch {
    return null; // not JSON: an error page from a proxy
  }
}
