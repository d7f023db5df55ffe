import { useTranslation } from "react-i18next";
import { Outlet } from "react-router-dom";
import { areaById, canUseArea } from "../../app/areas";
import { ForbiddenPage } from "../../app/guards";
import { useMe } from "../../app/session";
import { SubNav } from "../../app/ui/SubNav";

/** Stimulansmedel: every page of the area, for users holding any grant ability. */
export function GrantsLayout() {
  const { t } = useTranslation();
  const me = useMe();
  if (!canUseArea(areaById("grants"), me.abilities)) return <ForbiddenPage />;
  const can = (a: string) => me.abilities.includes(a);
  return (
    <>
      <SubNav
        label={t("grants.nav")}
        links={[
          { to: "/stimulansmedel", label: t("grants.overview.nav"), end: true },
          { to: "/stimulansmedel/remisser", label: t("grants.consultationsPage.title"), show: can("grant.consult") },
          { to: "/stimulansmedel/bedomningar", label: t("grants.assessment.nav"), show: can("grant.application.assess") },
          { to: "/stimulansmedel/arssammanstallning", label: t("grants.summary.nav"), show: can("grant.read.all") },
          { to: "/stimulansmedel/brevmallar", label: t("grants.letterTemplates.nav"), show: can("grant.letterTemplate.manage") },
        ]}
      />
      <Outlet />
    </>
  );
}
