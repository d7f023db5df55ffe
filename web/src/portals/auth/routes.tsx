import { Navigate, type RouteObject, useLocation } from "react-router-dom";
import { AcceptInvitationPage } from "./AcceptInvitationPage";
import { ForgotPasswordPage } from "./ForgotPasswordPage";
import { LoginPage } from "./LoginPage";
import { ParticipantLinkPage } from "./ParticipantLinkPage";
import { PublicCalendarPage } from "./PublicCalendarPage";
import { ResetPasswordPage } from "./ResetPasswordPage";

/** The e-mailed invitation link may use the English path; the page lives at /inbjudan. */
function InvitationRedirect() {
  const { search } = useLocation();
  return <Navigate to={`/inbjudan${search}`} replace />;
}

/** Signing in, accepting an invitation, resetting a password, the public training calendar and a participant's personal link: the pages for people who are not signed in. */
export const routes: RouteObject[] = [
  { path: "/logga-in", element: <LoginPage /> },
  { path: "/inbjudan", element: <AcceptInvitationPage /> },
  { path: "/invitation", element: <InvitationRedirect /> },
  { path: "/kalender", element: <PublicCalendarPage /> },
  { path: "/anmalan", element: <ParticipantLinkPage /> },
  { path: "/glomt-losenord", element: <ForgotPasswordPage /> },
  { path: "/nytt-losenord", element: <ResetPasswordPage /> },
];
