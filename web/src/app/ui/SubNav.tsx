import { NavLink } from "react-router-dom";

/** The pages of one area, as tabs under the main menu. */
export function SubNav({ label, links }: { label: string; links: { to: string; label: string; end?: boolean; show?: boolean }[] }) {
  const shown = links.filter((l) => l.show !== false);
  if (shown.length < 2) return null;
  return (
    <nav className="subnav" aria-label={label}>
      <ul>
        {shown.map((l) => (
          <li key={l.to}>
            <NavLink to={l.to} end={l.end}>
              {l.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
