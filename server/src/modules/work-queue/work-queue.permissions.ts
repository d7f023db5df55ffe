import { allow, isAuthenticated } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

export const workQueuePermissions: PermissionFragment = {
  // Anyone signed in; each kind of work is scoped to the actor by its own domain.
  Query: { workQueue: isAuthenticated },
  WorkQueue: allow,
  WorkQueueGroup: allow,
  WorkItem: allow,
};
