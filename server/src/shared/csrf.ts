import type { Logger } from "pino";
import type { NextFunction, Request, Response } from "express";
import { CommonErrors } from "./errors";
import { sendError } from "./http";

/** Headers a browser sends cross-site only after a CORS preflight, which Samverka never grants (as Apollo's csrfPrevention). */
export const PREFLIGHT_HEADERS = ["apollo-require-preflight", "x-apollo-operation-name"] as const;

/** The content types a page on another site may send without a preflight (an HTML form can send each of them). */
const SIMPLE_CONTENT_TYPES = new Set(["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"]);

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * True when a browser could have sent the request from another site without asking first: no
 * content type, or one an HTML form can send, and none of the preflight headers. Anything else
 * (JSON, a custom header) makes the browser ask with a preflight, which is refused for other origins.
 */
function couldBeCrossSite(req: Request): boolean {
  if (PREFLIGHT_HEADERS.some((h) => (req.headers[h] ?? "").length > 0)) return false;
  const type = req.headers["content-type"];
  if (type === undefined) return true;
  const essence = type.split(";")[0].trim().toLowerCase();
  // A type that is not plainly `type/subtype` is treated as a form's: the header is asked for.
  return SIMPLE_CONTENT_TYPES.has(essence) || !/^[a-z0-9!#$%&'*+.^_`|~-]+\/[a-z0-9!#$%&'*+.^_`|~-]+$/.test(essence);
}

/**
 * Cross-site request forgery protection for the plain HTTP routes, checked as /graphql is checked
 * (Apollo's csrfPrevention): a state-changing request (anything but GET, HEAD, OPTIONS) is accepted
 * only with a content type a form cannot send or with an `Apollo-Require-Preflight` (or
 * `X-Apollo-Operation-Name`) header. A multipart upload therefore needs the header; the web app
 * sends it. And when the browser says where the request comes from (`Origin`), that must be
 * Samverka itself: the `PUBLIC_URL` or the address the request was sent to.
 * Refused before anything is read or stored: 403 with `{ error: { code: "FORBIDDEN", message } }`.
 */
export function refuseCrossSiteRequests(publicUrl: string, log: Logger) {
  const publicOrigin = new URL(publicUrl).origin;
  return (req: Request, res: Response, next: NextFunction) => {
    if (SAFE_METHODS.has(req.method) || req.path === "/graphql" || req.path.startsWith("/graphql/")) return next();
    const origin = req.headers.origin;
    const ownOrigin = `${req.protocol}://${req.get("host")}`;
    if ((origin !== undefined && origin !== publicOrigin && origin !== ownOrigin) || couldBeCrossSite(req)) {
      log.warn({ origin, contentType: req.headers["content-type"] }, "cross-site request refused");
      sendError(res, CommonErrors.crossSiteRequest());
      return;
    }
    next();
  };
}

/**
 * For the few GET downloads that also change something (the payment file marks its payments exported):
 * true when the browser says the request came from another site (`Sec-Fetch-Site: cross-site` or
 * `same-site`, e.g. a link or redirect on another page), so such a page cannot spend the export.
 * The web app's own link (`same-origin`) and an address typed or bookmarked (`none`) pass, as do
 * clients that send no such header (they cannot carry the session cookie from another site).
 */
export function isCrossSiteNavigation(req: Request): boolean {
  const site = req.headers["sec-fetch-site"];
  return site !== undefined && site !== "same-origin" && site !== "none";
}
