import { LoginAttempt } from "../auth/login-attempt.entity";
import { Session } from "../auth/session.entity";
import { AuditEntry } from "../modules/audit/audit-entry.entity";
import { Notification } from "../modules/notifications/notification.entity";
import { OutboxMail } from "../modules/notifications/outbox-mail.entity";
import { County } from "../modules/organisations/county.entity";
import { Organisation } from "../modules/organisations/organisation.entity";
import { User } from "../modules/users/user.entity";

/** Every TypeORM entity, passed to the DataSource explicitly. */
export const ENTITIES = [County, Organisation, User, Session, LoginAttempt, AuditEntry, Notification, OutboxMail];
