import type { EntityManager } from "typeorm";
import type { Configuration } from "openid-client";
import type { Config } from "../../config/config";
import type { Database } from "../../db/database";
import type { NotificationService } from "../../modules/notifications/notification.service";
import { Organisation, OrganisationKind } from "../../modules/organisations/organisation.entity";
import { managesOrganisation, mayGrant } from "../../modules/users/user.access";
import { User } from "../../modules/users/user.entity";
import { UserErrors } from "../../modules/users/user.errors";
import { usersWithAbility } from "../../modules/users/user.service";
import { audit } from "../../shared/audit";
import { CommonErrors } from "../../shared/errors";
import { openSealed, sealText } from "../../shared/sealing";
import { type Actor, can } from "../actor";
import type { AuthService } from "../auth.service";
import { normaliseEmail } from "../auth.service";
import { type Role, roleAllowedFor } from "../roles";
import { IdentityLinkRequest, IdentityLinkStatus, IdentityProvider, UserIdentity } from "./identity-provider.entity";
import { OidcErrors } from "./oidc.errors";

type OpenIdClient = typeof import("openid-client");

let openIdClientModule: Promise<OpenIdClient> | null = null;
/** openid-client is an ES module; the server is CommonJS, so it is loaded once with a dynamic import. */
export function openIdClient(): Promise<OpenIdClient> {
  return (openIdClientModule ??= import("openid-client"));
}

/** How long a sign-in may stay at the provider before coming back. */
export const FLOW_MINUTES = 10;
/** Discovery documents are read again after this long, and whenever the settings change. */
const DISCOVERY_TTL_MS = 10 * 60_000;
/** Pending first sign-ins listed at once. */
export const LINK_REQUESTS_LISTED = 50;
/** Organisations offered on the sign-in page. */
export const SIGN_IN_PROVIDERS_LISTED = 50;

/** What the sign-in kept between leaving for the provider and coming back: in a sealed, HttpOnly cookie. */
export interface OidcFlow {
  providerId: number;
  state: string;
  nonce: string;
  verifier: string;
  expiresAt: number;
}

/** Where a sign-in through the provider ends: a session, a second step, or a reason the sign-in page explains. */
export type OidcOutcome =
  | { kind: "session"; token: string }
  | { kind: "challenge"; challenge: string }
  | { kind: "refused"; reason: "state" | "refused" | "cancelled" | "unavailable" | "unknown" | "pending" | "rejected" | "deactivated" };

export interface IdentityProviderInput {
  organisationId: number;
  issuer: string;
  clientId: string;
  /** Kept as it is when left out on a change. */
  clientSecret?: string | null;
  scopes?: string | null;
  matchClaim?: string | null;
  passwordSignInDisabled?: boolean | null;
}

export interface SignInProvider {
  organisationCode: string;
  organisationName: string;
}

const CLAIM_NAME = /^[A-Za-z0-9_.:-]{1,100}$/;
const SCOPE = /^[\x21\x23-\x5B\x5D-\x7E]{1,100}$/;

export class OidcService {
  private readonly discovered = new Map<string, { at: number; config: Promise<Configuration> }>();

  constructor(
    private readonly db: Database,
    private readonly auth: AuthService,
    private readonly notifications: NotificationService,
    private readonly config: Pick<Config, "sessionSecret" | "publicUrl" | "env">,
  ) {}

  /** Where refusals and provider failures are written (the application's logger, which hides secrets). */
  log: { warn: (obj: object, msg: string) => void } = { warn: () => undefined };

  get redirectUri(): string {
    return `${this.config.publicUrl}/api/auth/oidc/callback`;
  }

  // ---- settings (platform administrator) ----

  async settings(actor: Actor, organisationId: number): Promise<IdentityProvider | null> {
    if (!can(actor, "user.manage.any")) throw CommonErrors.forbidden();
    return this.db.manager.findOneBy(IdentityProvider, { organisationId: Number(organisationId) || -1 });
  }

  /** Creates or changes an organisation's provider. The secret is sealed and never returned; the audit log records only that it changed. */
  async setSettings(actor: Actor, input: IdentityProviderInput): Promise<IdentityProvider> {
    if (!can(actor, "user.manage.any")) throw CommonErrors.forbidden();
    const issuer = input.issuer.trim();
    if (!this.issuerAllowed(issuer)) throw OidcErrors.issuerInvalid(undefined, { field: "issuer" });
    const clientId = input.clientId.trim();
    if (!clientId || clientId.length > 200) throw OidcErrors.clientIdRequired(undefined, { field: "clientId" });
    const scopeList = [...new Set(["openid", ...(input.scopes ?? "openid email profile").split(/\s+/).filter(Boolean)])];
    if (scopeList.length > 20 || !scopeList.every((s) => SCOPE.test(s))) throw OidcErrors.scopesInvalid(undefined, { field: "scopes" });
    const scopes = scopeList.join(" ");
    if (scopes.length > 300) throw OidcErrors.scopesInvalid(undefined, { field: "scopes" });
    const matchClaim = (input.matchClaim ?? "email").trim() || "email";
    if (!CLAIM_NAME.test(matchClaim)) throw OidcErrors.matchClaimInvalid(undefined, { field: "matchClaim" });
    const secret = input.clientSecret ?? null;
    if (secret != null && (secret.length === 0 || secret.length > 400)) throw OidcErrors.clientSecretRequired(undefined, { field: "clientSecret" });
    return this.db.transaction(async (m) => {
      const org = await m.findOneBy(Organisation, { id: Number(input.organisationId) || -1 });
      if (!org) throw UserErrors.organisationNotFound();
      const existing = await m.findOneBy(IdentityProvider, { organisationId: org.id });
      if (!existing && secret == null) throw OidcErrors.clientSecretRequired(undefined, { field: "clientSecret" });
      const before = existing ? describe(existing) : null;
      const row = existing ?? m.create(IdentityProvider, { organisationId: org.id });
      Object.assign(row, {
        issuer,
        clientId,
        scopes,
        matchClaim,
        passwordSignInDisabled: input.passwordSignInDisabled ?? existing?.passwordSignInDisabled ?? false,
        ...(secret != null ? { clientSecretSealed: sealText(secret, this.config.sessionSecret) } : {}),
      });
      await m.save(row);
      await audit(m, actor, {
        action: existing ? "identityProvider.update" : "identityProvider.create",
        entityType: "Organisation",
        entityId: org.id,
        before,
        after: { ...describe(row), clientSecretChanged: secret != null },
      });
      return row;
    });
  }

  async removeSettings(actor: Actor, organisationId: number): Promise<boolean> {
    if (!can(actor, "user.manage.any")) throw CommonErrors.forbidden();
    return this.db.transaction(async (m) => {
      const existing = await m.findOneBy(IdentityProvider, { organisationId: Number(organisationId) || -1 });
      if (!existing) throw OidcErrors.providerNotFound();
      await m.delete(IdentityProvider, { id: existing.id });
      await audit(m, actor, { action: "identityProvider.remove", entityType: "Organisation", entityId: existing.organisationId, before: describe(existing) });
      return true;
    });
  }

  /** The organisations whose people can sign in through a provider, for the sign-in page. */
  async signInProviders(): Promise<SignInProvider[]> {
    const rows = await this.db.manager
      .createQueryBuilder(IdentityProvider, "p")
      .innerJoin(Organisation, "o", "o.id = p.organisationId")
      .select(["o.code AS organisationCode", "o.name AS organisationName"])
      .orderBy("o.name", "ASC")
      .limit(SIGN_IN_PROVIDERS_LISTED)
      .getRawMany<SignInProvider>();
    return rows.map((r) => ({ organisationCode: String(r.organisationCode), organisationName: String(r.organisationName) }));
  }

  private issuerAllowed(issuer: string): boolean {
    let url: URL;
    try {
      url = new URL(issuer);
    } catch {
      return false;
    }
    if (issuer.length > 300 || url.search || url.hash || url.username || url.password) return false;
    // http is for a provider on the same machine while developing and testing only.
    return url.protocol === "https:" || (url.protocol === "http:" && this.config.env !== "production");
  }

  /** The provider's configuration from its discovery document, whose issuer must be the one configured (openid-client checks). */
  private async clientConfiguration(provider: IdentityProvider): Promise<Configuration> {
    const key = `${provider.id}:${provider.updatedAt?.getTime?.() ?? 0}`;
    const cached = this.discovered.get(key);
    if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
    for (const k of this.discovered.keys()) if (k.startsWith(`${provider.id}:`)) this.discovered.delete(k);
    const client = await openIdClient();
    const secret = openSealed(provider.clientSecretSealed, this.config.sessionSecret);
    const config = client.discovery(new URL(provider.issuer), provider.clientId, undefined, client.ClientSecretBasic(secret), {
      // The ID token's signature is checked against the provider's keys too, not only its claims.
      execute: [...(provider.issuer.startsWith("http:") ? [client.allowInsecureRequests] : []), client.enableNonRepudiationChecks],
      timeout: 10,
    });
    this.discovered.set(key, { at: Date.now(), config });
    // A failed discovery is not kept: the next sign-in asks again.
    config.catch(() => this.discovered.delete(key));
    return config;
  }

  // ---- the sign-in ----

  /** The provider's authorization address for the organisation, and what the callback must find again. */
  async start(orgCode: string): Promise<{ url: string; flow: string } | { refused: "unknown" | "unavailable" }> {
    const provider = await this.providerByCode(orgCode);
    if (!provider) return { refused: "unknown" };
    let configuration: Configuration;
    try {
      configuration = await this.clientConfiguration(provider);
    } catch (err) {
      this.log.warn({ issuer: provider.issuer, error: errorText(err) }, "identity provider discovery failed");
      return { refused: "unavailable" };
    }
    const client = await openIdClient();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: this.redirectUri,
      scope: provider.scopes,
      response_type: "code",
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    const flow: OidcFlow = { providerId: provider.id, state, nonce, verifier, expiresAt: Date.now() + FLOW_MINUTES * 60_000 };
    return { url: url.href, flow: sealText(JSON.stringify(flow), this.config.sessionSecret) };
  }

  /**
   * The provider sent the person back. The state, the nonce of the ID token and the PKCE verifier
   * must be those of the sign-in this browser started; the ID token's issuer and audience those
   * configured. Then the identity is matched to an account of the organisation.
   */
  async callback(currentUrl: URL, sealedFlow: string | undefined, userAgent: string | null): Promise<OidcOutcome> {
    const flow = this.openFlow(sealedFlow);
    if (!flow || currentUrl.searchParams.get("state") !== flow.state) return { kind: "refused", reason: "state" };
    if (currentUrl.searchParams.get("error")) return { kind: "refused", reason: "cancelled" };
    const provider = await this.db.manager.findOneBy(IdentityProvider, { id: flow.providerId });
    if (!provider) return { kind: "refused", reason: "unknown" };
    let configuration: Configuration;
    try {
      configuration = await this.clientConfiguration(provider);
    } catch (err) {
      this.log.warn({ issuer: provider.issuer, error: errorText(err) }, "identity provider discovery failed");
      return { kind: "refused", reason: "unavailable" };
    }
    const client = await openIdClient();
    let claims: Record<string, unknown>;
    let idToken: string | null;
    try {
      const tokens = await client.authorizationCodeGrant(configuration, currentUrl, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      claims = (tokens.claims() ?? {}) as Record<string, unknown>;
      idToken = tokens.id_token ?? null;
      // Many providers put only `sub` in the ID token and the rest behind the userinfo endpoint.
      const wanted = [provider.matchClaim, "email", "name"].some((c) => claims[c] === undefined);
      if (wanted && tokens.access_token && configuration.serverMetadata().userinfo_endpoint && typeof claims.sub === "string") {
        const info = await client.fetchUserInfo(configuration, tokens.access_token, claims.sub);
        claims = { ...info, ...claims };
      }
    } catch (err) {
      // The reason (wrong nonce, issuer, audience, signature …) is logged; the person is told the sign-in was refused.
      this.log.warn({ issuer: provider.issuer, error: errorText(err) }, "identity provider sign-in refused");
      return { kind: "refused", reason: "refused" };
    }
    const subject = typeof claims.sub === "string" ? claims.sub : "";
    if (!subject || subject.length > 255) return { kind: "refused", reason: "refused" };
    const user = await this.accountFor(provider, subject, claims);
    if ("reason" in user) return { kind: "refused", reason: user.reason };
    const result = await this.auth.signInThroughProvider(user.user, userAgent, { id: provider.id, idToken });
    return result.challenge !== undefined ? { kind: "challenge", challenge: result.challenge } : { kind: "session", token: result.token };
  }

  private openFlow(sealed: string | undefined): OidcFlow | null {
    if (!sealed || sealed.length > 2000) return null;
    try {
      const flow = JSON.parse(openSealed(sealed, this.config.sessionSecret)) as OidcFlow;
      return flow.expiresAt > Date.now() ? flow : null;
    } catch {
      return null;
    }
  }

  private providerByCode(code: string): Promise<IdentityProvider | null> {
    if (!code || code.length > 20) return Promise.resolve(null);
    return this.db.manager
      .createQueryBuilder(IdentityProvider, "p")
      .innerJoin(Organisation, "o", "o.id = p.organisationId")
      .where("o.code = :code", { code })
      .getOne();
  }

  /**
   * The account of the organisation the identity belongs to: the one linked before, else the one
   * whose e-mail address the configured claim gives (linked now, which also settles an open
   * invitation). Otherwise a request waits for the organisation's administrator.
   * Only accounts of the provider's own organisation are ever matched.
   */
  private async accountFor(
    provider: IdentityProvider,
    subject: string,
    claims: Record<string, unknown>,
  ): Promise<{ user: User } | { reason: "pending" | "rejected" | "deactivated" | "refused" }> {
    return this.db.transaction(async (m) => {
      const linked = await m.findOneBy(UserIdentity, { issuer: provider.issuer, subject });
      if (linked) {
        const user = await m.findOneBy(User, { id: linked.userId });
        if (!user || user.organisationId !== provider.organisationId) return { reason: "refused" as const };
        return user.active ? { user } : { reason: "deactivated" as const };
      }
      const matched = matchValue(provider.matchClaim, claims);
      const candidate = matched ? await m.findOneBy(User, { email: matched, organisationId: provider.organisationId }) : null;
      if (candidate) {
        if (!candidate.active) return { reason: "deactivated" as const };
        if (await m.existsBy(UserIdentity, { userId: candidate.id, issuer: provider.issuer })) return { reason: "refused" as const };
        await m.insert(UserIdentity, { userId: candidate.id, issuer: provider.issuer, subject });
        if (candidate.invitationTokenHash) await m.update(User, { id: candidate.id }, { invitationTokenHash: null, invitationExpiresAt: null });
        await audit(
          m,
          { userId: candidate.id, organisationId: candidate.organisationId },
          { action: "user.linkIdentity", entityType: "User", entityId: candidate.id, after: { issuer: provider.issuer, matchedBy: provider.matchClaim } },
        );
        return { user: candidate };
      }
      return { reason: await this.requestLink(m, provider, subject, claims) };
    });
  }

  /** Records (or refreshes) the request of an unknown identity; the organisation's administrators hear of a new one. */
  private async requestLink(m: EntityManager, provider: IdentityProvider, subject: string, claims: Record<string, unknown>): Promise<"pending" | "rejected"> {
    const email = typeof claims.email === "string" && claims.email.length <= 254 ? normaliseEmail(claims.email) : null;
    const name = typeof claims.name === "string" ? claims.name.slice(0, 200) : null;
    const now = new Date();
    const existing = await m.findOneBy(IdentityLinkRequest, { identityProviderId: provider.id, subject });
    if (existing) {
      if (existing.status === IdentityLinkStatus.REJECTED) return "rejected";
      await m.update(IdentityLinkRequest, { id: existing.id }, { requestedAt: now, email, name });
      return "pending";
    }
    await m.insert(IdentityLinkRequest, {
      organisationId: provider.organisationId,
      identityProviderId: provider.id,
      issuer: provider.issuer,
      subject,
      email,
      name,
      status: IdentityLinkStatus.PENDING,
      requestedAt: now,
    });
    let admins = await usersWithAbility(m, { organisationId: provider.organisationId }, "user.manage.ownOrganisation");
    if (admins.length === 0) admins = await usersWithAbility(m, { organisationKind: OrganisationKind.SOCIALSTYRELSEN }, "user.manage.any");
    const org = await m.findOneByOrFail(Organisation, { id: provider.organisationId });
    await this.notifications.notify(m, admins, {
      kind: "user.identity-link-requested",
      params: { name: name ?? email ?? subject, email: email ?? "–", organisation: org.name },
      link: "/admin/anvandare",
    });
    return "pending";
  }

  // ---- first sign-ins waiting for approval (organisation administrator) ----

  async linkRequests(actor: Actor, organisationId: number): Promise<IdentityLinkRequest[]> {
    if (!managesOrganisation(actor, Number(organisationId))) throw CommonErrors.forbidden();
    return this.db.manager.find(IdentityLinkRequest, {
      where: { organisationId: Number(organisationId) || -1, status: IdentityLinkStatus.PENDING },
      order: { requestedAt: "ASC", id: "ASC" },
      take: LINK_REQUESTS_LISTED,
    });
  }

  /**
   * Approves a first sign-in: links it to an existing account of the organisation (`userId`), or
   * creates one with the name and e-mail address the provider gave and the roles chosen (roles
   * the administrator may grant and the organisation's kind allows). The person signs in next time.
   */
  async approveLinkRequest(actor: Actor, requestId: number, roles: Role[], userId: number | null): Promise<IdentityLinkRequest> {
    return this.db.transaction(async (m) => {
      const request = await this.pendingRequest(m, actor, requestId);
      const org = await m.findOneByOrFail(Organisation, { id: request.organisationId });
      let user: User;
      if (userId != null) {
        const existing = await m.findOneBy(User, { id: Number(userId) || -1 });
        if (!existing || existing.organisationId !== org.id) throw OidcErrors.accountOfOtherOrganisation(undefined, { field: "userId" });
        if (await m.existsBy(UserIdentity, { userId: existing.id, issuer: request.issuer })) throw OidcErrors.accountAlreadyLinked();
        user = existing;
      } else {
        const unique = [...new Set(roles)];
        if (unique.length === 0) throw OidcErrors.chooseRoles(undefined, { field: "roles" });
        for (const role of unique) {
          if (!roleAllowedFor(role, org.kind)) throw UserErrors.roleNotAllowed({ role, organisation: org.name }, { field: "roles" });
          if (!mayGrant(actor, role)) throw UserErrors.roleNotGrantable({ role }, { field: "roles" });
        }
        if (!request.email) throw OidcErrors.requestHasNoEmail();
        if (await m.existsBy(User, { email: request.email })) throw UserErrors.emailTaken({ email: request.email });
        user = m.create(User, {
          email: request.email,
          name: request.name?.trim() || request.email,
          organisationId: org.id,
          roles: unique,
          active: true,
          passwordHash: null,
          invitationTokenHash: null,
          invitationExpiresAt: null,
        });
        await m.save(user);
        await audit(m, actor, {
          action: "user.create",
          entityType: "User",
          entityId: user.id,
          after: { email: user.email, name: user.name, organisationId: user.organisationId, roles: user.roles, active: true },
        });
      }
      await m.insert(UserIdentity, { userId: user.id, issuer: request.issuer, subject: request.subject });
      const decided = await m
        .createQueryBuilder()
        .update(IdentityLinkRequest)
        .set({ status: IdentityLinkStatus.APPROVED, userId: user.id, decidedById: actor.userId, decidedAt: new Date() })
        .where("id = :id AND status = :pending", { id: request.id, pending: IdentityLinkStatus.PENDING })
        .execute();
      if (decided.affected !== 1) throw OidcErrors.requestNotFound();
      await audit(m, actor, {
        action: "identityLink.approve",
        entityType: "User",
        entityId: user.id,
        after: { requestId: request.id, issuer: request.issuer, email: request.email },
      });
      return { ...request, status: IdentityLinkStatus.APPROVED, userId: user.id };
    });
  }

  async rejectLinkRequest(actor: Actor, requestId: number): Promise<IdentityLinkRequest> {
    return this.db.transaction(async (m) => {
      const request = await this.pendingRequest(m, actor, requestId);
      const decided = await m
        .createQueryBuilder()
        .update(IdentityLinkRequest)
        .set({ status: IdentityLinkStatus.REJECTED, decidedById: actor.userId, decidedAt: new Date() })
        .where("id = :id AND status = :pending", { id: request.id, pending: IdentityLinkStatus.PENDING })
        .execute();
      if (decided.affected !== 1) throw OidcErrors.requestNotFound();
      await audit(m, actor, {
        action: "identityLink.reject",
        entityType: "IdentityLinkRequest",
        entityId: request.id,
        after: { issuer: request.issuer, email: request.email },
      });
      return { ...request, status: IdentityLinkStatus.REJECTED };
    });
  }

  private async pendingRequest(m: EntityManager, actor: Actor, requestId: number): Promise<IdentityLinkRequest> {
    const request = await m.findOneBy(IdentityLinkRequest, { id: Number(requestId) || -1 });
    // Another organisation's request is answered as one that does not exist.
    if (!request || request.status !== IdentityLinkStatus.PENDING || !managesOrganisation(actor, request.organisationId)) throw OidcErrors.requestNotFound();
    return request;
  }

  // ---- signing out ----

  /** Where the browser goes to sign out at the provider too, when it offers an end_session_endpoint; null otherwise. */
  async providerLogoutUrl(ended: { identityProviderId: number; idToken: string | null } | null): Promise<string | null> {
    if (!ended) return null;
    const provider = await this.db.manager.findOneBy(IdentityProvider, { id: ended.identityProviderId });
    if (!provider) return null;
    try {
      const configuration = await this.clientConfiguration(provider);
      if (!configuration.serverMetadata().end_session_endpoint) return null;
      const client = await openIdClient();
      const url = client.buildEndSessionUrl(configuration, {
        post_logout_redirect_uri: `${this.config.publicUrl}/logga-in`,
        ...(ended.idToken ? { id_token_hint: ended.idToken } : { client_id: provider.clientId }),
      });
      return url.href;
    } catch (err) {
      this.log.warn({ issuer: provider.issuer, error: errorText(err) }, "identity provider sign-out address not available");
      return null;
    }
  }
}

/** The e-mail address the configured claim gives; an e-mail the provider says is unverified matches nothing. */
function matchValue(claim: string, claims: Record<string, unknown>): string | null {
  const value = claims[claim];
  if (typeof value !== "string" || !value.includes("@") || value.length > 254) return null;
  if (claim === "email" && claims.email_verified === false) return null;
  return normaliseEmail(value);
}

/** What the audit log records of the settings: never the secret. */
function describe(p: IdentityProvider) {
  return { issuer: p.issuer, clientId: p.clientId, scopes: p.scopes, matchClaim: p.matchClaim, passwordSignInDisabled: p.passwordSignInDisabled };
}

function errorText(err: unknown): string {
  const e = err as { code?: string; message?: string };
  return [e?.code, e?.message].filter(Boolean).join(": ").slice(0, 300);
}
