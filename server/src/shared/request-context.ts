import { AsyncLocalStorage } from "node:async_hooks";

export type Locale = "sv" | "en";

/** What every part of one HTTP request may need without threading it through: id, language, SQL count. */
export interface RequestScope {
  requestId: string;
  locale: Locale;
  sqlStatements: number;
}

export const requestScope = new AsyncLocalStorage<RequestScope>();

export function currentLocale(): Locale {
  return requestScope.getStore()?.locale ?? "sv";
}

export function localeFromHeader(header: string | undefined): Locale {
  if (!header) return "sv";
  const first = header.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "sv";
}
