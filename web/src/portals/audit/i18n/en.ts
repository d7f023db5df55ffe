import type { Shape } from "../../../app/i18n/shape";
import type sv from "./sv";

/** English texts of the Granskningslogg portal. Must have exactly the keys of sv.ts (the type checks it). */
const en: Shape<typeof sv> = {
  audit: {
    title: "Audit log",
    intro: "Who changed what and when, newest first.",
    filterLabel: "Filter the audit log",
    action: "Action",
    actionHint: "For example user.invite",
    entityType: "Kind of object",
    allEntities: "All",
    caption_one: "{{count}} event",
    caption_other: "{{count}} events",
    time: "Time",
    who: "Who",
    organisation: "Organisation",
    entity: "Object",
    changes: "Changes",
    showChanges: "Show before and after",
    before: "Before",
    after: "After",
    system: "The system",
    empty: "The audit log is empty.",
    emptyFiltered: "No events match the filter.",
    pagerLabel: "Pages of the audit log",
  },
  auditActions: {
    auth_login: "Sign-in",
    auth_logout: "Sign-out",
    user_invite: "Invitation",
    user_acceptInvitation: "Invitation accepted",
    user_setRoles: "Roles changed",
    user_activate: "Account reactivated",
    user_deactivate: "Account deactivated",
    user_createAdmin: "Administrator created",
  },
  entityTypes: {
    User: "User",
    Organisation: "Organisation",
  },
};

export default en;
