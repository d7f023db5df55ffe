import { useTranslation } from "react-i18next";
import { formatNumber } from "../../../app/format";
import type { NationalReachQuery } from "../../../generated/graphql";

export type ReachRow = NationalReachQuery["trainingReach"]["totals"][number];

export const REACH_COLUMNS = ["events", "participants", "loggedParticipants", "kommuner", "regioner", "ngos", "otherBodies", "unmetDemand"] as const;

/** Reach per training type: events, distinct people and organisations, and unmet demand. */
export function ReachTable({ rows, caption, id }: { rows: ReachRow[]; caption: string; id: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap" role="region" tabIndex={0} aria-labelledby={`${id}-caption`}>
      <table className="table" id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("nationalFollowUp.reach.type")}</th>
            {REACH_COLUMNS.map((c) => (
              <th key={c} scope="col" className="num">
                {t(`nationalFollowUp.reach.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={`${r.type}:${r.countyCode ?? ""}`}>
              <th scope="row">{t(`nationalFollowUp.types.${r.type}`)}</th>
              {REACH_COLUMNS.map((c) => (
                <td key={c} className="num">
                  {formatNumber(r[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
