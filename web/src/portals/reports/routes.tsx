import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { lazyPage } from "../../app/lazyPage";

const ReportsPage = lazyPage(() => import("./ReportsPage"), "ReportsPage");

/** Rapporter under /rapporter: the yearly report to the government. */
const pages: RouteObject[] = [
  {
    path: "rapporter",
    element: (
      <RequireAbility ability="report.read">
        <ReportsPage />
      </RequireAbility>
    ),
  },
];

/** The pages once the portal's texts (the `reports` namespace) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns="reports" />, children: pages }];
