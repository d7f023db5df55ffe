import fs from "node:fs";
import { expect, inject } from "vitest";

/**
 * The path and query of the newest link to `page` (e.g. `/inbjudan`) mailed to `email`, as it
 * reached the test SMTP server's inbox (the outbox shows such links hidden).
 */
export async function mailedLink(email: string, page: string): Promise<string> {
  const mailbox = inject("mailbox");
  const pattern = new RegExp(`https?://\\S+${page}\\?token=[A-Za-z0-9_-]+`);
  const newest = () =>
    fs
      .readFileSync(mailbox, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as { to: string[]; data: string })
      .filter((m) => m.to.includes(email))
      // Quoted-printable soft line breaks ("=\r\n") may split the link.
      .map((m) => m.data.replace(/=\r?\n/g, "").replace(/=3D/g, "="))
      .filter((data) => pattern.test(data))
      .at(-1);
  await expect.poll(newest, { timeout: 15_000 }).toBeTruthy();
  const url = new URL(pattern.exec(newest()!)![0]);
  return url.pathname + url.search;
}
