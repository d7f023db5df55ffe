import { allow, isAuthenticated } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

export const organisationPermissions: PermissionFragment = {
  Query: {
    organisations: isAuthenticated,
    organisation: isAuthenticated,
    counties: isAuthenticated,
  },
  Organisation: allow,
  OrganisationPage: allow,
  County: allow,
};
