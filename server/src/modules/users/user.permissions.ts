import { allow, and, can, isAuthenticated, isOwnOrganisation, or } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

export const userPermissions: PermissionFragment = {
  Query: {
    me: allow,
    users: and(isAuthenticated, or(can("user.read.any"), and(can("user.read.ownOrganisation"), isOwnOrganisation("organisationId")))),
  },
  Mutation: {
    // Which organisation's users, and which roles, the service decides (user.access.ts).
    setMyLanguage: isAuthenticated,
    setMyEmailFrequency: isAuthenticated,
    inviteUser: or(can("user.manage.any"), can("user.manage.ownOrganisation")),
    setUserRoles: or(can("user.manage.any"), can("user.manage.ownOrganisation")),
    setUserActive: or(can("user.manage.any"), can("user.manage.ownOrganisation")),
  },
  User: allow,
  UserPage: allow,
};

export const rolePermissions: PermissionFragment = {
  Query: { roleDefinitions: isAuthenticated },
  RoleDefinition: allow,
};
