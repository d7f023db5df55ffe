import { allow, can } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

export const reportPermissions: PermissionFragment = {
  Query: {
    reportOverview: can("report.read"),
    reportDeadlines: can("report.read"),
  },
  Mutation: {
    submitReport: can("report.submit"),
  },
  ReportOverview: allow,
  ReportSectionView: allow,
  ReportTableView: allow,
  ReportDeadlineView: allow,
};
