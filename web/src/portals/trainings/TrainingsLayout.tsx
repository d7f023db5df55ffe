import { useTranslation } from "react-i18next";
import { Outlet } from "react-router-dom";
import { areaById, canUseArea } from "../../app/areas";
import { ForbiddenPage } from "../../app/guards";
import { useMe } from "../../app/session";
import { SubNav } from "../../app/ui/SubNav";

/** Utbildningar: every page of the area, for users holding any training ability. */
export function TrainingsLayout() {
  const { t } = useTranslation();
  const me = useMe();
  if (!canUseArea(areaById("trainings"), me.abilities)) return <ForbiddenPage />;
  const can = (a: string) => me.abilities.includes(a);
  return (
    <>
      <SubNav
        label={t("trainings.nav")}
        links={[
          { to: "/utbildningar", label: t("trainings.list.nav"), end: true },
          { to: "/utbildningar/anmalningar", label: t("trainings.mine.title"), show: can("training.register") },
          { to: "/utbildningar/personal", label: t("trainings.staff.nav"), show: can("training.register") },
          { to: "/utbildningar/kursledare", label: t("trainings.leaders.title") },
          { to: "/utbildningar/statistik", label: t("trainings.stats.nav"), show: can("statistics.read") || can("training.organise") },
        ]}
      />
      <Outlet />
    </>
  );
}
