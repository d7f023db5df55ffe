import type { RouteObject } from "react-router-dom";
import { lazyPage } from "../../app/lazyPage";

const StartPage = lazyPage(() => import("./StartPage"), "StartPage");

/** The start page at /. */
export const routes: RouteObject[] = [{ index: true, element: <StartPage /> }];
