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
import { abilitiesOf } from "./roles";
import { Session } from "./session.entity";
import { SignInThrottleStore, THROTTLE } from "./sign-in-throttle";
import { newToken, tokenDigest } from "./tokens";

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The mail to the owner of an account whose sign-in from an address has been blocked. */
function throttleMail(user: User, ip: string, until: Date): MailMessage {
  return { key: "auth.sign-in-blocked", params: { name: user.name, email: user.email, ip, until: param.dateTime(until) } };
}

export class AuthService {
  readonly throttle: SignInThrottleStore;
  /** The time the sign-in limits count with (tests move it forward). */
  clock: () => Date = () => new Date();

  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, "sessionSecret" | "sessionTtlHours">,
    private readonly notifications?: NotificationService,
  ) {
    this.throttle = new SignInThrottleStore(db);
  }

  /**
   * Checks e-mail and password; on success opens a session and returns its bearer token.
   *
   * Attempts are limited per account and client address (then blocked for a time that doubles
   * with each block) and per client address across accounts. The right password from another
   * address still signs in, so nobody can keep the owner out of an account.
   */
  async login(emailInput: string, password: string, ipInput: string): Promise<{ token: string; user: User }> {
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
    const token = await this.db.transaction(async (m) => {
      await m.insert(LoginAttempt, { email, ip, succeeded: true, attemptedAt: now });
      // The address first, then the account, in the order a failure locks them.
      await this.throttle.giveBack("address", null, ip);
      await this.throttle.clear("account", email, ip);
      await m.update(User, { id: signedIn.id }, { lastLoginAt: new Date() });
      const token = await this.openSession(m, signedIn.id);
      await audit(m, { userId: signedIn.id, organisationId: signedIn.organisationId }, { action: "auth.login", entityType: "User", entityId: signedIn.id });
      return token;
    });
    return { token, user: signedIn };
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

  async openSession(m: import("typeorm").EntityManager, userId: number): Promise<string> {
    const token = newToken();
    await m.insert(Session, {
      id: tokenDigest(token, this.config.sessionSecret),
      userId,
      expiresAt: new Date(Date.now() + this.config.sessionTtlHours * 3_600_000),
    });
    return token;
  }

  async logout(actor: Actor): Promise<void> {
    await this.db.transaction(async (m) => {
      await m.delete(Session, { id: actor.sessionId });
      await audit(m, actor, { action: "auth.logout", entityType: "User", entityId: actor.userId });
    });
  }

  /** Resolves a bearer token to the acting person in one SQL statement, or null. */
  async actorForToken(token: string | undefined): Promise<Actor | null> {
    if (!token || token.length > 200) return null;
    const id = tokenDigest(token, this.config.sessionSecret);
    const row = await this.db.manager
      .createQueryBuilder(Session, "s")
      .innerJoin(User, "u", "u.id = s.userId")
      .innerJoin(Organisation, "o", "o.id = u.organisationId")
      .select(["s.id AS sid", "u.id AS uid", "u.email AS email", "u.roles AS roles", "u.active AS active"])
      .addSelect(["o.id AS oid", "o.kind AS kind", "o.countyCode AS countyCode"])
      .where("s.id = :id AND s.expiresAt > :now", { id, now: new Date() })
      .getRawOne<Record<string, unknown>>();
    if (!row || !Number(row.active)) return null;
    const roles = String(row.roles ?? "")
      .split(",")
      .filter(Boolean) as Actor["roles"];
    return {
      userId: Number(row.uid),
      email: String(row.email),
      organisationId: Number(row.oid),
      organisationKind: row.kind as Actor["organisationKind"],
      countyCode: (row.countyCode as string | null) ?? null,
      roles,
      abilities: abilitiesOf(roles),
      sessionId: String(row.sid),
    };
  }
}

/** Who may lift a sign-in block: whoever administers the user's organisation. */
function mayLiftSignInThrottle(actor: Actor, user: User): boolean {
  return managesOrganisation(actor, user.organisationId);
}

function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
