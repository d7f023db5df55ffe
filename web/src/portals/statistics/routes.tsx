import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { lazyPage } from "../../app/lazyPage";

const NationalFollowUpPage = lazyPage(() => import("./NationalFollowUpPage"), "NationalFollowUpPage");
const StatisticsHub = lazyPage(() => import("./StatisticsHub"), "StatisticsHub");

/** The statistics of every area, gathered under /statistik. */
const pages: RouteObject[] = [
  { path: "statistik", element: <StatisticsHub /> },
  {
    path: "statistik/nationell-uppfoljning",
    element: (
      <RequireAbility ability={["statistics.read", "statistics.networks.read"]}>
        <NationalFollowUpPage />
      </RequireAbility>
    ),
  },
];

/**
 * The pages once their texts are loaded: the `statistics` namespace, and `development-funds` for
 * the map of the kommuner that Nationell uppföljning shares with the development funds' statistics.
 */
export const routes: RouteObject[] = [{ element: <RequireTexts ns={["statistics", "development-funds"]} />, children: pages }];
