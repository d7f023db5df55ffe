import { useTranslation } from "react-i18next";
import type { GrantApplicationStatus } from "../../../generated/graphql";
import { GRANT_STATUSES } from "../status";

/** "Inskickad 3 · På remiss 1 …" for a call, in the order applications move. */
export function StatusCounts({ counts }: { counts: { status: GrantApplicationStatus; count: number }[] }) {
  const { t } = useTranslation();
  const shown = GRANT_STATUSES.map((s) => ({ status: s, count: counts.find((c) => c.status === s)?.count ?? 0 })).filter((c) => c.count > 0);
  if (shown.length === 0) return <span className="muted">{t("grants.overview.noApplications")}</span>;
  return (
    <ul className="count-list">
      {shown.map((c) => (
        <li key={c.status}>
          {t(`grantStatus.${c.status}`)}: <strong>{c.count}</strong>
        </li>
      ))}
    </ul>
  );
}
