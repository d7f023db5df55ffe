import { Navigate, type RouteObject, useLocation } from "react-router-dom";
import { withApollo } from "../../app/apolloRoutes";
import { lazyPage } from "../../app/lazyPage";
import { LoginPage } from "./LoginPage";

// The sign-in page is part of the first load; the other pages load on demand, with Apollo Client.
const AcceptInvitationPage = lazyPage(() => import("./AcceptInvitationPage"), "AcceptInvitationPage");
const ForgotPasswordPage = lazyPage(() => import("./ForgotPasswordPage"), "ForgotPasswordPage");
const ParticipantLinkPage = lazyPage(() => import("./ParticipantLinkPage"), "ParticipantLinkPage");
const PublicCalendarPage = lazyPage(() => import("./PublicCalendarPage"), "PublicCalendarPage");
const ResetPasswordPage = lazyPage(() => import("./ResetPasswordPage"), "ResetPasswordPage");

/** The e-mailed invitation link may use the English path; the page lives at /inbjudan. */
function InvitationRedirect() {
  const { search } = useLocation();
  return <Navigate to={`/inbjudan${search}`} replace />;
}

/** Signing in, accepting an invitation, resetting a password, the public training calendar and a participant's personal link: the pages for people who are not signed in. */
export const routes: RouteObject[] = [
  { path: "/logga-in", element: <LoginPage /> },
  { path: "/invitation", element: <InvitationRedirect /> },
  withApollo([
    { path: "/inbjudan", element: <AcceptInvitationPage /> },
    { path: "/kalender", element: <PublicCalendarPage /> },
    { path: "/anmalan", element: <ParticipantLinkPage /> },
    { path: "/glomt-losenord", element: <ForgotPasswordPage /> },
    { path: "/nytt-losenord", element: <ResetPasswordPage /> },
  ]),
];
