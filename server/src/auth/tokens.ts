import crypto from "node:crypto";

/** A fresh random bearer token (sent to the client once) . */
export function newToken(): string {
  return crypto.randomBytes(32).toString("base64url");
}

/** What is stored for a token: an HMAC with the session secret, never the token itself. */
export function tokenDigest(token: string, secret: string): string {
  return crypto.createHmac("sha256", secret).update(token).digest("hex");
}
