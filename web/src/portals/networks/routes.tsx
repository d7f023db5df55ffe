import "./i18n";
import "./networks.css";
import type { ReactNode } from "react";
import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { MeetingPage } from "./MeetingPage";
import { NetworkFormPage } from "./NetworkFormPage";
import { NetworkListPage } from "./NetworkListPage";
import { NetworkPage } from "./NetworkPage";
import { ScheduleMeetingPage } from "./ScheduleMeetingPage";
import { StatisticsPage } from "./StatisticsPage";

const participate = (page: ReactNode) => <RequireAbility ability={["network.participate", "network.convene"]}>{page}</RequireAbility>;
const convene = (page: ReactNode) => <RequireAbility ability="network.convene">{page}</RequireAbility>;

/**
 * The Nätverk portal under /natverk. Notifications link to /natverk/moten/:id.
 * Whether the user convenes a particular network is decided by the server (`isConvener`).
 */
export const routes: RouteObject[] = [
  { path: "natverk", element: participate(<NetworkListPage />) },
  { path: "natverk/nytt", element: convene(<NetworkFormPage />) },
  { path: "natverk/moten/:meetingId", element: participate(<MeetingPage />) },
  { path: "natverk/:networkId", element: participate(<NetworkPage />) },
  { path: "natverk/:networkId/andra", element: convene(<NetworkFormPage />) },
  { path: "natverk/:networkId/planera", element: convene(<ScheduleMeetingPage />) },
  { path: "natverk/:networkId/statistik", element: participate(<StatisticsPage />) },
];
