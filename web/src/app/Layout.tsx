import { useQuery } from "@apollo/client/react";
import { type FormEvent, Suspense, useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation, useNavigate } from "react-router-dom";
import { MyTwoFactorQuery } from "../modules/auth/operations";
import { UnreadNotificationCountQuery } from "../modules/notifications/operations";
import { useLiveNotifications } from "../modules/notifications/useLiveNotifications";
import { usableAreas } from "./areas";
import { currentLanguage } from "./i18n";
import { useStoredLanguage } from "./language";
import { Loading } from "./ui/Loading";
import { SkipLink } from "./ui/SkipLink";
import { useMe, useSession } from "./session";

// The count is kept current by live events; the poll only covers a browser or proxy that drops them.
const UNREAD_POLL_MS = 300_000;

export function Layout() {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useSession();
  const location = useLocation();
  const { data: unread } = useQuery(UnreadNotificationCountQuery, { pollInterval: UNREAD_POLL_MS, fetchPolicy: "cache-and-network" });
  useLiveNotifications();
  const { data: twoFactor } = useQuery(MyTwoFactorQuery);
  const mustEnrol = !!twoFactor?.myTwoFactor.required && !twoFactor.myTwoFactor.enabled && location.pathname !== "/konto";
  const count = unread?.unreadNotificationCount ?? 0;
  const areas = usableAreas(me.abilities);
  const otherLanguage = currentLanguage() === "sv" ? "en" : "sv";
  const chooseLanguage = useStoredLanguage(true);
  const navigate = useNavigate();
  const [term, setTerm] = useState("");
  function search(e: FormEvent) {
    e.preventDefault();
    void navigate(`/sok?q=${encodeURIComponent(term.trim())}`);
  }

  // After moving to another page, put focus on its heading so screen readers announce it.
  // A page that only gives itself a new address (a draft that got its id) asks to keep focus.
  const first = useRef(true);
  // Read when the address changes, not a reason to move focus by itself.
  const keepFocus = useRef(false);
  keepFocus.current = !!(location.state as { keepFocus?: boolean } | null)?.keepFocus;
  useEffect(() => {
    if (first.current || keepFocus.current) {
      first.current = false;
      return;
    }
    const id = window.requestAnimationFrame(() => {
      const target = document.querySelector<HTMLElement>("#main h1") ?? document.getElementById("main");
      if (target) {
        if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
        target.focus({ preventScroll: false });
      }
    });
    return () => window.cancelAnimationFrame(id);
  }, [location.pathname]);

  return (
    <div className="app">
      <SkipLink />
      <header className="site-header">
        <div className="site-header__top container">
          <Link to="/" className="brand">
            <span className="brand__mark" aria-hidden="true" />
            <span className="brand__name">Samverka</span>
          </Link>
          <form role="search" className="site-search" onSubmit={search} aria-label={t("layout.searchLabel")}>
            <label htmlFor="site-search" className="visually-hidden">
              {t("layout.searchLabel")}
            </label>
            <input
              id="site-search"
              type="search"
              className="site-search__input"
              value={term}
              onChange={(e) => setTerm(e.target.value)}
              placeholder={t("layout.searchPlaceholder")}
            />
            <button type="submit" className="button button--quiet">
              {t("layout.searchButton")}
            </button>
          </form>
          <div className="site-header__user">
            <p className="user-badge">
              <span className="visually-hidden">{t("layout.signedInAs")} </span>
              <span className="user-badge__name">{me.name}</span>
              <span className="user-badge__org">{me.organisation.name}</span>
            </p>
            <button type="button" className="button button--quiet" lang={otherLanguage} onClick={() => void chooseLanguage(otherLanguage)}>
              {t("layout.switchLanguage")}
            </button>
            <button type="button" className="button button--quiet" onClick={() => void logout()}>
              {t("layout.logout")}
            </button>
          </div>
        </div>
        <nav className="site-nav" aria-label={t("layout.mainNav")}>
          <ul className="site-nav__list container">
            <li>
              <NavLink to="/" end>
                {t("nav.start")}
              </NavLink>
            </li>
            {areas.map((area) => (
              <li key={area.id}>
                {area.id === "admin" ? (
                  // Active on every administration page, not only the first.
                  <Link to={area.path} aria-current={location.pathname.startsWith("/admin") ? "page" : undefined}>
                    {t(`areas.${area.id}.name`)}
                  </Link>
                ) : (
                  <NavLink to={area.path}>{t(`areas.${area.id}.name`)}</NavLink>
                )}
              </li>
            ))}
            <li>
              <NavLink to="/konto">{t("account.link")}</NavLink>
            </li>
            <li className="site-nav__notifications">
              <NavLink to="/aviseringar" aria-label={t("nav.notificationsLabel", { count })}>
                {t("nav.notifications")} <span className={`badge${count > 0 ? " badge--unread" : ""}`}>({count})</span>
              </NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id="main" className="container main" tabIndex={-1}>
        {mustEnrol && (
          <aside className="notice" aria-labelledby="two-factor-prompt-title">
            <p className="notice__title" id="two-factor-prompt-title">
              {t("account.prompt.title")}
            </p>
            <p>{t("account.prompt.body")}</p>
            <p>
              <Link to="/konto">{t("account.prompt.link")}</Link>
            </p>
          </aside>
        )}
        {/* The portals' pages load on first use: "Laddar…" until the page's code has arrived. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t("layout.footer")}</p>
        </div>
      </footer>
    </div>
  );
}
