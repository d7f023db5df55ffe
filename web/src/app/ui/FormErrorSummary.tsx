import { ErrorSummary, type SummaryItem } from "./ErrorSummary";
import type { FormFailure } from "./useFormErrors";

/**
 * The summary of a failed form: each field message links to its field. `idFor` turns a
 * path (`title`, `budgetLines.2.amount`) into the id of the control; unknown paths link to `fallbackId`.
 */
export function FormErrorSummary({ failure, idFor, fallbackId }: { failure: FormFailure | null; idFor(path: string): string | undefined; fallbackId: string }) {
  if (!failure) return null;
  const items: SummaryItem[] = Object.entries(failure.paths).flatMap(([path, msgs]) =>
    msgs.map((message) => ({ fieldId: idFor(path) ?? fallbackId, message })),
  );
  return <ErrorSummary message={failure.message} items={items} focusKey={failure.at} />;
}
