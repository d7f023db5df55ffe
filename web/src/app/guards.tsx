import { type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link, Navigate, useLocation } from "react-router-dom";
import { PageLoading } from "./apolloRoutes";
import { lazyPage } from "./lazyPage";
import { useSession } from "./session";
import { ErrorAlert } from "./ui/Messages";
import { useDocumentTitle } from "./ui/useDocumentTitle";

/** The signed-in layout (navigation, notifications) is loaded with the first signed-in page, not with the sign-in page. */
const Layout = lazyPage(() => import("./Layout"), "Layout");

/** Signed-in pages: the layout for signed-in users, the login page for everyone else. */
export function RequireAuth() {
  const { me, error } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (me === undefined) return <PageLoading />;
  if (me === null) {
    if (error) {
      return (
        <main id="main" className="container main main--centered">
          <h1>{t("errors.unreachableTitle")}</h1>
          <ErrorAlert>{t("errors.unreachable")}</ErrorAlert>
          <button type="button" className="button" onClick={() => window.location.reload()}>
            {t("common.tryAgain")}
          </button>
        </main>
      );
    }
    return <Navigate to="/logga-in" replace state={{ from: `${location.pathname}${location.search}${location.hash}` }} />;
  }
  return (
    <Suspense fallback={<PageLoading />}>
      <Layout />
    </Suspense>
  );
}

/** A page for users holding one of the abilities; others see why they cannot use it. */
export function RequireAbility({ ability, children }: { ability: string | string[]; children: ReactNode }) {
  const { me } = useSession();
  const wanted = Array.isArray(ability) ? ability : [ability];
  const allowed = !!me && wanted.some((a) => (a.endsWith("*") ? me.abilities.some((x) => x.startsWith(a.slice(0, -1))) : me.abilities.includes(a)));
  if (!allowed) return <ForbiddenPage />;
  return <>{children}</>;
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("forbidden.title"));
  return (
    <>
      <h1>{t("forbidden.title")}</h1>
      <p>{t("forbidden.body")}</p>
      <p>
        <Link to="/">{t("common.backToStart")}</Link>
      </p>
    </>
  );
}
