import i18next from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { areaById, canUseArea } from "../../app/areas";
import { ForbiddenPage } from "../../app/guards";
import { useMe } from "../../app/session";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";

i18next.addResourceBundle("sv", "translation", {
  statisticsHub: {
    title: "Statistik",
    lead: "Uppföljningen finns i varje portal. Härifrån når du den statistik du har tillgång till.",
    trainings: "Utbildningar: tillfällen, deltagare, kommuner och regioner som nåtts, närvaro och efterfrågan som inte tillgodosetts.",
    trainingsLink: "Utbildningsstatistik",
    funds: "Utvecklingsmedel: de nationella tabellerna per år och mottagare, per kommungrupp och storlek, och kartan över kommunerna.",
    fundsLink: "Statistik över utvecklingsmedel",
    networks: "Nätverk: möten, representerade organisationer och deltagande per nätverk och år, på varje nätverks sida.",
    networksLink: "Nätverk",
    leaders: "Kursledare: andelen kommuner med minst en certifierad kursledare per län.",
    leadersLink: "Kursledarregistret",
  },
}, true, true);
i18next.addResourceBundle("en", "translation", {
  statisticsHub: {
    title: "Statistics",
    lead: "Follow-up lives in each portal. From here you reach the statistics you have access to.",
    trainings: "Trainings: events, participants, kommuner and regions reached, attendance and unmet demand.",
    trainingsLink: "Training statistics",
    funds: "Development funds: the national tables per year and recipient, per municipality group and size, and the map of the kommuner.",
    fundsLink: "Development-fund statistics",
    networks: "Networks: meetings, organisations represented and attendance per network and year, on each network's page.",
    networksLink: "Networks",
    leaders: "Course leaders: the share of kommuner with at least one certified course leader, per county.",
    leadersLink: "Course-leader registry",
  },
}, true, true);

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
