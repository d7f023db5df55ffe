import i18n from "i18next";
import resourcesToBackend from "i18next-resources-to-backend";
import { initReactI18next } from "react-i18next";

export type Language = "sv" | "en";
export const LANGUAGES: Language[] = ["sv", "en"];
const STORAGE_KEY = "samverka.language";

/** The browser's first preferred language that Samverka speaks, or Swedish. */
function browserLanguage(): Language {
  const preferred = typeof navigator === "undefined" ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of preferred) {
    const base = tag?.toLowerCase().split("-")[0];
    if (base === "sv" || base === "en") return base;
  }
  return "sv";
}

/** The language chosen on this browser before, else the browser's own; after sign-in the person's stored choice wins. */
function storedLanguage(): Language {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return v === "en" || v === "sv" ? v : browserLanguage();
  } catch {
    return browserLanguage();
  }
}

export function currentLanguage(): Language {
  return i18n.language === "en" ? "en" : "sv";
}

/** Switches the UI language, remembers it and tells assistive technology via `<html lang>`. */
export async function setLanguage(lang: Language) {
  try {
    window.localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  await i18n.changeLanguage(lang);
}

i18n.on("languageChanged", (lng) => {
  document.documentElement.lang = lng === "en" ? "en" : "sv";
});

/**
 * Each portal's texts, portals/<portal>/i18n/{sv,en}.ts: one namespace per portal, named after its
 * folder, each language its own chunk, loaded when the portal is opened (`RequireTexts`).
 */
const portalTexts = import.meta.glob<{ default: object }>(["../../portals/*/i18n/sv.ts", "../../portals/*/i18n/en.ts"]);
export const PORTAL_NAMESPACES = [...new Set(Object.keys(portalTexts).map((file) => file.split("/")[3]))];

/** The app shell's and the shared UI's texts, one chunk per language: only the language shown is loaded. */
const commonTexts: Record<string, () => Promise<{ default: object }>> = { sv: () => import("./sv"), en: () => import("./en") };

function loadTexts(lng: string, ns: string) {
  const load = ns === "common" ? commonTexts[lng] : portalTexts[`../../portals/${ns}/i18n/${lng}.ts`];
  return load ? load() : Promise.reject(new Error(`No texts for the namespace ${ns} in ${lng}`));
}

/** Settled when the texts of the language shown have been loaded: the app is rendered then. */
export const textsReady: Promise<unknown> = i18n
  .use(resourcesToBackend(loadTexts))
  .use(initReactI18next)
  .init({
    // The shell's texts (`common`) in the language shown are loaded before the first render; the
    // portals' when a portal is opened; the other language when it is chosen.
    ns: ["common"],
    defaultNS: "common",
    // A portal's keys keep their prefix (`t("grants.home.title")`): looked up in common first, then
    // in the portals' namespaces, whose top-level keys are distinct (a test checks it).
    fallbackNS: PORTAL_NAMESPACES,
    lng: storedLanguage(),
    fallbackLng: "sv",
    supportedLngs: LANGUAGES,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
document.documentElement.lang = currentLanguage();

export default i18n;
