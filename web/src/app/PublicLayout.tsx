import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { currentLanguage, setLanguage } from "./i18n";
import { SkipLink } from "./ui/SkipLink";

/** The frame of the pages for people who are not signed in (login, accepting an invitation). */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const otherLanguage = currentLanguage() === "sv" ? "en" : "sv";
  return (
    <div className="app app--public">
      <SkipLink />
      <header className="site-header">
        <div className="site-header__top container">
          <p className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">Samverka</span>
          </p>
          <div className="site-header__user">
            <button type="button" className="button button--quiet" lang={otherLanguage} onClick={() => void setLanguage(otherLanguage)}>
              {t("layout.switchLanguage")}
            </button>
          </div>
        </div>
      </header>
      <main id="main" className="container main main--narrow" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t("layout.footer")}</p>
        </div>
      </footer>
    </div>
  );
}
