import { allow, isAuthenticated } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

export const searchPermissions: PermissionFragment = {
  // Anyone signed in; each kind is limited by its own domain's visibility.
  Query: { search: isAuthenticated },
  SearchResults: allow,
  SearchGroup: allow,
  SearchHit: allow,
};
