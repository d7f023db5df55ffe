import { MoreThan } from "typeorm";
import type { Config } from "../config/config";
import type { Database } from "../db/database";
import { Organisation } from "../modules/organisations/organisation.entity";
import { User } from "../modules/users/user.entity";
import { audit } from "../shared/audit";
import type { Actor } from "./actor";
import { AuthErrors } from "./auth.errors";
import { LoginAttempt } from "./login-attempt.entity";
import { verifyPassword } from "./passwords";
import { abilitiesOf } from "./roles";
import { Session } from "./session.entity";
import { newToken, tokenDigest } from "./tokens";

export const RATE_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export class AuthService {
  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, "sessionSecret" | "sessionTtlHours">,
  ) {}

  /** Checks e-mail and password; on success opens a session and returns its bearer token. */
  async login(emailInput: string, password: string, ipInput: string): Promise<{ token: string; user: User }> {
    // Behind a proxy the address comes from X-Forwarded-For: keep what fits the column.
    const ip = ipInput.slice(0, 64);
    const email = normaliseEmail(emailInput);
    // No account has a longer address (nor could the attempt be recorded): refused before anything is read.
    if (email.length > 254) throw AuthErrors.invalidCredentials();
    const since = new Date(Date.now() - RATE_WINDOW_MINUTES * 60_000);
    const [byAccount, byIp] = await Promise.all([
      this.db.manager.count(LoginAttempt, { where: { email, succeeded: false, attemptedAt: MoreThan(since) } }),
      this.db.manager.count(LoginAttempt, { where: { ip, succeeded: false, attemptedAt: MoreThan(since) } }),
    ]);
    if (byAccount >= MAX_FAILURES_PER_ACCOUNT || byIp >= MAX_FAILURES_PER_IP) {
      throw AuthErrors.tooManyAttempts({ minutes: RATE_WINDOW_MINUTES });
    }

    const user = await this.db.manager.findOneBy(User, { email });
    const ok = await verifyPassword(password, user?.active ? user.passwordHash : null);
    if (!user || !ok) {
      await this.db.transaction((m) => m.insert(LoginAttempt, { email, ip, succeeded: false, attemptedAt: new Date() }));
      throw AuthErrors.invalidCredentials();
    }
    const token = await this.db.transaction(async (m) => {
      await m.insert(LoginAttempt, { email, ip, succeeded: true, attemptedAt: new Date() });
      await m.update(User, { id: user.id }, { lastLoginAt: new Date() });
      const token = await this.openSession(m, user.id);
      await audit(m, { userId: user.id, organisationId: user.organisationId }, { action: "auth.login", entityType: "User", entityId: user.id });
      return token;
    });
    return { token, user };
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
    const roles = String(row.roles ?? "").split(",").filter(Boolean) as Actor["roles"];
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
