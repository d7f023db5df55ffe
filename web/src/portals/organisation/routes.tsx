import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { lazyPage } from "../../app/lazyPage";

const OrganisationPage = lazyPage(() => import("./OrganisationPage"), "OrganisationPage");

/** The user's own organisation under /organisation. */
export const routes: RouteObject[] = [
  {
    path: "organisation",
    element: (
      <RequireAbility ability="user.read.ownOrganisation">
        <OrganisationPage />
      </RequireAbility>
    ),
  },
];
