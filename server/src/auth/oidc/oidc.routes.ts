import type { CookieOptions, Express, Request, Response } from "express";
import type { Config } from "../../config/config";
import { SESSION_COOKIE } from "../auth.resolver";
import type { OidcService } from "./oidc.service";
import { FLOW_MINUTES } from "./oidc.service";

/** The sealed state, nonce and PKCE verifier of a sign-in under way; only the callback reads it. */
export const OIDC_FLOW_COOKIE = "samverka_oidc";
const FLOW_PATH = "/api/auth/oidc";

/**
 * Single sign-on: `/api/auth/oidc/<organisation code>/start` sends the browser to the
 * organisation's provider, `/api/auth/oidc/callback` takes it back and opens the session (or the
 * second step of two-factor sign-in). Whatever goes wrong ends on the sign-in page with `?sso=<reason>`.
 */
export function registerOidcRoutes(app: Express, oidc: OidcService, config: Pick<Config, "publicUrl" | "sessionTtlHours">) {
  const secure = config.publicUrl.startsWith("https:");
  // Lax: the cookie comes back on the provider's top-level redirect to the callback, not on other sites' requests.
  const flowCookie: CookieOptions = { httpOnly: true, sameSite: "lax", secure, path: FLOW_PATH };
  const noStore = (res: Response) => res.setHeader("Cache-Control", "no-store");

  app.get(`${FLOW_PATH}/:orgCode/start`, async (req: Request, res: Response, next) => {
    try {
      noStore(res);
      const started = await oidc.start(String(req.params.orgCode));
      if ("refused" in started) return res.redirect(303, `/logga-in?sso=${started.refused}`);
      res.cookie(OIDC_FLOW_COOKIE, started.flow, { ...flowCookie, maxAge: FLOW_MINUTES * 60_000 });
      res.redirect(303, started.url);
    } catch (err) {
      next(err);
    }
  });

  app.get(`${FLOW_PATH}/callback`, async (req: Request, res: Response, next) => {
    try {
      noStore(res);
      const flow = (req.cookies as Record<string, string> | undefined)?.[OIDC_FLOW_COOKIE];
      res.clearCookie(OIDC_FLOW_COOKIE, flowCookie);
      // The address the provider redirected to, as registered: PUBLIC_URL and the query it brought.
      const current = new URL(
        `${oidc.redirectUri}${req.originalUrl.slice(req.originalUrl.indexOf("?") === -1 ? req.originalUrl.length : req.originalUrl.indexOf("?"))}`,
      );
      const outcome = await oidc.callback(current, flow, req.get("user-agent") ?? null);
      if (outcome.kind === "session") {
        res.cookie(SESSION_COOKIE, outcome.token, { httpOnly: true, sameSite: "lax", secure, path: "/", maxAge: config.sessionTtlHours * 3_600_000 });
        return res.redirect(303, "/");
      }
      // The challenge stays in the fragment, which is never sent to a server nor written in its logs.
      if (outcome.kind === "challenge") return res.redirect(303, `/logga-in#tvasteg=${encodeURIComponent(outcome.challenge)}`);
      res.redirect(303, `/logga-in?sso=${outcome.reason}`);
    } catch (err) {
      next(err);
    }
  });
}
