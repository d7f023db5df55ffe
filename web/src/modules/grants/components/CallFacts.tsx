import { useTranslation } from "react-i18next";
import { formatAmount, formatDate } from "../../../app/format";
import type { GrantCallFieldsFragment } from "../../../generated/graphql";

/** Budget, application period, who may apply and the consultation period of a call. */
export function CallFacts({ call, figures }: { call: GrantCallFieldsFragment; figures?: { requestedTotal: number; remaining: number; grantedCount: number } }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <div>
        <dt>{t("grants.call.period")}</dt>
        <dd>
          {formatDate(call.opensAt)} – {formatDate(call.closesAt)}{" "}
          <span className={`status status--${call.isOpen ? "positive" : "neutral"}`}>{t(call.isOpen ? "grants.call.open" : "grants.call.closed")}</span>
        </dd>
      </div>
      <div>
        <dt>{t("grants.call.budgetFact")}</dt>
        <dd>{formatAmount(call.budget)}</dd>
      </div>
      {figures && (
        <div>
          <dt>{t("grants.call.requested")}</dt>
          <dd>{formatAmount(figures.requestedTotal)}</dd>
        </div>
      )}
      <div>
        <dt>{t("grants.call.granted")}</dt>
        <dd>
          {formatAmount(call.grantedTotal)}
          {figures && <span className="muted"> {t("grants.call.grantedCount", { count: figures.grantedCount })}</span>}
        </dd>
      </div>
      <div>
        <dt>{t("grants.call.remaining")}</dt>
        <dd>{formatAmount(figures ? figures.remaining : call.budget - call.grantedTotal)}</dd>
      </div>
      <div>
        <dt>{t("grants.call.eligibleKinds")}</dt>
        <dd>{call.eligibleKinds.map((k) => t(`organisationKinds.${k}`)).join(", ")}</dd>
      </div>
      <div>
        <dt>{t("grants.call.consultation")}</dt>
        <dd>{t("grants.call.consultationText", { body: call.consultationOrganisation?.name ?? "–", count: call.consultationDays })}</dd>
      </div>
      <div>
        <dt>{t("grants.call.followUpDueDate")}</dt>
        <dd>{formatDate(call.followUpDueDate)}</dd>
      </div>
    </dl>
  );
}
