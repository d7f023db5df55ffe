import type { Shape } from "../../../app/i18n/shape";
import type sv from "./sv";

/** English texts of the Statistik page. Must have exactly the keys of sv.ts (the type checks it). */
const en: Shape<typeof sv> = {
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
};

export default en;
