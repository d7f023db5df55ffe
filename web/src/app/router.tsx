import { createBrowserRouter } from "react-router-dom";
import { routes as account } from "../portals/account/routes";
import { routes as admin } from "../portals/admin/routes";
import { routes as audit } from "../portals/audit/routes";
import { routes as auth } from "../portals/auth/routes";
import { routes as countyWork } from "../portals/county-work/routes";
import { routes as developmentFunds } from "../portals/development-funds/routes";
import { routes as grants } from "../portals/grants/routes";
import { routes as networks } from "../portals/networks/routes";
import { routes as notifications } from "../portals/notifications/routes";
import { routes as organisation } from "../portals/organisation/routes";
import { routes as questionnaires } from "../portals/questionnaires/routes";
import { routes as search } from "../portals/search/routes";
import { routes as reports } from "../portals/reports/routes";
import { routes as start } from "../portals/start/routes";
import { routes as statistics } from "../portals/statistics/routes";
import { routes as trainings } from "../portals/trainings/routes";
import { withApollo } from "./apolloRoutes";
import { NotFoundPage, PageErrorPage, RouteErrorPage } from "./ErrorPages";
import { RequireAuth } from "./guards";

/**
 * Composes the portals' routes (each portal's `routes.tsx`): the sign-in pages for everyone,
 * the rest behind `RequireAuth`; every page but the sign-in page loads on demand, with Apollo Client, with one error page for the whole app and one inside the layout.
 */
export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorPage />,
      children: [
        ...auth,
        withApollo([
          {
            element: <RequireAuth />,
            children: [
              {
                errorElement: <PageErrorPage />,
                children: [
                  ...start,
                  ...grants,
                  ...trainings,
                  ...networks,
                  ...countyWork,
                  ...developmentFunds,
                  ...questionnaires,
                  ...statistics,
                  ...reports,
                  ...organisation,
                  ...admin,
                  ...audit,
                  ...notifications,
                  ...search,
                  ...account,
                  { path: "*", element: <NotFoundPage /> },
                ],
              },
            ],
          },
        ]),
      ],
    },
  ]);
}
