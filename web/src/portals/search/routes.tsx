import type { RouteObject } from "react-router-dom";
import { RequireTexts } from "../../app/i18n/RequireTexts";
import { lazyPage } from "../../app/lazyPage";

const SearchPage = lazyPage(() => import("./SearchPage"), "SearchPage");

/** Search results at /sok?q=…, reached from the header's search field. */
const pages: RouteObject[] = [{ path: "sok", element: <SearchPage /> }];

/** The page once its texts (the `search` namespace) are loaded. */
export const routes: RouteObject[] = [{ element: <RequireTexts ns="search" />, children: pages }];
