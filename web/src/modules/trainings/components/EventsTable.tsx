import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatNumber } from "../../../app/format";
import type { TrainingEventRowFragment } from "../../../generated/graphql";
import { EventDates } from "./SessionTimes";
import { EventStatusTag } from "./TrainingTags";

/** Training events: title, type, dates, organiser, place, seats left and waitlist. */
export function EventsTable({ id, caption, rows, showStatus }: { id: string; caption: string; rows: TrainingEventRowFragment[]; showStatus?: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="table">
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("trainings.form.title")}</th>
            <th scope="col">{t("trainings.form.type")}</th>
            <th scope="col">{t("trainings.list.dates")}</th>
            <th scope="col">{t("trainings.facts.organiser")}</th>
            <th scope="col">{t("trainings.form.location")}</th>
            {showStatus && <th scope="col">{t("trainings.facts.status")}</th>}
            <th scope="col" className="num">
              {t("trainings.list.placesLeft")}
            </th>
            <th scope="col" className="num">
              {t("trainings.facts.waitlist")}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                <Link to={`/utbildningar/${e.id}`}>{e.title}</Link>
                {e.countyCode == null && <div className="muted">{t("trainings.list.national")}</div>}
              </th>
              <td>{t(`trainingTypes.${e.type}`)}</td>
              <td className="nowrap">
                <EventDates startsAt={e.startsAt} endsAt={e.endsAt} />
              </td>
              <td>{e.organiser.name}</td>
              <td>{e.location || (e.onlineUrl ? t("trainings.list.online") : "–")}</td>
              {showStatus && (
                <td>
                  <EventStatusTag status={e.status} />
                </td>
              )}
              <td className="num">{e.loggedOnly ? "–" : `${formatNumber(e.placesLeft)} / ${formatNumber(e.capacity)}`}</td>
              <td className="num">{e.loggedOnly ? "–" : formatNumber(e.waitlistCount)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
