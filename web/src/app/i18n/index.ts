import i18n from "i18next";
import { initReactI18next } from "react-i18next";
import en from "./en";
import sv from "./sv";

export type Language = "sv" | "en";
export const LANGUAGES: Language[] = ["sv", "en"];
const STORAGE_KEY = "samverka.language";

function storedLanguage(): Language {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return v === "en" || v === "sv" ? v : "sv";
  } catch {
    return "sv";
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

void i18n.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: storedLanguage(),
  fallbackLng: "sv",
  supportedLngs: LANGUAGES,
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});
document.documentElement.lang = currentLanguage();

export default i18n;
