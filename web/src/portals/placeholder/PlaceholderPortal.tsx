import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type AreaId, areaAbilities, areaById, canUseArea, taskKey } from "../../app/areas";
import { ForbiddenPage } from "../../app/guards";
import { useMe } from "../../app/session";
import { Notice } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";

/**
 * An honest placeholder for a portal that a later version builds: says so, and says what
 * this user will be able to do there.
 */
export function PlaceholderPortal({ area: id }: { area: AreaId }) {
  const { t } = useTranslation();
  const me = useMe();
  const area = areaById(id);
  const name = t(`areas.${id}.name`);
  useDocumentTitle(name);
  if (!canUseArea(area, me.abilities)) return <ForbiddenPage />;
  const tasks = areaAbilities(area, me.abilities).map(taskKey);

  return (
    <>
      <h1>{name}</h1>
      <p className="lead">{t(`areas.${id}.about`)}</p>
      <Notice title={t("placeholder.title")}>
        <p>{t("placeholder.body")}</p>
      </Notice>
      <h2>{t("placeholder.youWill")}</h2>
      <ul className="task-list">
        {tasks.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
      <p>
        <Link to="/">{t("common.backToStart")}</Link>
      </p>
    </>
  );
}
