import type { PermissionFragment } from "../permissions";
import { allow, can, isAuthenticated } from "./rules";

export const authPermissions: PermissionFragment = {
  Mutation: {
    login: allow,
    logout: isAuthenticated,
    acceptInvitation: allow,
    liftSignInThrottle: can("user.assignRoles"),
  },
  AuthPayload: allow,
};
