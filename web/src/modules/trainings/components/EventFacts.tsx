import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { formatDateTime, formatNumber } from "../../../app/format";
import type { TrainingEventFieldsFragment } from "../../../generated/graphql";
import { CountiesQuery } from "../operations";
import { SessionTimes } from "./SessionTimes";
import { EventStatusTag } from "./TrainingTags";

/** What a participant needs to know: when, where, seats, who may register, until when. */
export function EventFacts({ event }: { event: TrainingEventFieldsFragment }) {
  const { t } = useTranslation();
  const { data } = useQuery(CountiesQuery, { fetchPolicy: "cache-first" });
  const countyName = (code: string) => data?.counties.find((c) => c.code === code)?.name ?? code;
  const where = event.eligibleCountyCodes.length ? event.eligibleCountyCodes.map(countyName).join(", ") : t("trainings.facts.wholeCountry");
  return (
    <dl className="facts">
      <div>
        <dt>{t("trainings.facts.type")}</dt>
        <dd>{t(`trainingTypes.${event.type}`)}</dd>
      </div>
      <div>
        <dt>{t("trainings.facts.status")}</dt>
        <dd>
          <EventStatusTag status={event.status} />
        </dd>
      </div>
      <div>
        <dt>{t("trainings.facts.organiser")}</dt>
        <dd>{event.organiser.name}</dd>
      </div>
      <div>
        <dt>{t("trainings.facts.when")}</dt>
        <dd>
          <SessionTimes sessions={event.sessions} />
        </dd>
      </div>
      <div>
        <dt>{t("trainings.form.location")}</dt>
        <dd>
          {event.location || "–"}
          {event.onlineUrl && (
            <div>
              <a href={event.onlineUrl} rel="noopener noreferrer">
                {t("trainings.facts.onlineLink")}
              </a>
            </div>
          )}
        </dd>
      </div>
      {!event.loggedOnly && (
        <>
          <div>
            <dt>{t("trainings.facts.places")}</dt>
            <dd>{t("trainings.facts.placesText", { count: event.placesLeft, capacity: formatNumber(event.capacity) })}</dd>
          </div>
          <div>
            <dt>{t("trainings.facts.waitlist")}</dt>
            <dd>{t("trainings.facts.waitlistText", { count: event.waitlistCount })}</dd>
          </div>
          <div>
            <dt>{t("trainings.form.deadline")}</dt>
            <dd>{event.registrationDeadline ? formatDateTime(event.registrationDeadline) : t("trainings.facts.untilStart")}</dd>
          </div>
        </>
      )}
      <div>
        <dt>{t("trainings.facts.openTo")}</dt>
        <dd>
          {event.eligibleKinds.map((k) => t(`organisationKinds.${k}`)).join(", ")}; {where}
        </dd>
      </div>
      {event.quotaPerOrganisation != null && (
        <div>
          <dt>{t("trainings.form.quota")}</dt>
          <dd>
            {t("trainings.facts.quotaText", { count: event.quotaPerOrganisation })}
            {event.quotaReleaseAt && <> {t("trainings.facts.quotaRelease", { date: formatDateTime(event.quotaReleaseAt) })}</>}
          </dd>
        </div>
      )}
    </dl>
  );
}
