import http from "node:http";
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from "jose";
import { freePort } from "./ports";

/** What the test provider knows of a person, by subject: the claims it gives. */
export interface ProviderPerson {
  email?: string;
  email_verified?: boolean;
  name?: string;
  upn?: string;
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The people who can sign in, by subject (the login typed on the provider's page). */
  people: Map<string, ProviderPerson>;
  /** Changes the provider makes to the ID tokens it issues (signed again with its own key), to see a relying party refuse them. */
  tamper: ((claims: Record<string, unknown>) => Record<string, unknown>) | null;
  /** With `tamper`: sign the changed token with a key that is not the provider's (under the provider's key id). */
  signWithForeignKey: boolean;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider) on a free port of 127.0.0.1, with one confidential
 * client whose redirect URI is Samverka's callback at `samverkaUrl`. Its login page (the
 * development interactions) signs in whoever types a known subject; consent is given once and for
 * all, as for a first-party application.
 */
export async function startTestProvider(samverkaUrl: string): Promise<TestProvider> {
  const port = await freePort();
  const issuer = `http://127.0.0.1:${port}`;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const foreign = await generateKeyPair("RS256");
  const jwk = { ...(await exportJWK(privateKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const result: TestProvider = {
    issuer,
    clientId: "samverka",
    clientSecret: "provider-client-secret-of-the-test",
    people: new Map(),
    tamper: null,
    signWithForeignKey: false,
    close: async () => undefined,
  };
  const { default: Provider } = await import("oidc-provider");
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: result.clientId,
        client_secret: result.clientSecret,
        redirect_uris: [`${samverkaUrl}/api/auth/oidc/callback`],
        post_logout_redirect_uris: [`${samverkaUrl}/logga-in`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ["a-cookie-key-of-the-test-provider"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name", "upn"] },
    pkce: { required: () => true },
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx, sub) {
      const person = result.people.get(sub);
      return person ? { accountId: sub, claims: async () => ({ sub, ...person }) } : undefined;
    },
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (grantId) return ctx.oidc.provider.Grant.find(grantId);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId });
      grant.addOIDCScope("openid email profile");
      await grant.save();
      return grant;
    },
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (result.tamper && ctx.path === "/token" && body?.id_token) {
      const claims = result.tamper(decodeJwt(body.id_token) as Record<string, unknown>);
      body.id_token = await new SignJWT(claims)
        .setProtectedHeader({ alg: "RS256", kid: "test-key" })
        .sign(result.signWithForeignKey ? foreign.privateKey : privateKey);
    }
  });
  const server = http.createServer(provider.callback());
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  result.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return result;
}
