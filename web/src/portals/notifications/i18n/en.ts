import type { Shape } from "../../../app/i18n/shape";
import type sv from "./sv";

/** English texts of the Aviseringar portal. Must have exactly the keys of sv.ts (the type checks it). */
const en: Shape<typeof sv> = {
  notifications: {
    title: "Notifications",
    summary_one: "{{count}} notification, {{unread}} unread",
    summary_other: "{{count}} notifications, {{unread}} unread",
    markAll: "Mark all as read",
    markedAll_one: "{{count}} notification marked as read.",
    markedAll_other: "{{count}} notifications marked as read.",
    noneUnread: "There are no unread notifications.",
    unread: "Unread",
    readAt: "read {{time}}",
    empty: "You have no notifications.",
    pagerLabel: "Pages of the notification list",
  },
};

export default en;
