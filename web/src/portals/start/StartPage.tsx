import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { areaSentenceKey, usableAreas } from "../../app/areas";
import { useMe } from "../../app/session";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { WorkQueueSection } from "../../modules/work-queue/WorkQueueSection";

export function StartPage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("start.title"));
  const areas = usableAreas(me.abilities);
  const roles = me.roles.map((r) => t(`roles.${r}`));

  return (
    <>
      <h1>{t("start.welcome", { name: me.name })}</h1>
      <dl className="facts facts--inline">
        <div>
          <dt>{t("start.organisation")}</dt>
          <dd>
            {me.organisation.name}
            {t(`organisationKinds.${me.organisation.kind}`) !== me.organisation.name && (
              <span className="muted"> ({t(`organisationKinds.${me.organisation.kind}`)})</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t("start.roles", { count: roles.length })}</dt>
          <dd>{roles.length ? roles.join(", ") : t("start.noRoles")}</dd>
        </div>
      </dl>

      <WorkQueueSection />

      <h2>{t("start.areasHeading")}</h2>
      {areas.length === 0 ? (
        <p className="empty-state">{t("start.noAreas")}</p>
      ) : (
        <ul className="cards">
          {areas.map((area) => {
            const headingId = `area-${area.id}`;
            return (
              <li key={area.id} className="card card--area">
                <h3 id={headingId} className="card__title">
                  <Link to={area.path} className="card__link">
                    {t(`areas.${area.id}.name`)}
                  </Link>
                </h3>
                <p>{t(areaSentenceKey(area, me.abilities))}</p>
                {area.placeholder && <p className="tag">{t("start.comingLater")}</p>}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
