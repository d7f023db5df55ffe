import type { PermissionFragment } from "../permissions";
import { allow, can, isAuthenticated, or } from "./rules";

export const authPermissions: PermissionFragment = {
  Mutation: {
    login: allow,
    logout: isAuthenticated,
    acceptInvitation: allow,
    liftSignInThrottle: or(can("user.manage.any"), can("user.manage.ownOrganisation")),
  },
  AuthPayload: allow,
};
