import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { Email } from "../../../app/ui/Email";
import { EmptyState } from "../../../app/ui/Messages";
import { useDebounced } from "../../../app/ui/useDebounced";
import type { StaffMemberFieldsFragment } from "../../../generated/graphql";
import { StaffMembersQuery } from "../operations";

const SHOWN = 50;

/** "Välj ur personallistan": tick several of the organisation's saved staff and add them as participants. */
export function StaffPicker({ onPick }: { onPick(people: StaffMemberFieldsFragment[]): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState("");
  const query = useDebounced(search.trim(), 300);
  const [picked, setPicked] = useState<Map<string, StaffMemberFieldsFragment>>(new Map());
  const { data, loading } = useQuery(StaffMembersQuery, { variables: { search: query || null, limit: SHOWN, offset: 0 }, skip: !open });
  const list = data?.staffMembers;

  function toggle(s: StaffMemberFieldsFragment) {
    setPicked((before) => {
      const next = new Map(before);
      if (next.has(s.id)) next.delete(s.id);
      else next.set(s.id, s);
      return next;
    });
  }

  function add() {
    onPick([...picked.values()]);
    setPicked(new Map());
    setOpen(false);
  }

  return (
    <details className="staff-picker" open={open} onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{t("trainings.staff.pick")}</summary>
      <p className="field__hint">{t("trainings.staff.pickHint")}</p>
      <div className="field">
        <label htmlFor="staff-pick-search">{t("trainings.staff.search")}</label>
        <input id="staff-pick-search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
      </div>
      {loading && !list ? (
        <p className="inline-status" role="status">
          {t("common.loading")}
        </p>
      ) : list && list.total === 0 ? (
        <EmptyState>{query ? t("trainings.staff.noMatch") : t("trainings.staff.pickEmpty")}</EmptyState>
      ) : list ? (
        <fieldset className="fieldset">
          <legend className="visually-hidden">{t("trainings.staff.pickCaption")}</legend>
          <ul className="plain-list">
            {list.items.map((s) => (
              <li key={s.id}>
                <div className="checkbox">
                  <input id={`staff-pick-${s.id}`} type="checkbox" checked={picked.has(s.id)} onChange={() => toggle(s)} />
                  <label htmlFor={`staff-pick-${s.id}`}>
                    {s.name}
                    {s.title ? `, ${s.title}` : ""} · <Email address={s.email} />
                  </label>
                </div>
              </li>
            ))}
          </ul>
          {list.total > list.items.length && <p className="field__hint">{t("trainings.staff.pickMore", { shown: list.items.length, total: list.total })}</p>}
        </fieldset>
      ) : null}
      <div className="button-row">
        <button type="button" className="button button--secondary button--small" disabled={picked.size === 0} onClick={add}>
          {t("trainings.staff.pickAdd")}
          {picked.size > 0 ? ` (${picked.size})` : ""}
        </button>
        <Link to="/utbildningar/personal">{t("trainings.staff.pickManage")}</Link>
      </div>
    </details>
  );
}
