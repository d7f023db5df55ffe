import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../../app/format";
import type { GrantApplicationFieldsFragment } from "../../../generated/graphql";

/** Remisser of the application and what the consultation body answered. */
export function ConsultationAnswers({ consultations }: { consultations: GrantApplicationFieldsFragment["consultations"] }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="consultations-heading">
      <h2 id="consultations-heading">{t("grants.consultations.heading")}</h2>
      {consultations.length === 0 ? (
        <p className="muted">{t("grants.consultations.none")}</p>
      ) : (
        <ul className="plain-list">
          {consultations.map((c) => (
            <li key={c.id} className="card card--compact">
              <p className="card__title">
                {c.organisation.name}{" "}
                {c.answeredAt ? (
                  <span className="status status--positive">{t(`consultationOpinion.${c.opinion}`)}</span>
                ) : (
                  <span className="status status--waiting">{t("grants.consultations.unanswered")}</span>
                )}
              </p>
              <p className="muted">
                {t("grants.consultations.sent", { date: formatDateTime(c.requestedAt), due: formatDate(c.dueDate) })}
                {c.answeredAt && <> {t("grants.consultations.answered", { date: formatDateTime(c.answeredAt) })}</>}
              </p>
              {c.opinionText && (
                <blockquote className="quote pre-line">
                  <p>{c.opinionText}</p>
                </blockquote>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
