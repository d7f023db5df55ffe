import { useTranslation } from "react-i18next";

/** "Hoppa till innehållet": the first thing keyboard users reach; moves focus to `<main>`. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#main"
      onClick={(e) => {
        const main = document.getElementById("main");
        if (!main) return;
        e.preventDefault();
        main.focus();
        main.scrollIntoView();
      }}
    >
      {t("layout.skipLink")}
    </a>
  );
}
