import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { ConsultationRequestsQuery } from "../operations";

/** For the consultation body: how many remisser wait for an answer, and the way to them. */
export function ConsultationSummary() {
  const { t } = useTranslation();
  const { data } = useQuery(ConsultationRequestsQuery);
  const open = data?.consultationRequests.filter((c) => !c.answeredAt).length;
  return (
    <section className="section card" aria-labelledby="consult-summary-heading">
      <h2 id="consult-summary-heading">{t("grants.consultationsPage.title")}</h2>
      <p>{open == null ? t("common.loading") : t("grants.consultationsPage.openCount", { count: open })}</p>
      <p>
        <Link to="/stimulansmedel/remisser">{t("grants.consultationsPage.goTo")}</Link>
      </p>
    </section>
  );
}
