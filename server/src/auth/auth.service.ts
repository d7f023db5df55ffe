import type { EntityManager } from "typeorm";
import type { Config } from "../config/config";
import type { Database } from "../db/database";
import type { MailMessage, NotificationService } from "../modules/notifications/notification.service";
import { Organisation } from "../modules/organisations/organisation.entity";
import { User } from "../modules/users/user.entity";
import { audit } from "../shared/audit";
import { CommonErrors } from "../shared/errors";
import { param } from "../shared/messages";
import type { Actor } from "./actor";
import { AuthErrors } from "./auth.errors";
import { LoginAttempt } from "./login-attempt.entity";
import { verifyPassword } from "./passwords";
import { managesOrganisation } from "../modules/users/user.access";
import { MONEY_ABILITIES, type Ability } from "./abilities";
import { AccountToken, AccountTokenKind, RecoveryCode } from "./account-token.entity";
import { abilitiesOf } from "./roles";
import { openSealed, sealText } from "../shared/sealing";
import { normaliseRecoveryCode, verifyTotp } from "./two-factor";
import { Session } from "./session.entity";
import { lookUpSession } from "./session-lookup";
import { SessionCache } from "./session-cache";
import { IdentityProvider } from "./oidc/identity-provider.entity";
import { SignInThrottleStore, THROTTLE } from "./sign-in-throttle";
import { newToken, tokenDigest } from "./tokens";
import { requireTotpFrom } from "../modules/platform/platform-settings.service";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** How long the second step of a sign-in may wait for its code. */
const CHALLENGE_MINUTES = 5;
/** Wrong codes one challenge takes before the password must be given again. */
const CHALLENGE_ATTEMPTS = 5;
/** A session's last use is written when the stored one is older than this, not on every request. */
const LAST_USED_GRANULARITY_MS = 5 * 60_000;

/** A sign-in: a session (token), or, for a person with two-factor sign-in, the challenge of the second step. */
export type SignInResult = { token: string; user: User; challenge?: undefined } | { token?: undefined; user?: undefined; challenge: string };

/** The mail to the owner of an account whose sign-in from an address has been blocked. */
function throttleMail(user: User, ip: string, until: Date): MailMessage {
  return { key: "auth.sign-in-blocked", params: { name: user.name, email: user.email, ip, until: param.dateTime(until) } };
}

export class AuthService {
  readonly throttle: SignInThrottleStore;
  /** Who each recent token is, for a few seconds (SESSION_CACHE_MS). */
  readonly sessions: SessionCache;
  /** The time the sign-in limits count with (tests move it forward). */
  clock: () => Date = () => new Date();

  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, "sessionSecret" | "sessionTtlHours" | "requireTotpForMoney"> & { sessionCacheMs?: number },
    private readonly notifications?: NotificationService,
  ) {
    this.throttle = new SignInThrottleStore(db);
    this.sessions = new SessionCache(config.sessionCacheMs ?? 0);
  }

  /**
   * Checks e-mail and password; on success opens a session and returns its bearer token.
   *
   * Attempts are limited per account and client address (then blocked for a time that doubles
   * with each block) and per client address across accounts. The right password from another
   * address still signs in, so nobody can keep the owner out of an account.
   */
  async login(emailInput: string, password: string, ipInput: string, userAgent: string | null = null): Promise<SignInResult> {
    // Behind a proxy the address comes from X-Forwarded-For: keep what fits the column.
    const ip = ipInput.slice(0, 64);
    const email = normaliseEmail(emailInput);
    // No account has a longer address (nor could the attempt be recorded): refused before anything is read.
    if (email.length > 254) throw AuthErrors.invalidCredentials();
    const now = this.clock();
    // Parallel sign-ins beyond the limit wait for those being checked: the right password in
    // several tabs at once still signs in, a burst of guesses is refused once the first fail.
    const byAddress = await this.throttle.takeOrWait("address", null, ip, THROTTLE.perAddress, this.clock);
    if (byAddress) throw AuthErrors.tooManyAttempts({ minutes: minutesUntil(byAddress, now) });
    const byAccount = await this.throttle.takeOrWait("account", email, ip, THROTTLE.perAccountAndAddress, this.clock);
    if (byAccount) {
      await this.throttle.giveBack("address", null, ip);
      throw AuthErrors.tooManyAttempts({ minutes: minutesUntil(byAccount, now) });
    }

    let user: User | null;
    let ok: boolean;
    try {
      user = await this.db.manager.findOneBy(User, { email });
      ok = await verifyPassword(password, user?.active ? user.passwordHash : null);
    } catch (err) {
      await this.throttle.giveBack("account", email, ip).catch(() => undefined);
      await this.throttle.giveBack("address", null, ip).catch(() => undefined);
      throw err;
    }
    if (!user || !ok) {
      await this.db.transaction(async (m) => {
        await m.insert(LoginAttempt, { email, ip, succeeded: false, attemptedAt: now });
        await this.throttle.block("address", null, ip, THROTTLE.perAddress, now);
        const until = await this.throttle.block("account", email, ip, THROTTLE.perAccountAndAddress, now);
        if (until && user?.active && this.notifications && (await this.throttle.claimNotice(email, until, now))) {
          const mail = throttleMail(user, ip, until);
          await this.notifications.enqueueMail(m, [user.email], mail);
        }
      });
      throw AuthErrors.invalidCredentials();
    }
    const signedIn = user;
    const passwordsOff = await this.passwordSignInDisabledFor(signedIn);
    if (passwordsOff) {
      // The password was right: the limits are given back as for a sign-in, and the person is sent to the provider.
      await this.throttle.giveBack("address", null, ip);
      await this.throttle.clear("account", email, ip);
      throw AuthErrors.passwordSignInDisabled({ organisation: passwordsOff });
    }
    return this.db.transaction(async (m): Promise<SignInResult> => {
      await m.insert(LoginAttempt, { email, ip, succeeded: true, attemptedAt: now });
      // The address first, then the account, in the order a failure locks them.
      await this.throttle.giveBack("address", null, ip);
      await this.throttle.clear("account", email, ip);
      if (signedIn.totpEnabledAt) {
        // The password was right; the second step opens the session. Until then nothing is granted.
        return { challenge: await this.openChallenge(m, signedIn.id, now) };
      }
      const token = await this.completeSignIn(m, signedIn, userAgent, "password");
      return { token, user: signedIn };
    });
  }

  /**
   * The name of the person's organisation when it signs in only through its identity provider and
   * the person may not use a password; null otherwise. Platform administrators always keep their
   * password, so that a provider that fails cannot lock everyone out.
   */
  async passwordSignInDisabledFor(user: Pick<User, "roles" | "organisationId">): Promise<string | null> {
    if (abilitiesOf(user.roles ?? []).has("user.manage.any")) return null;
    const row = await this.db.manager
      .createQueryBuilder(IdentityProvider, "p")
      .innerJoin(Organisation, "o", "o.id = p.organisationId")
      .select("o.name", "name")
      .where("p.organisationId = :oid AND p.passwordSignInDisabled = :off", { oid: user.organisationId, off: true })
      .getRawOne<{ name: string }>();
    return row?.name ?? null;
  }

  /** The second step of a sign-in: a challenge that a code from the app (or a recovery code) turns into a session. */
  private async openChallenge(
    m: EntityManager,
    userId: number,
    now: Date,
    through?: { identityProviderId: number; idTokenSealed: string | null },
  ): Promise<string> {
    const challenge = newToken();
    await m.insert(AccountToken, {
      id: tokenDigest(challenge, this.config.sessionSecret),
      kind: AccountTokenKind.SIGN_IN_CHALLENGE,
      userId,
      expiresAt: new Date(now.getTime() + CHALLENGE_MINUTES * 60_000),
      usedAt: null,
      attempts: 0,
      identityProviderId: through?.identityProviderId ?? null,
      idTokenSealed: through?.idTokenSealed ?? null,
    });
    return challenge;
  }

  /**
   * A sign-in the organisation's identity provider vouched for (single sign-on): a session, or,
   * for a person with two-factor sign-in, the challenge of the second step (the provider's own
   * second factor is not taken in its place).
   */
  async signInThroughProvider(user: User, userAgent: string | null, provider: { id: number; idToken: string | null }): Promise<SignInResult> {
    const now = this.clock();
    return this.db.transaction(async (m): Promise<SignInResult> => {
      const through = { identityProviderId: provider.id, idTokenSealed: provider.idToken ? sealText(provider.idToken, this.config.sessionSecret) : null };
      // The second step remembers the provider, so that the session it opens signs out there too.
      if (user.totpEnabledAt) return { challenge: await this.openChallenge(m, user.id, now, through) };
      const token = await this.completeSignIn(m, user, userAgent, "identityProvider", through);
      return { token, user };
    });
  }

  private async completeSignIn(
    m: EntityManager,
    user: User,
    userAgent: string | null,
    method: "password" | "totp" | "recoveryCode" | "identityProvider",
    through?: { identityProviderId: number; idTokenSealed: string | null },
  ): Promise<string> {
    await m.update(User, { id: user.id }, { lastLoginAt: new Date() });
    const token = await this.openSession(m, user.id, userAgent, through);
    await audit(
      m,
      { userId: user.id, organisationId: user.organisationId },
      {
        action: "auth.login",
        entityType: "User",
        entityId: user.id,
        ...(method === "password"
          ? {}
          : method === "identityProvider"
            ? { after: { identityProviderId: through?.identityProviderId } }
            : { after: { secondFactor: method } }),
      },
    );
    return token;
  }

  /**
   * The second step of a sign-in with two-factor: the challenge from `login` and a code from the
   * authenticator app (each accepted once) or one of the recovery codes (each works once). A
   * challenge takes five wrong codes and lasts five minutes; wrong codes for an account, from any
   * address, are limited like passwords.
   */
  async completeSecondFactor(challenge: string, code: string, userAgent: string | null = null): Promise<{ token: string; user: User }> {
    if (!challenge || challenge.length > 200 || code.length > 40) throw AuthErrors.signInChallengeInvalid();
    const id = tokenDigest(challenge, this.config.sessionSecret);
    const now = this.clock();
    const live = () =>
      this.db.manager.createQueryBuilder().update(AccountToken).where("id = :id AND kind = :kind AND usedAt IS NULL AND expiresAt > :now AND attempts < :max", {
        id,
        kind: AccountTokenKind.SIGN_IN_CHALLENGE,
        now,
        max: CHALLENGE_ATTEMPTS,
      });
    // Each code given spends an attempt of the challenge first, so parallel guesses cannot pass the limit.
    const taken = await this.db.transaction(() =>
      live()
        .set({ attempts: () => "attempts + 1" })
        .execute(),
    );
    const row = taken.affected === 1 ? await this.db.manager.findOneBy(AccountToken, { id }) : null;
    const user = row ? await this.db.manager.findOneBy(User, { id: row.userId }) : null;
    if (!row || !user?.active || !user.totpSecretSealed) throw AuthErrors.signInChallengeInvalid();
    const blocked = await this.throttle.takeOrWait("second-factor", user.email, null, THROTTLE.perAccountSecondFactor, this.clock);
    if (blocked) throw AuthErrors.tooManyAttempts({ minutes: minutesUntil(blocked, now) });
    const result = await this.db.transaction(async (m) => {
      const recovery = normaliseRecoveryCode(code);
      let method: "totp" | "recoveryCode" | null = null;
      if (recovery) {
        const used = await m
          .createQueryBuilder()
          .update(RecoveryCode)
          .set({ usedAt: now })
          .where("id = :id AND userId = :uid AND usedAt IS NULL", { id: tokenDigest(recovery, this.config.sessionSecret), uid: user.id })
          .execute();
        if (used.affected === 1) method = "recoveryCode";
      } else {
        const secret = openSealed(user.totpSecretSealed!, this.config.sessionSecret);
        const step = await verifyTotp(secret, code, now, user.totpLastTimeStep);
        // The step is written only if no other sign-in took this code or a later one meanwhile.
        const accepted =
          step != null &&
          (
            await m
              .createQueryBuilder()
              .update(User)
              .set({ totpLastTimeStep: step })
              .where("id = :id AND (totpLastTimeStep IS NULL OR totpLastTimeStep < :step)", { id: user.id, step })
              .execute()
          ).affected === 1;
        if (accepted) method = "totp";
      }
      if (!method) return null;
      const spent = await m.createQueryBuilder().update(AccountToken).set({ usedAt: now }).where("id = :id AND usedAt IS NULL", { id }).execute();
      if (spent.affected !== 1) throw AuthErrors.signInChallengeInvalid();
      const through = row.identityProviderId ? { identityProviderId: row.identityProviderId, idTokenSealed: row.idTokenSealed } : undefined;
      return { token: await this.completeSignIn(m, user, userAgent, method, through), user };
    });
    if (!result) {
      await this.throttle.block("second-factor", user.email, null, THROTTLE.perAccountSecondFactor, now);
      throw AuthErrors.wrongSecondFactor();
    }
    await this.throttle.clear("second-factor", user.email, null);
    return result;
  }

  /**
   * Lifts every sign-in block of an account (not the limits of the addresses), for whoever
   * administers the account's organisation.
   * Returns whether a block was in force.
   */
  async liftSignInThrottle(actor: Actor, userId: number): Promise<boolean> {
    if (!actor.abilities.has("user.manage.any") && !actor.abilities.has("user.manage.ownOrganisation")) throw CommonErrors.forbidden();
    const user = Number.isSafeInteger(userId) ? await this.db.manager.findOneBy(User, { id: userId }) : null;
    if (!user) throw AuthErrors.userNotFound();
    if (!mayLiftSignInThrottle(actor, user)) throw CommonErrors.forbidden();
    const now = this.clock();
    return this.db.transaction(async (m) => {
      const lifted = await this.throttle.lift(user.email, now);
      await audit(m, actor, {
        action: "auth.liftSignInThrottle",
        entityType: "User",
        entityId: user.id,
        before: { blockedUntil: lifted.until, blocks: lifted.blocks },
      });
      return lifted.blocks > 0;
    });
  }

  /**
   * Until when sign-in to the account is blocked from some address, for those who may lift the
   * block (null for everyone else, and when there is no block).
   */
  async signInBlockedUntil(actor: Actor | null, user: User, blocksOf: (email: string) => Promise<(Date | null)[]>): Promise<Date | null> {
    if (!actor || !mayLiftSignInThrottle(actor, user)) return null;
    const now = this.clock();
    const ends = (await blocksOf(user.email)).filter((d): d is Date => !!d && d > now);
    return ends.length ? new Date(Math.max(...ends.map((d) => d.getTime()))) : null;
  }

  async openSession(
    m: EntityManager,
    userId: number,
    userAgent: string | null = null,
    through?: { identityProviderId: number; idTokenSealed: string | null },
  ): Promise<string> {
    const token = newToken();
    await m.insert(Session, {
      id: tokenDigest(token, this.config.sessionSecret),
      userId,
      expiresAt: new Date(Date.now() + this.config.sessionTtlHours * 3_600_000),
      lastUsedAt: new Date(),
      userAgent: userAgent ? userAgent.slice(0, 300) : null,
      identityProviderId: through?.identityProviderId ?? null,
      idTokenSealed: through?.idTokenSealed ?? null,
    });
    return token;
  }

  /**
   * Ends the current session. Returns what signing out at the identity provider needs when the
   * session was opened through one: its id and the ID token of that sign-in.
   */
  async logout(actor: Actor): Promise<{ identityProviderId: number; idToken: string | null } | null> {
    return this.db.transaction(async (m) => {
      const session = await m.findOne(Session, { where: { id: actor.sessionId }, select: { id: true, identityProviderId: true, idTokenSealed: true } });
      await m.delete(Session, { id: actor.sessionId });
      await audit(m, actor, { action: "auth.logout", entityType: "User", entityId: actor.userId });
      if (!session?.identityProviderId) return null;
      let idToken: string | null = null;
      try {
        idToken = session.idTokenSealed ? openSealed(session.idTokenSealed, this.config.sessionSecret) : null;
      } catch {
        idToken = null;
      }
      return { identityProviderId: session.identityProviderId, idToken };
    });
  }

  /** Resolves a bearer token to the acting person in one SQL statement, or null. */
  async actorForToken(token: string | undefined): Promise<Actor | null> {
    if (!token || token.length > 200) return null;
    const id = tokenDigest(token, this.config.sessionSecret);
    let row = this.sessions.get(id);
    if (!row) {
      row = (await lookUpSession(this.db, id, new Date())) ?? undefined;
      if (row) this.sessions.set(id, row);
    }
    if (!row || !row.active || row.expiresAt.getTime() <= Date.now()) return null;
    const roles = row.roles.split(",").filter(Boolean) as Actor["roles"];
    const abilities = abilitiesOf(roles);
    const withheldAbilities = new Set<Ability>();
    if (requireTotpFrom(row.requireTotp, this.config.requireTotpForMoney) && row.totpEnabledAt == null) {
      for (const a of MONEY_ABILITIES) if (abilities.delete(a)) withheldAbilities.add(a);
    }
    const touched = await this.touchSession(row.sessionId, row.lastUsedAt);
    if (touched) row.lastUsedAt = touched;
    return {
      userId: row.userId,
      email: row.email,
      organisationId: row.organisationId,
      organisationKind: row.organisationKind as Actor["organisationKind"],
      countyCode: row.countyCode,
      roles,
      abilities,
      withheldAbilities,
      sessionId: row.sessionId,
    };
  }

  /**
   * Records the session's use when the stored time is more than a few minutes old (one write per
   * session every few minutes at most); returns the time written, if any. The write leaves the
   * session cache alone: a session's last use changes nothing about who it is.
   */
  private async touchSession(id: string, last: Date | null): Promise<Date | null> {
    const now = new Date();
    const cutoff = new Date(now.getTime() - LAST_USED_GRANULARITY_MS);
    if (last && !Number.isNaN(last.getTime()) && last > cutoff) return null;
    await this.db.transaction((m) =>
      m
        .createQueryBuilder()
        .update(Session)
        .set({ lastUsedAt: now })
        .where("id = :id AND (lastUsedAt IS NULL OR lastUsedAt < :cutoff)", { id, cutoff })
        .callListeners(false)
        .execute(),
    );
    return now;
  }
}

/** Who may lift a sign-in block: whoever administers the user's organisation. */
function mayLiftSignInThrottle(actor: Actor, user: User): boolean {
  return managesOrganisation(actor, user.organisationId);
}

function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
