import fs from "node:fs";

/** Debian's chromium (or CHROMIUM_PATH); the browser specs never download a browser. */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((p) => p && fs.existsSync(p)) ?? null;
}
