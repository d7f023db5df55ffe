import type { PermissionFragment } from "../permissions";
import { allow, isAuthenticated } from "./rules";

export const authPermissions: PermissionFragment = {
  Mutation: {
    login: allow,
    logout: isAuthenticated,
    acceptInvitation: allow,
  },
  AuthPayload: allow,
};
