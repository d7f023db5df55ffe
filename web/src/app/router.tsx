import { createBrowserRouter, Navigate, useLocation } from "react-router-dom";
import { AdminIndex, AdminLayout } from "../portals/admin/AdminLayout";
import { OutboxPage } from "../portals/admin/OutboxPage";
import { UsersAdminPage } from "../portals/admin/UsersAdminPage";
import { AuditLogPage } from "../portals/audit/AuditLogPage";
import { AcceptInvitationPage } from "../portals/auth/AcceptInvitationPage";
import { LoginPage } from "../portals/auth/LoginPage";
import { NotificationsPage } from "../portals/notifications/NotificationsPage";
import { OrganisationPage } from "../portals/organisation/OrganisationPage";
import { ApplicationPage } from "../portals/grants/ApplicationPage";
import { CallPage } from "../portals/grants/CallPage";
import { ConsultationsPage } from "../portals/grants/ConsultationsPage";
import { GrantsHome } from "../portals/grants/GrantsHome";
import { GrantsLayout } from "../portals/grants/GrantsLayout";
import { NewCallPage } from "../portals/grants/NewCallPage";
import { devFundsRoutes } from "../portals/development-funds";
import { networkRoutes } from "../portals/networks";
import { StatisticsHub } from "../portals/statistics/StatisticsHub";
import { CourseLeadersPage } from "../portals/trainings/CourseLeadersPage";
import { EventFormPage } from "../portals/trainings/EventFormPage";
import { EventPage } from "../portals/trainings/EventPage";
import { MyRegistrationsPage } from "../portals/trainings/MyRegistrationsPage";
import { StatisticsPage } from "../portals/trainings/StatisticsPage";
import { TrainingsHome } from "../portals/trainings/TrainingsHome";
import { TrainingsLayout } from "../portals/trainings/TrainingsLayout";
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
                {
                  path: "stimulansmedel",
                  element: <GrantsLayout />,
                  children: [
                    { index: true, element: <GrantsHome /> },
                    { path: "utlysningar/ny", element: <NewCallPage /> },
                    { path: "utlysningar/:id", element: <CallPage /> },
                    // "ny" is a new application (?utlysning=ID); the same page keeps its form when the draft gets its id.
                    { path: "ansokningar/:id", element: <ApplicationPage /> },
                    { path: "remisser", element: <ConsultationsPage /> },
                  ],
                },
                {
                  path: "utbildningar",
                  element: <TrainingsLayout />,
                  children: [
                    { index: true, element: <TrainingsHome /> },
                    { path: "ny", element: <EventFormPage /> },
                    { path: "anmalningar", element: <MyRegistrationsPage /> },
                    { path: "kursledare", element: <CourseLeadersPage /> },
                    { path: "statistik", element: <StatisticsPage /> },
                    { path: ":id", element: <EventPage /> },
                    { path: ":id/andra", element: <EventFormPage /> },
                  ],
                },
                ...networkRoutes,
                ...devFundsRoutes,
                { path: "statistik", element: <StatisticsHub /> },
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
                    <RequireAbility ability={["user.manage.any", "user.manage.ownOrganisation", "outbox.read"]}>
                      <AdminLayout />
                    </RequireAbility>
                  ),
                  children: [
                    { index: true, element: <AdminIndex /> },
                    {
                      path: "anvandare",
                      element: (
                        <RequireAbility ability={["user.manage.any", "user.manage.ownOrganisation"]}>
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
                    <RequireAbility ability={["audit.read.all", "audit.read.ownOrganisation"]}>
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
