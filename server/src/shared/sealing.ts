import crypto from "node:crypto";

/**
 * Text only the server can read back (AES-256-GCM under a key derived from the session secret):
 * for what must be kept a little while but never shown, such as a mail carrying a sign-in link
 * until it is sent. Someone who reads the database without the secret learns nothing from it.
 */
function keyFor(secret: string): Buffer {
  return crypto.createHmac("sha256", secret).update("samverka:sealed-text:v1").digest();
}

export function sealText(text: string, secret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyFor(secret), iv);
  const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The sealed text, or an error when it was sealed under another secret or altered. */
export function openSealed(sealed: string, secret: string): string {
  if (!sealed.startsWith("v1.")) throw new Error("unknown sealed format");
  const raw = Buffer.from(sealed.slice(3), "base64url");
  const decipher = crypto.createDecipheriv("aes-256-gcm", keyFor(secret), raw.subarray(0, 12));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
}
