/** `850 byte`, `12 kB`, `1,2 MB` (Swedish decimal comma in both languages, like the other figures). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} kB`;
  return `${(Math.round((bytes / 1024 / 1024) * 10) / 10).toString().replace(".", ",")} MB`;
}

/** What may be uploaded for a meeting (the server decides; this only narrows the file picker). */
export const ACCEPTED_FILES = ".pdf,.docx,.xlsx,.pptx,.odt,.ods,.odp,.txt,.png,.jpg,.jpeg";
