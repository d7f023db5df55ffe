import { allow, and, can, isAuthenticated, isOwnOrganisation, or } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

export const userPermissions: PermissionFragment = {
  Query: {
    me: allow,
    users: and(isAuthenticated, or(can("user.read.any"), and(can("user.read.ownOrganisation"), isOwnOrganisation("organisationId")))),
  },
  Mutation: {
    inviteUser: can("user.invite"),
    setUserRoles: can("user.assignRoles"),
    setUserActive: can("user.assignRoles"),
  },
  User: allow,
  UserPage: allow,
};

export const rolePermissions: PermissionFragment = {
  Query: { roleDefinitions: isAuthenticated },
  RoleDefinition: allow,
};
