import { allow, can, isAuthenticated } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

export const notificationPermissions: PermissionFragment = {
  Query: {
    notifications: isAuthenticated,
    unreadNotificationCount: isAuthenticated,
    outboxMails: can("outbox.read"),
  },
  Mutation: { markNotificationsRead: isAuthenticated },
  Notification: allow,
  NotificationPage: allow,
  OutboxMail: allow,
  OutboxMailPage: allow,
};
