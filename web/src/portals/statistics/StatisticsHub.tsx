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
  const all = me.abilities.includes("statistics.read");
  const items = [
    { text: "statisticsHub.national", link: "statisticsHub.nationalLink", to: "/statistik/nationell-uppfoljning", shown: true },
    { text: "statisticsHub.trainings", link: "statisticsHub.trainingsLink", to: "/utbildningar/statistik", shown: all },
    { text: "statisticsHub.leaders", link: "statisticsHub.leadersLink", to: "/utbildningar/kursledare", shown: all },
    { text: "statisticsHub.funds", link: "statisticsHub.fundsLink", to: "/utvecklingsmedel/statistik", shown: all },
    { text: "statisticsHub.networks", link: "statisticsHub.networksLink", to: "/natverk", shown: all },
  ].filter((i) => i.shown);
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
