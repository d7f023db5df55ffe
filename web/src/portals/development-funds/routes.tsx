import "../../modules/development-funds/devfunds.css";
import type { ReactNode } from "react";
import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { lazyPage } from "../../app/lazyPage";

const DevFundsHome = lazyPage(() => import("./DevFundsHome"), "DevFundsHome");
const DevFundsLayout = lazyPage(() => import("./DevFundsLayout"), "DevFundsLayout");
const OpenRoundPage = lazyPage(() => import("./OpenRoundPage"), "OpenRoundPage");
const RoundPage = lazyPage(() => import("./RoundPage"), "RoundPage");
const StatisticsPage = lazyPage(() => import("./StatisticsPage"), "StatisticsPage");
const ReviewsPage = lazyPage(() => import("./ReviewsPage"), "ReviewsPage");

const manage = (page: ReactNode) => <RequireAbility ability="devfunds.manage">{page}</RequireAbility>;
const takePart = (page: ReactNode) => <RequireAbility ability={["devfunds.manage", "devfunds.requisition", "devfunds.apply"]}>{page}</RequireAbility>;
const assess = (page: ReactNode) => <RequireAbility ability="grant.application.assess">{page}</RequireAbility>;
const statistics = (page: ReactNode) => <RequireAbility ability="statistics.read">{page}</RequireAbility>;

/**
 * The Utvecklingsmedel portal under /utvecklingsmedel. Notifications link to
 * /utvecklingsmedel/omgangar/:id; what the round page shows depends on the user's abilities.
 */
const pages: RouteObject[] = [
  {
    path: "utvecklingsmedel",
    element: <DevFundsLayout />,
    children: [
      { index: true, element: <DevFundsHome /> },
      { path: "omgangar/ny", element: manage(<OpenRoundPage />) },
      { path: "omgangar/:roundId", element: takePart(<RoundPage />) },
      { path: "statistik", element: statistics(<StatisticsPage />) },
      { path: "bedomningar", element: assess(<ReviewsPage />) },
    ],
  },
];

/** The pages once the portal's texts (the `development-funds` namespace) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns={["development-funds", "questionnaires"]} />, children: pages }];
