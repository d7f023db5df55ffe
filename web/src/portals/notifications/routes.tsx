import type { RouteObject } from "react-router-dom";
import { NotificationsPage } from "./NotificationsPage";

/** The user's notifications under /aviseringar. */
export const routes: RouteObject[] = [{ path: "aviseringar", element: <NotificationsPage /> }];
