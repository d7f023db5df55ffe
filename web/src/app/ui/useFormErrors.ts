import { useCallback, useState } from "react";
import { errorInfo } from "../errors";
import i18n from "../i18n";

export interface FormFailure {
  message: string;
  /** Messages by field path without `input.`, e.g. `title` or `budgetLines.0.amount`. */
  paths: Record<string, string[]>;
  /** Changes on every failure so the summary takes focus again. */
  at: number;
}

/** A form's failure: the general message and the messages per field, from the server or the browser. */
export function useFormErrors() {
  const [failure, setFailure] = useState<FormFailure | null>(null);
  const fail = useCallback((err: unknown) => {
    const info = errorInfo(err);
    setFailure({ message: info.message, paths: info.paths, at: Date.now() });
    return info;
  }, []);
  /** Checks made before sending: `{ title: ["Ange en rubrik."] }`. Returns false when there were any. */
  const check = useCallback((paths: Record<string, string[]>) => {
    if (Object.keys(paths).length === 0) return true;
    setFailure({ message: i18n.t("errors.checkFields"), paths, at: Date.now() });
    return false;
  }, []);
  const clear = useCallback(() => setFailure(null), []);
  const of = useCallback((path: string) => failure?.paths[path], [failure]);
  return { failure, fail, check, clear, of };
}
