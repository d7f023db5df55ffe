import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { areaById, canUseArea } from "../../app/areas";
import { ForbiddenPage } from "../../app/guards";
import { useMe } from "../../app/session";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";

/** Statistik: where each portal's follow-up is, for those who may read it. */
export function StatisticsHub() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("statisticsHub.title"));
  if (!canUseArea(areaById("statistics"), me.abilities)) return <ForbiddenPage />;
  const items = [
    { text: "statisticsHub.trainings", link: "statisticsHub.trainingsLink", to: "/utbildningar/statistik" },
    { text: "statisticsHub.leaders", link: "statisticsHub.leadersLink", to: "/utbildningar/kursledare" },
    { text: "statisticsHub.funds", link: "statisticsHub.fundsLink", to: "/utvecklingsmedel/statistik" },
    { text: "statisticsHub.networks", link: "statisticsHub.networksLink", to: "/natverk" },
  ];
  return (
    <>
      <h1>{t("statisticsHub.title")}</h1>
      <p className="lead">{t("statisticsHub.lead")}</p>
      <ul className="task-list">
        {items.map((i) => (
          <li key={i.to}>
            <Link to={i.to}>{t(i.link)}</Link> – {t(i.text)}
          </li>
        ))}
      </ul>
    </>
  );
}
