import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "./Messages";

/** Focuses the field, or the first control inside a group (e.g. a fieldset of checkboxes). */
function focusField(id: string) {
  const el = document.getElementById(id);
  if (!el) return;
  const control = el.matches("input, select, textarea, button") ? el : el.querySelector<HTMLElement>("input, select, textarea, button");
  if (control) {
    control.focus();
  } else {
    el.setAttribute("tabindex", "-1");
    el.focus();
  }
}

export interface SummaryItem {
  /** id of the field the message is about */
  fieldId: string;
  message: string;
}

/**
 * The general message of a failed form, plus a link to each field that needs correcting.
 * Takes focus when it appears so keyboard and screen reader users land on it.
 */
export function ErrorSummary({ message, items = [], focusKey }: { message: string; items?: SummaryItem[]; focusKey?: unknown }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [focusKey]);
  // A refusal about one field (e.g. e-mail already taken) is both the message and the field's error: say it once.
  const same = items.find((i) => i.message === message);
  const rest = items.filter((i) => i.message !== message);
  const link = (item: SummaryItem, text: string) => (
    <a
      href={`#${item.fieldId}`}
      onClick={(e) => {
        e.preventDefault();
        focusField(item.fieldId);
      }}
    >
      {text}
    </a>
  );
  return (
    <ErrorAlert ref={ref} title={rest.length ? t("errors.summaryTitle") : undefined}>
      <p>{same ? link(same, message) : message}</p>
      {rest.length > 0 && (
        <ul className="error-summary__list">
          {rest.map((item, i) => (
            <li key={`${item.fieldId}-${i}`}>{link(item, item.message)}</li>
          ))}
        </ul>
      )}
    </ErrorAlert>
  );
}
