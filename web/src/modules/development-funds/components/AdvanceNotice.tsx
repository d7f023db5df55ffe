import { useTranslation } from "react-i18next";
import { formatAmount, formatNumber } from "../../../app/format";
import type { DevFundMyAllotmentQuery } from "../../../generated/graphql";
import type { Round } from "../round";

type Notice = NonNullable<DevFundMyAllotmentQuery["myAllotment"]["notice"]>;

/** Förhandsbesked: the expected allotment before the allocation is published, and what may still change it. */
export function AdvanceNotice({ round, notice }: { round: Round; notice: Notice }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="df-notice">
      <h2 id="df-notice">{t("devfunds.notice.heading")}</h2>
      <ul className="figures df-figures">
        <li className="figure">
          <span className="figure__label">{t("devfunds.notice.expected", { year: round.year })}</span>
          <span className="figure__value" id="df-notice-amount">
            {formatAmount(notice.amount)}
          </span>
        </li>
        {notice.population != null && (
          <li className="figure">
            <span className="figure__label">{t("devfunds.notice.population", { year: notice.populationYear })}</span>
            <span className="figure__value">{formatNumber(notice.population)}</span>
          </li>
        )}
      </ul>
      <p id="df-notice-text">{t("devfunds.notice.mayChange", { year: notice.populationYear })}</p>
      <p>{t("devfunds.notice.next")}</p>
    </section>
  );
}
