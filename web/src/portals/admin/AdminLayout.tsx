import { useTranslation } from "react-i18next";
import { Navigate, NavLink, Outlet } from "react-router-dom";
import { useSession } from "../../app/session";

/** The administration pages share a sub-navigation. */
export function AdminLayout() {
  const { t } = useTranslation();
  const { can } = useSession();
  return (
    <>
      <nav className="subnav" aria-label={t("admin.nav")}>
        <ul>
          {(can("user.manage.any") || can("user.manage.ownOrganisation")) && (
            <li>
              <NavLink to="/admin/anvandare">{t("admin.users")}</NavLink>
            </li>
          )}
          {can("user.manage.any") && (
            <li>
              <NavLink to="/admin/inloggning">{t("admin.singleSignOn")}</NavLink>
            </li>
          )}
          {can("method.manage") && (
            <li>
              <NavLink to="/admin/metoder">{t("admin.methods")}</NavLink>
            </li>
          )}
          {can("personalData.manage") && (
            <li>
              <NavLink to="/admin/personuppgifter">{t("admin.personalData")}</NavLink>
            </li>
          )}
          {can("platform.settings.manage") && (
            <li>
              <NavLink to="/admin/installningar">{t("admin.settings")}</NavLink>
            </li>
          )}
          {can("outbox.read") && (
            <li>
              <NavLink to="/admin/utskick">{t("admin.outbox")}</NavLink>
            </li>
          )}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}

export function AdminIndex() {
  const { can } = useSession();
  return <Navigate to={can("user.manage.any") || can("user.manage.ownOrganisation") ? "/admin/anvandare" : "/admin/utskick"} replace />;
}
