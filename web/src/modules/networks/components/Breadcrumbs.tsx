import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";

/** Where the page sits: "Mina nätverk › Kvinnofridssamordnare Västra Götaland". */
export function Breadcrumbs({ items }: { items: { to: string; label: string }[] }) {
  const { t } = useTranslation();
  return (
    <nav className="nw-breadcrumbs" aria-label={t("networks.breadcrumbs")}>
      <ol>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to}>{item.label}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
