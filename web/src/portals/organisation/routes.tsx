import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { OrganisationPage } from "./OrganisationPage";

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
