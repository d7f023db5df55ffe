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
    email: {
      heading: "E-mail about notifications",
      legend: "How do you want e-mail about your notifications?",
      hint: "Your notifications are always here in Samverka. Invitations and other e-mail about your account are always sent.",
      choice: {
        IMMEDIATE: "One e-mail for each notification",
        DAILY: "A daily digest (from 07:00) of what is unread",
        OFF: "No e-mail about notifications",
      },
      save: "Save choice",
      saved: {
        IMMEDIATE: "Saved: you get one e-mail for each notification.",
        DAILY: "Saved: you get a daily digest of what is unread.",
        OFF: "Saved: you get no e-mail about notifications.",
      },
    },
  },
};

export default en;
