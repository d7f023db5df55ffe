import { useTranslation } from "react-i18next";
import { Outlet } from "react-router-dom";
import { ForbiddenPage } from "../../app/guards";
import { useMe } from "../../app/session";
import { SubNav } from "../../app/ui/SubNav";

/** Whoever takes part in the development funds, and whoever follows them in the statistics. */
export function canUseDevFunds(abilities: readonly string[]): boolean {
  return abilities.some((a) => a.startsWith("devfunds."));
}

/** Utvecklingsmedel: the rounds, and the statistics, as tabs under the main menu. */
export function DevFundsLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const takesPart = canUseDevFunds(me.abilities);
  const readsStatistics = me.abilities.includes("statistics.read");
  if (!takesPart && !readsStatistics) return <ForbiddenPage />;
  return (
    <div className="df">
      <SubNav
        label={t("devfunds.nav")}
        links={[
          { to: "/utvecklingsmedel", label: t("devfunds.home.nav"), end: true, show: takesPart },
          { to: "/utvecklingsmedel/statistik", label: t("devfunds.statistics.nav"), show: readsStatistics },
        ]}
      />
      <Outlet />
    </div>
  );
}
