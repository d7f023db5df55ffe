import type { PermissionFragment } from "../../permissions";
import { allow, can, isAuthenticated, or } from "../rules";

/** Which organisation, and which roles, the service decides (user.access.ts). */
const administersOrganisation = or(can("user.manage.any"), can("user.manage.ownOrganisation"));

export const oidcPermissions: PermissionFragment = {
  Query: {
    signInProviders: allow,
    identityProvider: can("user.manage.any"),
    identityLinkRequests: administersOrganisation,
  },
  Mutation: {
    setIdentityProvider: can("user.manage.any"),
    removeIdentityProvider: can("user.manage.any"),
    approveIdentityLinkRequest: administersOrganisation,
    rejectIdentityLinkRequest: administersOrganisation,
    signOut: isAuthenticated,
  },
  SignInProvider: allow,
  SignOutPayload: allow,
  IdentityProviderSettings: allow,
  IdentityLinkRequest: allow,
};
