import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { type AreaId, areaAbilities, areaById, areaSentenceKey, canUseArea, taskKey } from "../../app/areas";
import { ForbiddenPage } from "../../app/guards";
import { useMe } from "../../app/session";
import { Notice } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";

/**
 * An honest placeholder for a portal that a later version builds: says so, and says what
 * this user will be able to do there.
 */
export function PlaceholderPortal({ area }: { area: AreaId }) {
  const me = useMe();
  if (!canUseArea(areaById(area), me.abilities)) return <ForbiddenPage />;
  return <Placeholder id={area} />;
}

function Placeholder({ id }: { id: AreaId }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const area = areaById(id);
  const name = t(`areas.${id}.name`);
  useDocumentTitle(name);
  const tasks: string[] = areaAbilities(area, me.abilities)
    .map(taskKey)
    .filter((k) => i18n.exists(k));
  // An ability added on the server before the web app knows it: say what the area is for.
  if (tasks.length === 0) tasks.push(areaSentenceKey(area, me.abilities));

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
