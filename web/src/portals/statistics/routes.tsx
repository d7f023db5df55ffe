import type { RouteObject } from "react-router-dom";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { StatisticsHub } from "./StatisticsHub";

/** The statistics of every area, gathered under /statistik. */
const pages: RouteObject[] = [{ path: "statistik", element: <StatisticsHub /> }];

/** The page once its texts (the `statistics` namespace) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns="statistics" />, children: pages }];
