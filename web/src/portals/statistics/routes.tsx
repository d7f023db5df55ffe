import type { RouteObject } from "react-router-dom";
import { StatisticsHub } from "./StatisticsHub";

/** The statistics of every area, gathered under /statistik. */
export const routes: RouteObject[] = [{ path: "statistik", element: <StatisticsHub /> }];
