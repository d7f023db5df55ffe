import type { RouteObject } from "react-router-dom";
import { lazyPage } from "../../app/lazyPage";

const AccountPage = lazyPage(() => import("./AccountPage"), "AccountPage");

/** The signed-in person's own account under /konto (texts in the common namespace, shared with the sign-in pages). */
export const routes: RouteObject[] = [{ path: "konto", element: <AccountPage /> }];
