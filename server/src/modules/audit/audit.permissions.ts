import { allow, can, or } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

export const auditPermissions: PermissionFragment = {
  // Whose entries (all, or the own organisation's) the service decides.
  Query: { auditLog: or(can("audit.read.all"), can("audit.read.ownOrganisation")) },
  AuditEntry: allow,
  AuditEntryPage: allow,
};
