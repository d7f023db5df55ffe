import { useEffect } from "react";

/** Sets `<title>` to "{page} – Samverka". */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} – Samverka` : "Samverka";
  }, [title]);
}
