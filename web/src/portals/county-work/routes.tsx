import "./county-work.css";
import type { ReactNode } from "react";
import type { RouteObject } from "react-router-dom";
import { RequireAbility } from "../../app/guards";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { lazyPage } from "../../app/lazyPage";

const CampaignFormPage = lazyPage(() => import("./CountyWorkFormPages"), "CampaignFormPage");
const MethodSpreadFormPage = lazyPage(() => import("./CountyWorkFormPages"), "MethodSpreadFormPage");
const StrategyFormPage = lazyPage(() => import("./CountyWorkFormPages"), "StrategyFormPage");
const VisitFormPage = lazyPage(() => import("./CountyWorkFormPages"), "VisitFormPage");
const CountyWorkPage = lazyPage(() => import("./CountyWorkPage"), "CountyWorkPage");

const read = (page: ReactNode) => <RequireAbility ability={["countyWork.manage.ownCounty", "countyWork.read.all"]}>{page}</RequireAbility>;
const manage = (page: ReactNode) => <RequireAbility ability="countyWork.manage.ownCounty">{page}</RequireAbility>;

/** Länets arbete under /lanets-arbete: the county's own work, and the national read-only view. */
const pages: RouteObject[] = [
  { path: "lanets-arbete", element: read(<CountyWorkPage />) },
  { path: "lanets-arbete/ny/kommunbesok", element: manage(<VisitFormPage />) },
  { path: "lanets-arbete/ny/kampanj", element: manage(<CampaignFormPage />) },
  { path: "lanets-arbete/ny/metodspridning", element: manage(<MethodSpreadFormPage />) },
  { path: "lanets-arbete/ny/strategi", element: manage(<StrategyFormPage />) },
  { path: "lanets-arbete/kommunbesok/:id", element: manage(<VisitFormPage />) },
  { path: "lanets-arbete/kampanjer/:id", element: manage(<CampaignFormPage />) },
  { path: "lanets-arbete/metodspridning/:id", element: manage(<MethodSpreadFormPage />) },
  { path: "lanets-arbete/strategier/:id", element: manage(<StrategyFormPage />) },
];

/** The pages once the portal's texts (the `county-work` namespace) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns="county-work" />, children: pages }];
