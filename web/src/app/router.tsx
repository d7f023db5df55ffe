import { createBrowserRouter, Navigate, useLocation } from "react-router-dom";
import { AdminIndex, AdminLayout } from "../portals/admin/AdminLayout";
import { OutboxPage } from "../portals/admin/OutboxPage";
import { UsersAdminPage } from "../portals/admin/UsersAdminPage";
import { AuditLogPage } from "../portals/audit/AuditLogPage";
import { AcceptInvitationPage } from "../portals/auth/AcceptInvitationPage";
import { LoginPage } from "../portals/auth/LoginPage";
import { NotificationsPage } from "../portals/notifications/NotificationsPage";
import { OrganisationPage } from "../portals/organisation/OrganisationPage";
import { PlaceholderPortal } from "../portals/placeholder/PlaceholderPortal";
import { StartPage } from "../portals/start/StartPage";
import { NotFoundPage, PageErrorPage, RouteErrorPage } from "./ErrorPages";
import { RequireAbility, RequireAuth } from "./guards";

/** The e-mailed invitation link may use the English path; the page lives at /inbjudan. */
function InvitationRedirect() {
  const { search } = useLocation();
  return <Navigate to={`/inbjudan${search}`} replace />;
}

export function createRouter() {
  return createBrowserRouter([
    {
      errorElement: <RouteErrorPage />,
      children: [
        { path: "/logga-in", element: <LoginPage /> },
        { path: "/inbjudan", element: <AcceptInvitationPage /> },
        { path: "/invitation", element: <InvitationRedirect /> },
        {
          element: <RequireAuth />,
          children: [
            {
              errorElement: <PageErrorPage />,
              children: [
                { index: true, element: <StartPage /> },
                { path: "stimulansmedel", element: <PlaceholderPortal area="grants" /> },
                { path: "utbildningar", element: <PlaceholderPortal area="trainings" /> },
                { path: "natverk", element: <PlaceholderPortal area="networks" /> },
                { path: "utvecklingsmedel", element: <PlaceholderPortal area="devfunds" /> },
                { path: "statistik", element: <PlaceholderPortal area="statistics" /> },
                {
                  path: "organisation",
                  element: (
                    <RequireAbility ability="user.read.ownOrganisation">
                      <OrganisationPage />
                    </RequireAbility>
                  ),
                },
                {
                  path: "admin",
                  element: (
                    <RequireAbility ability={["user.invite", "outbox.read"]}>
                      <AdminLayout />
                    </RequireAbility>
                  ),
                  children: [
                    { index: true, element: <AdminIndex /> },
                    {
                      path: "anvandare",
                      element: (
                        <RequireAbility ability="user.invite">
                          <UsersAdminPage />
                        </RequireAbility>
                      ),
                    },
                    {
                      path: "utskick",
                      element: (
                        <RequireAbility ability="outbox.read">
                          <OutboxPage />
                        </RequireAbility>
                      ),
                    },
                  ],
                },
                {
                  path: "granskningslogg",
                  element: (
                    <RequireAbility ability="audit.read">
                      <AuditLogPage />
                    </RequireAbility>
                  ),
                },
                { path: "aviseringar", element: <NotificationsPage /> },
                { path: "*", element: <NotFoundPage /> },
              ],
            },
          ],
        },
      ],
    },
  ]);
}
