import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { useMe } from "../../app/session";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { CallsOverview } from "../../modules/grants/components/CallsOverview";
import { ConsultationSummary } from "../../modules/grants/components/ConsultationSummary";
import { MyApplications } from "../../modules/grants/components/MyApplications";
import { OpenCalls } from "../../modules/grants/components/OpenCalls";

/** /stimulansmedel: what this user works with, by their abilities. */
export function GrantsHome() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(t("areas.grants.name"));
  const can = (a: string) => me.abilities.includes(a);
  return (
    <>
      <h1>{t("areas.grants.name")}</h1>
      <p className="lead">{t("areas.grants.about")}</p>
      {can("grant.consult") && <ConsultationSummary />}
      {can("grant.application.apply") && (
        <>
          <OpenCalls />
          <MyApplications />
        </>
      )}
      {can("grant.read.all") && (
        <>
          <p>
            <Link to="/stimulansmedel/arssammanstallning">{t("grants.summary.homeLink")}</Link>
          </p>
          <CallsOverview />
        </>
      )}
    </>
  );
}
