// The assessment and partial-report components are shared with the development funds, and so their styles and texts.
import "../../modules/development-funds/devfunds.css";
import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { lazyPage } from "../../app/lazyPage";

const ApplicationPage = lazyPage(() => import("./ApplicationPage"), "ApplicationPage");
const CallPage = lazyPage(() => import("./CallPage"), "CallPage");
const ConsultationsPage = lazyPage(() => import("./ConsultationsPage"), "ConsultationsPage");
const GrantsHome = lazyPage(() => import("./GrantsHome"), "GrantsHome");
const GrantsLayout = lazyPage(() => import("./GrantsLayout"), "GrantsLayout");
const NewCallPage = lazyPage(() => import("./NewCallPage"), "NewCallPage");
const SummaryPage = lazyPage(() => import("./SummaryPage"), "SummaryPage");
const LetterTemplatesPage = lazyPage(() => import("./LetterTemplatesPage"), "LetterTemplatesPage");
const ReviewsPage = lazyPage(() => import("./ReviewsPage"), "ReviewsPage");

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
      // Ansökningar att bedöma: the same page as under /utvecklingsmedel, where a stimulus call's reviewers are sent.
      {
        path: "bedomningar",
        element: (
          <RequireAbility ability="grant.application.assess">
            <ReviewsPage />
          </RequireAbility>
        ),
      },
      {
        path: "brevmallar",
        element: (
          <RequireAbility ability="grant.letterTemplate.manage">
            <LetterTemplatesPage />
          </RequireAbility>
        ),
      },
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

/** The pages once the portal's texts (the `grants` namespace, and the shared assessment's in `development-funds`) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns={["grants", "development-funds"]} />, children: pages }];
