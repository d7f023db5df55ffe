import { type EntityManager, IsNull, MoreThan, Not } from "typeorm";
import type { Config } from "../config/config";
import type { Database } from "../db/database";
import type { NotificationService } from "../modules/notifications/notification.service";
import { User } from "../modules/users/user.entity";
import { audit } from "../shared/audit";
import { param } from "../shared/messages";
import { openSealed, sealText } from "../shared/sealing";
import type { Actor } from "./actor";
import { AccountToken, AccountTokenKind, RecoveryCode } from "./account-token.entity";
import { AuthErrors } from "./auth.errors";
import { type AuthService, normaliseEmail } from "./auth.service";
import { hashPassword, isWeakPassword, verifyPassword } from "./passwords";
import type { PlatformSettingsService } from "../modules/platform/platform-settings.service";
import { managesOrganisation, mayGrant } from "../modules/users/user.access";
import { UserErrors } from "../modules/users/user.errors";
import { abilitiesOf, handlesMoney } from "./roles";
import { Session } from "./session.entity";
import { THROTTLE } from "./sign-in-throttle";
import { newToken, tokenDigest } from "./tokens";
import { newRecoveryCodes, newTotpSecret, qrCodeDataUrl, totpUri, userAgentSummary, verifyTotp } from "./two-factor";

/** How long a password-reset link works. */
export const RESET_LINK_MINUTES = 60;
/** The shortest time a reset request takes to answer, whether or not the account exists. */
const RESET_ANSWER_MS = 400;
/** The most sessions listed for one person (a session lasts SESSION_TTL_HOURS). */
export const MAX_LISTED_SESSIONS = 50;
/** Public ids of sessions: the start of the stored digest, enough to tell one's own sessions apart. */
const SESSION_ID_LENGTH = 16;

export interface SessionView {
  id: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  userAgent: string | null;
  current: boolean;
}

export interface TwoFactorStatus {
  enabled: boolean;
  /** The platform requires it of this person (they hold an ability that decides on or pays out money). */
  required: boolean;
  /** Recovery codes not yet used. */
  recoveryCodesLeft: number;
}

/**
 * A person's own account: password change, reset by e-mail link, their sessions, and enrolment
 * in two-factor sign-in. Sign-in itself, with its second step, is AuthService's.
 */
export class AccountService {
  constructor(
    private readonly db: Database,
    private readonly auth: AuthService,
    private readonly notifications: NotificationService,
    private readonly config: Pick<Config, "sessionSecret" | "publicUrl" | "requireTotpForMoney">,
    private readonly settings: PlatformSettingsService,
  ) {}

  private digest(token: string): string {
    return tokenDigest(token, this.config.sessionSecret);
  }

  private async load(m: EntityManager, id: number): Promise<User> {
    const user = await m.findOneBy(User, { id });
    if (!user) throw AuthErrors.userNotFound();
    return user;
  }

  /** The person changes their password: the current one is required; every other session ends. */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<boolean> {
    const user = await this.load(this.db.manager, actor.userId);
    if (!(await verifyPassword(currentPassword, user.passwordHash))) throw AuthErrors.wrongCurrentPassword(undefined, { field: "currentPassword" });
    if (isWeakPassword(newPassword, user.email)) throw AuthErrors.weakPassword(undefined, { field: "newPassword" });
    const passwordHash = await hashPassword(newPassword);
    await this.db.transaction(async (m) => {
      await m.update(User, { id: user.id }, { passwordHash });
      const ended = await m.delete(Session, { userId: user.id, id: Not(actor.sessionId) });
      await m.delete(AccountToken, { userId: user.id });
      await audit(m, actor, { action: "user.changePassword", entityType: "User", entityId: user.id, after: { otherSessionsEnded: ended.affected ?? 0 } });
    });
    return true;
  }

  /**
   * Glömt lösenord: mails a single-use link that works for an hour to the account, if there is an
   * active one. The answer, and about the time it takes, is the same whether or not there is.
   * Requests are limited per client address and per e-mail address.
   */
  async requestPasswordReset(emailInput: string, ipInput: string): Promise<boolean> {
    const started = Date.now();
    const email = normaliseEmail(emailInput);
    if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw AuthErrors.emailInvalid(undefined, { field: "email" });
    const ip = ipInput.slice(0, 64);
    const now = this.auth.clock();
    const throttle = this.auth.throttle;
    const byAddress = await throttle.take("reset", null, ip, THROTTLE.resetsPerAddress, now);
    const byAccount = byAddress ? null : await throttle.take("reset", email, null, THROTTLE.resetsPerAccount, now);
    const refused = byAddress ?? byAccount;
    if (refused) throw AuthErrors.tooManyResetRequests({ minutes: Math.max(1, Math.ceil((refused.until.getTime() - now.getTime()) / 60_000)) });
    await this.db.transaction(async (m) => {
      const user = await m.findOneBy(User, { email, active: true });
      if (!user) return;
      const token = newToken();
      await m.insert(AccountToken, {
        id: this.digest(token),
        kind: AccountTokenKind.PASSWORD_RESET,
        userId: user.id,
        expiresAt: new Date(now.getTime() + RESET_LINK_MINUTES * 60_000),
        usedAt: null,
        attempts: 0,
      });
      await audit(m, { userId: user.id, organisationId: user.organisationId }, { action: "user.requestPasswordReset", entityType: "User", entityId: user.id });
      await this.notifications.enqueueMail(
        m,
        [user.email],
        {
          key: "user.password-reset",
          params: { name: user.name, minutes: RESET_LINK_MINUTES, link: `${this.config.publicUrl}/nytt-losenord?token=${token}`, ip },
        },
        { secrets: [token] },
      );
    });
    const wait = RESET_ANSWER_MS - (Date.now() - started);
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return true;
  }

  /** Sets a new password from a reset link; the link is spent, and every session of the person ends. */
  async resetPassword(token: string, newPassword: string): Promise<boolean> {
    const id = this.digest(token);
    const row = await this.db.manager.findOneBy(AccountToken, { id, kind: AccountTokenKind.PASSWORD_RESET });
    const user = row ? await this.db.manager.findOneBy(User, { id: row.userId, active: true }) : null;
    if (!row || !user) throw AuthErrors.resetLinkInvalid();
    if (isWeakPassword(newPassword, user.email)) throw AuthErrors.weakPassword(undefined, { field: "password" });
    const passwordHash = await hashPassword(newPassword);
    const now = this.auth.clock();
    await this.db.transaction(async (m) => {
      const spent = await m
        .createQueryBuilder()
        .update(AccountToken)
        .set({ usedAt: now })
        .where("id = :id AND kind = :kind AND usedAt IS NULL AND expiresAt > :now", { id, kind: AccountTokenKind.PASSWORD_RESET, now })
        .execute();
      if (spent.affected !== 1) throw AuthErrors.resetLinkInvalid();
      await m.update(User, { id: user.id }, { passwordHash, invitationTokenHash: null, invitationExpiresAt: null });
      // Every other link and half-finished sign-in of the person goes too.
      await m.delete(AccountToken, { userId: user.id, id: Not(id) });
      const ended = await m.delete(Session, { userId: user.id });
      await audit(
        m,
        { userId: user.id, organisationId: user.organisationId },
        { action: "user.resetPassword", entityType: "User", entityId: user.id, after: { sessionsEnded: ended.affected ?? 0 } },
      );
    });
    return true;
  }

  /** The person's sessions that have not expired, newest first. */
  async sessions(actor: Actor): Promise<SessionView[]> {
    const rows = await this.db.manager.find(Session, {
      where: { userId: actor.userId, expiresAt: MoreThan(new Date()) },
      order: { createdAt: "DESC", id: "ASC" },
      take: MAX_LISTED_SESSIONS,
    });
    return rows.map((s) => ({
      id: s.id.slice(0, SESSION_ID_LENGTH),
      createdAt: s.createdAt,
      lastUsedAt: s.lastUsedAt ?? s.createdAt,
      userAgent: userAgentSummary(s.userAgent),
      current: s.id === actor.sessionId,
    }));
  }

  /** Ends one of the person's own sessions (their current one too, which signs them out). */
  async endSession(actor: Actor, publicId: string): Promise<boolean> {
    if (!/^[0-9a-f]{16}$/.test(publicId)) throw AuthErrors.sessionNotFound();
    return this.db.transaction(async (m) => {
      const mine = await m
        .createQueryBuilder(Session, "s")
        .where("s.userId = :uid AND s.id LIKE :prefix", { uid: actor.userId, prefix: `${publicId}%` })
        .getMany();
      if (mine.length !== 1) throw AuthErrors.sessionNotFound();
      await m.delete(Session, { id: mine[0].id, userId: actor.userId });
      await audit(m, actor, { action: "auth.endSession", entityType: "User", entityId: actor.userId });
      return true;
    });
  }

  /** Ends every session of the person but this one; returns how many ended. */
  async endOtherSessions(actor: Actor): Promise<number> {
    return this.db.transaction(async (m) => {
      const ended = (await m.delete(Session, { userId: actor.userId, id: Not(actor.sessionId) })).affected ?? 0;
      await audit(m, actor, { action: "auth.endOtherSessions", entityType: "User", entityId: actor.userId, after: { sessionsEnded: ended } });
      return ended;
    });
  }

  async twoFactorStatus(actor: Actor): Promise<TwoFactorStatus> {
    const user = await this.load(this.db.manager, actor.userId);
    const left = user.totpEnabledAt ? await this.db.manager.countBy(RecoveryCode, { userId: user.id, usedAt: IsNull() }) : 0;
    return {
      enabled: !!user.totpEnabledAt,
      required: await this.twoFactorRequired(user),
      recoveryCodesLeft: left,
    };
  }

  /**
   * Starts enrolment: a new secret, kept sealed until a code from it confirms the enrolment, shown
   * once as a QR code and as text. Starting again replaces a secret not yet confirmed.
   */
  async startTwoFactorEnrolment(actor: Actor): Promise<{ secret: string; uri: string; qrCode: string }> {
    const secret = newTotpSecret();
    const uri = await this.db.transaction(async (m) => {
      const user = await this.load(m, actor.userId);
      if (user.totpEnabledAt) throw AuthErrors.twoFactorAlreadyEnabled();
      await m.update(User, { id: user.id }, { totpPendingSecretSealed: sealText(secret, this.config.sessionSecret) });
      await audit(m, actor, { action: "user.startTwoFactorEnrolment", entityType: "User", entityId: user.id });
      return totpUri(secret, user.email);
    });
    return { secret, uri, qrCode: await qrCodeDataUrl(uri) };
  }

  /** Confirms enrolment with a code from the app; returns the ten recovery codes, shown this once. */
  async confirmTwoFactorEnrolment(actor: Actor, code: string): Promise<string[]> {
    const now = this.auth.clock();
    return this.db.transaction(async (m) => {
      const user = await this.load(m, actor.userId);
      if (user.totpEnabledAt) throw AuthErrors.twoFactorAlreadyEnabled();
      if (!user.totpPendingSecretSealed) throw AuthErrors.twoFactorNotStarted();
      const secret = openSealed(user.totpPendingSecretSealed, this.config.sessionSecret);
      const step = await verifyTotp(secret, code, now, null);
      if (step == null) throw AuthErrors.wrongSecondFactor(undefined, { field: "code" });
      const done = await m
        .createQueryBuilder()
        .update(User)
        .set({ totpSecretSealed: user.totpPendingSecretSealed, totpPendingSecretSealed: null, totpEnabledAt: now, totpLastTimeStep: step })
        .where("id = :id AND totpEnabledAt IS NULL", { id: user.id })
        .execute();
      if (done.affected !== 1) throw AuthErrors.twoFactorAlreadyEnabled();
      const codes = newRecoveryCodes();
      await m.delete(RecoveryCode, { userId: user.id });
      await m.insert(
        RecoveryCode,
        codes.map((c) => ({ id: this.digest(c), userId: user.id, usedAt: null })),
      );
      await audit(m, actor, { action: "user.enableTwoFactor", entityType: "User", entityId: user.id });
      await this.notifications.enqueueMail(m, [user.email], { key: "user.two-factor-enabled", params: { name: user.name, at: param.dateTime(now) } });
      return codes;
    });
  }

  /** The platform requires two-factor sign-in of this person (the stored setting, or the environment's default, and an ability that decides on or pays out money). */
  private async twoFactorRequired(user: User, m: EntityManager = this.db.manager): Promise<boolean> {
    return (await this.settings.current(m)).requireTotpForMoney && handlesMoney(abilitiesOf(user.roles));
  }

  /**
   * The person turns two-factor sign-in off, with their password and a current code from the app;
   * refused while the platform requires it of them. The recovery codes go too; the person is mailed.
   */
  async disableTwoFactor(actor: Actor, password: string, code: string): Promise<boolean> {
    const now = this.auth.clock();
    const user = await this.load(this.db.manager, actor.userId);
    if (!user.totpEnabledAt || !user.totpSecretSealed) throw AuthErrors.twoFactorNotEnabled();
    if (await this.twoFactorRequired(user)) throw AuthErrors.twoFactorRequiredCannotDisable();
    if (!(await verifyPassword(password, user.passwordHash))) throw AuthErrors.wrongCurrentPassword(undefined, { field: "password" });
    const step = await verifyTotp(openSealed(user.totpSecretSealed, this.config.sessionSecret), code, now, user.totpLastTimeStep);
    if (step == null) throw AuthErrors.wrongSecondFactor(undefined, { field: "code" });
    return this.db.transaction(async (m) => {
      const done = await m
        .createQueryBuilder()
        .update(User)
        .set({ totpSecretSealed: null, totpPendingSecretSealed: null, totpEnabledAt: null, totpLastTimeStep: null })
        .where("id = :id AND totpEnabledAt IS NOT NULL", { id: user.id })
        .execute();
      if (done.affected !== 1) throw AuthErrors.twoFactorNotEnabled();
      await m.delete(RecoveryCode, { userId: user.id });
      await audit(m, actor, { action: "user.disableTwoFactor", entityType: "User", entityId: user.id });
      await this.notifications.enqueueMail(m, [user.email], { key: "user.two-factor-disabled", params: { name: user.name, at: param.dateTime(now) } });
      return true;
    });
  }

  /**
   * An administrator of the person's organisation (or of the platform) resets their two-factor
   * sign-in, e.g. when the phone is lost: the secret and recovery codes go, the person's sessions
   * end, and they are mailed. They sign in with the password and enrol again.
   */
  async resetTwoFactor(actor: Actor, userId: number): Promise<User> {
    const now = this.auth.clock();
    return this.db.transaction(async (m) => {
      const user = Number.isSafeInteger(userId) ? await m.findOneBy(User, { id: userId }) : null;
      if (!user) throw AuthErrors.userNotFound();
      if (!managesOrganisation(actor, user.organisationId)) throw UserErrors.otherOrganisation();
      const notGrantable = user.roles.find((r) => !mayGrant(actor, r));
      if (notGrantable) throw UserErrors.userHasRoleNotGrantable({ role: notGrantable });
      if (!user.totpEnabledAt && !user.totpPendingSecretSealed) throw AuthErrors.twoFactorNotEnabled();
      await m.update(User, { id: user.id }, { totpSecretSealed: null, totpPendingSecretSealed: null, totpEnabledAt: null, totpLastTimeStep: null });
      await m.delete(RecoveryCode, { userId: user.id });
      const ended = await m.delete(Session, { userId: user.id });
      await audit(m, actor, {
        action: "user.resetTwoFactor",
        entityType: "User",
        entityId: user.id,
        before: { twoFactor: !!user.totpEnabledAt },
        after: { twoFactor: false, sessionsEnded: ended.affected ?? 0 },
      });
      const admin = await m.findOneBy(User, { id: actor.userId });
      await this.notifications.enqueueMail(m, [user.email], {
        key: "user.two-factor-reset",
        params: { name: user.name, admin: admin?.name ?? "", at: param.dateTime(now) },
      });
      Object.assign(user, { totpSecretSealed: null, totpPendingSecretSealed: null, totpEnabledAt: null, totpLastTimeStep: null });
      return user;
    });
  }
}
