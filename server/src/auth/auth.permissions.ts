import type { PermissionFragment } from "../permissions";
import { allow, can, isAuthenticated, or } from "./rules";

export const authPermissions: PermissionFragment = {
  Mutation: {
    login: allow,
    logout: isAuthenticated,
    acceptInvitation: allow,
    completeTwoFactorSignIn: allow,
    requestPasswordReset: allow,
    resetPassword: allow,
    // One's own account only: the service acts on the actor's own user and sessions.
    changePassword: isAuthenticated,
    endSession: isAuthenticated,
    endOtherSessions: isAuthenticated,
    startTwoFactorEnrolment: isAuthenticated,
    confirmTwoFactorEnrolment: isAuthenticated,
    disableTwoFactor: isAuthenticated,
    // Whose: the service decides (an administrator of the user's organisation, with its roles).
    resetUserTwoFactor: or(can("user.manage.any"), can("user.manage.ownOrganisation")),
    liftSignInThrottle: or(can("user.manage.any"), can("user.manage.ownOrganisation")),
  },
  Query: {
    mySessions: isAuthenticated,
    myTwoFactor: isAuthenticated,
  },
  AuthPayload: allow,
  AccountSession: allow,
  TwoFactorStatus: allow,
  TwoFactorEnrolment: allow,
};
