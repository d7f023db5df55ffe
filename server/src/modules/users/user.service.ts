import crypto from "node:crypto";
import { type EntityManager, MoreThan } from "typeorm";
import { type Actor, can } from "../../auth/actor";
import type { AuthService } from "../../auth/auth.service";
import { AuthErrors } from "../../auth/auth.errors";
import { normaliseEmail } from "../../auth/auth.service";
import { hashPassword, isWeakPassword } from "../../auth/passwords";
import type { Ability } from "../../auth/abilities";
import { abilitiesOf, Role, roleAllowedFor, rolesWithAbility } from "../../auth/roles";
import { Session } from "../../auth/session.entity";
import { tokenDigest } from "../../auth/tokens";
import type { Config } from "../../config/config";
import type { Database } from "../../db/database";
import { audit } from "../../shared/audit";
import { CommonErrors } from "../../shared/errors";
import { param } from "../../shared/messages";
import type { PageArgs } from "../../shared/pagination";
import type { NotificationService } from "../notifications/notification.service";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { managesOrganisation, mayGrant } from "./user.access";
import { Language, User, EmailFrequency } from "./user.entity";
import { UserErrors } from "./user.errors";
import type { AcceptInvitationInput, InviteUserInput } from "./user.inputs";

const INVITATION_DAYS = 14;

/** Abilities a person cannot take away from themselves: someone else has to. */
const OWN_ADMINISTRATION: Ability[] = ["user.manage.any", "user.manage.ownOrganisation"];

/** The fields of a user that the audit log records. */
function snapshot(u: User) {
  return { email: u.email, name: u.name, organisationId: u.organisationId, roles: u.roles, active: u.active };
}

export class UserService {
  constructor(
    private readonly db: Database,
    private readonly auth: AuthService,
    private readonly notifications: NotificationService,
    private readonly config: Pick<Config, "sessionSecret" | "publicUrl">,
  ) {}

  me(actor: Actor | null) {
    return actor ? this.db.manager.findOneBy(User, { id: actor.userId }) : null;
  }

  /** People of one organisation; every organisation only with `user.read.any`. */
  async list(actor: Actor, organisationId: number | null, search: string | null, page: PageArgs) {
    if (organisationId == null ? !can(actor, "user.read.any") : organisationId !== actor.organisationId && !can(actor, "user.read.any")) {
      throw CommonErrors.forbidden();
    }
    const qb = this.db.manager.createQueryBuilder(User, "u").orderBy("u.name", "ASC").addOrderBy("u.id", "ASC").skip(page.offset).take(page.limit);
    if (organisationId != null) qb.andWhere("u.organisationId = :oid", { oid: organisationId });
    if (search) qb.andWhere("(LOWER(u.name) LIKE :s OR LOWER(u.email) LIKE :s)", { s: `%${search.toLowerCase().replace(/[%_]/g, "")}%` });
    const [items, total] = await qb.getManyAndCount();
    return { items, total };
  }

  private checkRoles(roles: Role[], org: Organisation) {
    for (const role of roles) {
      if (!roleAllowedFor(role, org.kind)) throw UserErrors.roleNotAllowed({ role, organisation: org.name });
    }
  }

  /** The actor administers the organisation; every role given or taken away is one the actor may grant. */
  private checkAdministers(actor: Actor, org: Organisation, changedRoles: Role[]) {
    if (!managesOrganisation(actor, org.id)) throw UserErrors.otherOrganisation();
    for (const role of changedRoles) {
      if (!mayGrant(actor, role)) throw UserErrors.roleNotGrantable({ role }, { field: "roles" });
    }
  }

  /**
   * Before a change that takes a platform administrator away (demotion or deactivation): another
   * active one must remain. On MySQL the Socialstyrelsen organisation rows are locked first, so
   * that two such changes run one after the other and the second sees the first; on SQLite every
   * transaction already runs alone.
   */
  private async lockPlatformAdministration(m: EntityManager) {
    if (this.db.kind !== "mysql") return;
    await m
      .createQueryBuilder(Organisation, "o")
      .select("o.id")
      .where("o.kind = :k", { k: OrganisationKind.SOCIALSTYRELSEN })
      .setLock("pessimistic_write")
      .getMany();
  }

  private async keepAnotherPlatformAdmin(m: EntityManager, user: User) {
    const adminRoles = rolesWithAbility("user.manage.any");
    const qb = m
      .createQueryBuilder(User, "u")
      .select(["u.id", "u.roles"])
      .where("u.active = :active", { active: true })
      .andWhere("u.passwordHash IS NOT NULL")
      .andWhere("u.id <> :id", { id: user.id });
    qb.andWhere(`(${adminRoles.map((_, i) => `u.roles LIKE :r${i}`).join(" OR ")})`, Object.fromEntries(adminRoles.map((r, i) => [`r${i}`, `%${r}%`])));
    if (this.db.kind === "mysql") qb.setLock("pessimistic_read");
    const others = (await qb.getMany()).filter((u) => abilitiesOf(u.roles ?? []).has("user.manage.any"));
    if (others.length === 0) throw UserErrors.lastPlatformAdmin();
  }

  /** An administrator invites a person: the account exists at once, the person sets a password from the e-mailed link. */
  async invite(actor: Actor, input: InviteUserInput): Promise<User> {
    const email = normaliseEmail(input.email);
    const roles = [...new Set(input.roles)];
    return this.db.transaction(async (m) => {
      const org = await m.findOneBy(Organisation, { id: Number(input.organisationId) || -1 });
      if (!org) throw UserErrors.organisationNotFound();
      if (!managesOrganisation(actor, org.id)) throw UserErrors.otherOrganisation();
      this.checkRoles(roles, org);
      this.checkAdministers(actor, org, roles);
      if (await m.existsBy(User, { email })) throw UserErrors.emailTaken({ email }, { field: "email" });
      const token = crypto.randomBytes(24).toString("base64url");
      const user = m.create(User, {
        email,
        name: input.name.trim(),
        organisationId: org.id,
        roles,
        active: true,
        language: input.language ?? Language.SV,
        passwordHash: null,
        invitationTokenHash: tokenDigest(token, this.config.sessionSecret),
        invitationExpiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
      });
      await m.save(user);
      await audit(m, actor, { action: "user.invite", entityType: "User", entityId: user.id, after: snapshot(user) });
      await this.notifications.enqueueMail(
        m,
        [email],
        {
          key: "user.invitation",
          params: { name: user.name, organisation: org.name, days: INVITATION_DAYS, link: `${this.config.publicUrl}/inbjudan?token=${token}` },
        },
        { secrets: [token] },
      );
      return user;
    });
  }

  /** The signed-in person chooses the language of their notifications and e-mails. */
  /** The language a person reads Samverka in: documents they download are rendered in it. */
  async languageOf(userId: number): Promise<Language> {
    const user = await this.db.manager.findOne(User, { where: { id: userId }, select: { id: true, language: true } });
    return user?.language ?? Language.SV;
  }

  async setLanguage(actor: Actor, language: Language): Promise<User> {
    if (!Object.values(Language).includes(language)) throw UserErrors.unknownLanguage({ language: String(language) }, { field: "language" });
    return this.db.transaction(async (m) => {
      const user = await this.load(m, actor.userId);
      if (user.language !== language) {
        await m.update(User, { id: user.id }, { language });
        await audit(m, actor, { action: "user.setLanguage", entityType: "User", entityId: user.id, before: { language: user.language }, after: { language } });
        user.language = language;
      }
      return user;
    });
  }

  async setEmailFrequency(actor: Actor, frequency: EmailFrequency): Promise<User> {
    if (!Object.values(EmailFrequency).includes(frequency)) throw UserErrors.unknownEmailFrequency(undefined, { field: "frequency" });
    return this.db.transaction(async (m) => {
      const user = await this.load(m, actor.userId);
      if (user.emailFrequency !== frequency) {
        // A digest chosen now covers what arrives from now on, not the backlog.
        const digestSentAt = frequency === EmailFrequency.DAILY ? new Date() : user.digestSentAt;
        await m.update(User, { id: user.id }, { emailFrequency: frequency, digestSentAt });
        await audit(m, actor, {
          action: "user.setEmailFrequency",
          entityType: "User",
          entityId: user.id,
          before: { emailFrequency: user.emailFrequency },
          after: { emailFrequency: frequency },
        });
        Object.assign(user, { emailFrequency: frequency, digestSentAt });
      }
      return user;
    });
  }

  async acceptInvitation(input: AcceptInvitationInput): Promise<{ token: string; user: User }> {
    const digest = tokenDigest(input.token, this.config.sessionSecret);
    const passwordHash = await hashPassword(input.password);
    return this.db.transaction(async (m) => {
      const user = await m.findOneBy(User, { invitationTokenHash: digest, invitationExpiresAt: MoreThan(new Date()), active: true });
      if (!user) throw AuthErrors.invitationInvalid();
      const passwordsOff = await this.auth.passwordSignInDisabledFor(user);
      if (passwordsOff) throw AuthErrors.passwordSignInDisabled({ organisation: passwordsOff });
      if (isWeakPassword(input.password, user.email)) throw AuthErrors.weakPassword(undefined, { field: "password" });
      await m.update(User, { id: user.id }, { passwordHash, invitationTokenHash: null, invitationExpiresAt: null, lastLoginAt: new Date() });
      await audit(m, { userId: user.id, organisationId: user.organisationId }, { action: "user.acceptInvitation", entityType: "User", entityId: user.id });
      const token = await this.auth.openSession(m, user.id);
      return { token, user };
    });
  }

  async setRoles(actor: Actor, userId: number, rolesInput: Role[]): Promise<User> {
    const roles = [...new Set(rolesInput)];
    return this.db.transaction(async (m) => {
      await this.lockPlatformAdministration(m);
      const user = await this.load(m, userId);
      const org = await m.findOneByOrFail(Organisation, { id: user.organisationId });
      const added = roles.filter((r) => !user.roles.includes(r));
      const removed = user.roles.filter((r) => !roles.includes(r));
      if (!managesOrganisation(actor, org.id)) throw UserErrors.otherOrganisation();
      this.checkRoles(added, org);
      this.checkAdministers(actor, org, [...added, ...removed]);
      const [had, has] = [abilitiesOf(user.roles), abilitiesOf(roles)];
      if (user.id === actor.userId && OWN_ADMINISTRATION.some((a) => had.has(a) && !has.has(a))) {
        throw UserErrors.cannotRemoveOwnAdmin();
      }
      if (user.active && had.has("user.manage.any") && !has.has("user.manage.any")) await this.keepAnotherPlatformAdmin(m, user);
      const before = snapshot(user);
      user.roles = roles;
      await m.update(User, { id: user.id }, { roles });
      await audit(m, actor, { action: "user.setRoles", entityType: "User", entityId: user.id, before, after: snapshot(user) });
      await this.notifications.notify(m, [user], {
        kind: "user.roles-changed",
        params: { roles: param.list(roles.map((r) => param.phrase(`role.${r}`))) },
        link: "/",
      });
      return user;
    });
  }

  async setActive(actor: Actor, userId: number, active: boolean): Promise<User> {
    return this.db.transaction(async (m) => {
      await this.lockPlatformAdministration(m);
      const user = await this.load(m, userId);
      if (!managesOrganisation(actor, user.organisationId)) throw UserErrors.otherOrganisation();
      const notGrantable = user.roles.find((r) => !mayGrant(actor, r));
      if (notGrantable) throw UserErrors.userHasRoleNotGrantable({ role: notGrantable });
      if (user.id === actor.userId && !active) throw UserErrors.cannotDeactivateSelf();
      if (user.active && !active && abilitiesOf(user.roles).has("user.manage.any")) await this.keepAnotherPlatformAdmin(m, user);
      const before = snapshot(user);
      user.active = active;
      await m.update(User, { id: user.id }, { active });
      if (!active) await m.delete(Session, { userId: user.id });
      await audit(m, actor, { action: active ? "user.activate" : "user.deactivate", entityType: "User", entityId: user.id, before, after: snapshot(user) });
      return user;
    });
  }

  private async load(m: EntityManager, id: number): Promise<User> {
    const user = await m.findOneBy(User, { id: Number(id) || -1 });
    if (!user) throw UserErrors.notFound();
    return user;
  }
}

export const ROLE_LABELS_SV: Record<Role, string> = {
  PLATFORM_ADMIN: "Plattformsadministratör",
  ORGANISATION_ADMIN: "Organisationsadministratör",
  SOCIALSTYRELSEN_HANDLAGGARE: "Handläggare, Socialstyrelsen",
  JAMSTALLDHETSMYNDIGHETEN: "Remissinstans, Jämställdhetsmyndigheten",
  LANSSTYRELSE_UTVECKLINGSLEDARE: "Utvecklingsledare, länsstyrelse",
  NATIONELLT_KUNSKAPSCENTRUM: "Nationellt kunskapscentrum",
  KOMMUN_SAMORDNARE: "Samordnare, kommun",
  REGION_SAMORDNARE: "Samordnare, region",
  IDEELL_ORGANISATION: "Ideell organisation",
  ANALYTIKER: "Analytiker",
};

/** Active users who hold `ability`, in one organisation or in every organisation of a kind: whom to notify. */
export async function usersWithAbility(
  m: EntityManager,
  where: { organisationId: number } | { organisationIds: number[] } | { organisationKind: import("../organisations/organisation.entity").OrganisationKind },
  ability: import("../../auth/abilities").Ability,
): Promise<User[]> {
  const qb = m.createQueryBuilder(User, "u").where("u.active = :active", { active: true });
  if ("organisationId" in where) qb.andWhere("u.organisationId = :oid", { oid: where.organisationId });
  else if ("organisationIds" in where) {
    if (!where.organisationIds.length) return [];
    qb.andWhere("u.organisationId IN (:...oids)", { oids: where.organisationIds });
  } else qb.innerJoin(Organisation, "o", "o.id = u.organisationId").andWhere("o.kind = :kind", { kind: where.organisationKind });
  const users = await qb.getMany();
  return users.filter((u) => abilitiesOf(u.roles).has(ability));
}
