import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { ApplicationPage } from "./ApplicationPage";
import { CallPage } from "./CallPage";
import { ConsultationsPage } from "./ConsultationsPage";
import { GrantsHome } from "./GrantsHome";
import { GrantsLayout } from "./GrantsLayout";
import { NewCallPage } from "./NewCallPage";
import { SummaryPage } from "./SummaryPage";

/** The Stimulansmedel portal under /stimulansmedel; the layout decides who may use it. */
const pages: RouteObject[] = [
  {
    path: "stimulansmedel",
    element: <GrantsLayout />,
    children: [
      { index: true, element: <GrantsHome /> },
      { path: "utlysningar/ny", element: <NewCallPage /> },
      { path: "utlysningar/:id", element: <CallPage /> },
      // "ny" is a new application (?utlysning=ID); the same page keeps its form when the draft gets its id.
      { path: "ansokningar/:id", element: <ApplicationPage /> },
      { path: "remisser", element: <ConsultationsPage /> },
      {
        path: "arssammanstallning",
        element: (
          <RequireAbility ability="grant.read.all">
            <SummaryPage />
          </RequireAbility>
        ),
      },
    ],
  },
];

/** The pages once the portal's texts (the `grants` namespace) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns="grants" />, children: pages }];
