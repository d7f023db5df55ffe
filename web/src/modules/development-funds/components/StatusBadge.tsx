import { useTranslation } from "react-i18next";
import type { GrantApplicationStatus } from "../../../generated/graphql";
import { statusTone } from "../labels";

/** "Rekvirerad", "Väntar på bekräftelse", … as a coloured badge with its words. */
export function StatusBadge({ status }: { status: GrantApplicationStatus }) {
  const { t } = useTranslation();
  return <span className={`status status--${statusTone(status)}`}>{t(`devfunds.status.${status}`)}</span>;
}

/** "Demodata": the seeded history years, shown wherever they appear. */
export function DemoTag() {
  const { t } = useTranslation();
  return (
    <span className="tag df-demo" title={t("devfunds.demo.title")}>
      {t("devfunds.demo.tag")}
    </span>
  );
}
