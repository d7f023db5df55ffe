import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { lazyPage } from "../../app/lazyPage";

const AuditLogPage = lazyPage(() => import("./AuditLogPage"), "AuditLogPage");

/** The audit log under /granskningslogg. */
const pages: RouteObject[] = [
  {
    path: "granskningslogg",
    element: (
      <RequireAbility ability={["audit.read.all", "audit.read.ownOrganisation"]}>
        <AuditLogPage />
      </RequireAbility>
    ),
  },
];

/** The pages once the portal's texts (the `audit` namespace) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns="audit" />, children: pages }];
