import { useTranslation } from "react-i18next";
/** "Demodata": the seeded history years, shown wherever they appear. */
export function DemoTag() {
  const { t } = useTranslation();
  return (
    <span className="tag df-demo" title={t("devfunds.demo.title")}>
      {t("devfunds.demo.tag")}
    </span>
  );
}
