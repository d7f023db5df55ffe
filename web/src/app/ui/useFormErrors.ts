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

/**
 * A form library's nested errors (`{ budgetLines: { 0: { amount: { message } } } }`) as messages
 * by path (`budgetLines.0.amount`), the shape the error summary and the fields read.
 */
export function errorPaths(errors: object, prefix = ""): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(errors)) {
    if (key === "ref" || key === "type" || key === "types" || value == null || typeof value !== "object") continue;
    const path = key === "root" ? prefix : prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === "string" && message) (out[path || key] ??= []).push(message);
    for (const [p, list] of Object.entries(errorPaths(value as object, path))) (out[p] ??= []).push(...list);
  }
  return out;
}
