import "./devfunds.css";
import type { ReactNode } from "react";
import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { DevFundsHome } from "./DevFundsHome";
import { DevFundsLayout } from "./DevFundsLayout";
import { OpenRoundPage } from "./OpenRoundPage";
import { RoundPage } from "./RoundPage";
import { StatisticsPage } from "./StatisticsPage";

const manage = (page: ReactNode) => <RequireAbility ability="devfunds.manage">{page}</RequireAbility>;
const takePart = (page: ReactNode) => <RequireAbility ability={["devfunds.manage", "devfunds.requisition", "devfunds.apply"]}>{page}</RequireAbility>;
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
    ],
  },
];

/** The pages once the portal's texts (the `development-funds` namespace) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns={["development-funds", "questionnaires"]} />, children: pages }];
