import { useTranslation } from "react-i18next";

interface PagerProps {
  /** Names what is paged, for the navigation landmark, e.g. "Sidor i användarlistan". */
  label: string;
  offset: number;
  limit: number;
  total: number;
  onChange(offset: number): void;
}

/** Previous / next for an offset-paged list; shows nothing when everything fits on one page. */
export function Pager({ label, offset, limit, total, onChange }: PagerProps) {
  const { t } = useTranslation();
  if (total <= limit) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  return (
    <nav className="pager" aria-label={label}>
      <button type="button" className="button button--secondary" disabled={offset <= 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        <span aria-hidden="true">← </span>
        {t("pager.previous")}
      </button>
      <p className="pager__status" aria-live="polite">
        {t("pager.status", { page, pages, from: offset + 1, to: Math.min(total, offset + limit), total })}
      </p>
      <button type="button" className="button button--secondary" disabled={offset + limit >= total} onClick={() => onChange(offset + limit)}>
        {t("pager.next")}
        <span aria-hidden="true"> →</span>
      </button>
    </nav>
  );
}
