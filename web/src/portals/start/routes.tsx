import type { RouteObject } from "react-router-dom";
import { StartPage } from "./StartPage";

/** The start page at /. */
export const routes: RouteObject[] = [{ index: true, element: <StartPage /> }];
