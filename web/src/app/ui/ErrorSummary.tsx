import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "./Messages";

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
  return (
    <ErrorAlert ref={ref} title={items.length ? t("errors.summaryTitle") : undefined}>
      <p>{message}</p>
      {items.length > 0 && (
        <ul className="error-summary__list">
          {items.map((item, i) => (
            <li key={`${item.fieldId}-${i}`}>
              <a
                href={`#${item.fieldId}`}
                onClick={(e) => {
                  e.preventDefault();
                  document.getElementById(item.fieldId)?.focus();
                }}
              >
                {item.message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </ErrorAlert>
  );
}
