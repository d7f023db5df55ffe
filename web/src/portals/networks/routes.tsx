import "./networks.css";
import type { ReactNode } from "react";
import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { lazyPage } from "../../app/lazyPage";

const DecisionsPage = lazyPage(() => import("./DecisionsPage"), "DecisionsPage");
const MeetingPage = lazyPage(() => import("./MeetingPage"), "MeetingPage");
const NetworkFormPage = lazyPage(() => import("./NetworkFormPage"), "NetworkFormPage");
const NetworkListPage = lazyPage(() => import("./NetworkListPage"), "NetworkListPage");
const NetworkPage = lazyPage(() => import("./NetworkPage"), "NetworkPage");
const ScheduleMeetingPage = lazyPage(() => import("./ScheduleMeetingPage"), "ScheduleMeetingPage");
const StatisticsPage = lazyPage(() => import("./StatisticsPage"), "StatisticsPage");

const participate = (page: ReactNode) => <RequireAbility ability={["network.participate", "network.convene"]}>{page}</RequireAbility>;
const convene = (page: ReactNode) => <RequireAbility ability="network.convene">{page}</RequireAbility>;

/**
 * The Nätverk portal under /natverk. Notifications link to /natverk/moten/:id.
 * Whether the user convenes a particular network is decided by the server (`isConvener`).
 */
const pages: RouteObject[] = [
  { path: "natverk", element: participate(<NetworkListPage />) },
  { path: "natverk/nytt", element: convene(<NetworkFormPage />) },
  { path: "natverk/moten/:meetingId", element: participate(<MeetingPage />) },
  { path: "natverk/:networkId", element: participate(<NetworkPage />) },
  { path: "natverk/:networkId/andra", element: convene(<NetworkFormPage />) },
  { path: "natverk/:networkId/planera", element: convene(<ScheduleMeetingPage />) },
  { path: "natverk/:networkId/statistik", element: participate(<StatisticsPage />) },
  { path: "natverk/:networkId/beslut", element: participate(<DecisionsPage />) },
];

/** The pages once the portal's texts (the `networks` namespace) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns="networks" />, children: pages }];
