import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatAmount, formatDate, isoString } from "../../../app/format";
import type { GrantApplicationRowFragment } from "../../../generated/graphql";
import { GrantStatusTag } from "./GrantStatusTag";

interface Props {
  id: string;
  caption: string;
  rows: GrantApplicationRowFragment[];
  showApplicant?: boolean;
  showCall?: boolean;
  /** Rows that can be selected (e.g. for remiss) and the current selection. */
  selectable?(row: GrantApplicationRowFragment): boolean;
  selected?: string[];
  onSelect?(ids: string[]): void;
}

/** Applications in a table: diarienummer, title, status and amounts; optionally selectable. */
export function ApplicationsTable({ id, caption, rows, showApplicant, showCall, selectable, selected = [], onSelect }: Props) {
  const { t } = useTranslation();
  const selecting = !!selectable && !!onSelect;
  const choosable = selecting ? rows.filter((r) => selectable(r)).map((r) => r.id) : [];
  const chosenHere = choosable.filter((id) => selected.includes(id));
  const all = choosable.length > 0 && chosenHere.length === choosable.length;
  const some = chosenHere.length > 0 && !all;
  const allRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = some;
  }, [some]);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {selecting && (
              <th scope="col">
                {choosable.length > 0 ? (
                  <input
                    ref={allRef}
                    type="checkbox"
                    className="row-check"
                    id={`${id}-select-all`}
                    aria-label={t("grants.list.selectAll")}
                    checked={all}
                    onChange={(e) => onSelect!(e.target.checked ? [...new Set([...selected, ...choosable])] : selected.filter((s) => !choosable.includes(s)))}
                  />
                ) : (
                  <span className="visually-hidden">{t("grants.list.select")}</span>
                )}
              </th>
            )}
            <th scope="col">{t("grants.list.title")}</th>
            <th scope="col">{t("grants.list.diarienummer")}</th>
            {showApplicant && <th scope="col">{t("grants.list.applicant")}</th>}
            {showCall && <th scope="col">{t("grants.list.call")}</th>}
            <th scope="col">{t("grants.list.status")}</th>
            <th scope="col" className="num">
              {t("grants.list.requested")}
            </th>
            <th scope="col" className="num">
              {t("grants.list.granted")}
            </th>
            <th scope="col">{t("grants.list.submitted")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => {
            const name = a.title || t("grants.application.untitled");
            return (
              <tr key={a.id}>
                {selecting && (
                  <td>
                    {selectable!(a) && (
                      <input
                        type="checkbox"
                        className="row-check"
                        id={`${id}-select-${a.id}`}
                        aria-label={t("grants.list.selectRow", { title: name, diarienummer: a.diarienummer ?? "" })}
                        checked={selected.includes(a.id)}
                        onChange={(e) => onSelect!(e.target.checked ? [...selected, a.id] : selected.filter((s) => s !== a.id))}
                      />
                    )}
                  </td>
                )}
                <th scope="row">
                  <Link to={`/stimulansmedel/ansokningar/${a.id}`}>{name}</Link>
                </th>
                <td className="nowrap">{a.diarienummer ?? "–"}</td>
                {showApplicant && <td>{a.organisation.name}</td>}
                {showCall && <td>{a.call.title}</td>}
                <td>
                  <GrantStatusTag status={a.status} />
                </td>
                <td className="num nowrap">{formatAmount(a.requestedAmount)}</td>
                <td className="num nowrap">{a.grantedAmount != null ? formatAmount(a.grantedAmount) : "–"}</td>
                <td className="nowrap">{a.submittedAt ? <time dateTime={isoString(a.submittedAt)}>{formatDate(a.submittedAt)}</time> : "–"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
