import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { AuditLogPage } from "./AuditLogPage";

/** The audit log under /granskningslogg. */
export const routes: RouteObject[] = [
  {
    path: "granskningslogg",
    element: (
      <RequireAbility ability={["audit.read.all", "audit.read.ownOrganisation"]}>
        <AuditLogPage />
      </RequireAbility>
    ),
  },
];
