import { allow, can } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

export const auditPermissions: PermissionFragment = {
  Query: { auditLog: can("audit.read") },
  AuditEntry: allow,
  AuditEntryPage: allow,
};
