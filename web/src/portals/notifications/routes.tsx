import type { RouteObject } from "react-router-dom";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { lazyPage } from "../../app/lazyPage";

const NotificationsPage = lazyPage(() => import("./NotificationsPage"), "NotificationsPage");

/** The user's notifications under /aviseringar. */
const pages: RouteObject[] = [{ path: "aviseringar", element: <NotificationsPage /> }];

/** The pages once the portal's texts (the `notifications` namespace) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns="notifications" />, children: pages }];
