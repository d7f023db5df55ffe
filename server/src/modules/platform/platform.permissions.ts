import { allow, can } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

export const platformPermissions: PermissionFragment = {
  Query: {
    platformSettings: can("platform.settings.manage"),
  },
  Mutation: {
    updatePlatformSettings: can("platform.settings.manage"),
  },
  PlatformSettings: allow,
};
