import { useTranslation } from "react-i18next";
import { formatAmount } from "../../../app/format";
import { useMe } from "../../../app/session";
import { potOf, type PotKey, type Round } from "../round";
import { AllocationSection } from "./AllocationSection";
import { FollowUpReviewSection } from "./FollowUpReviewSection";
import { FollowUpSection } from "./FollowUpSection";
import { NgoSection } from "./NgoSection";
import { AssessmentSetup } from "./AssessmentSetup";
import { PaymentSection } from "./PaymentSection";
import { RedistributionSection } from "./RedistributionSection";
import { RequisitionsSection } from "./RequisitionsSection";

/** Socialstyrelsen's round: the pots, the allocation, requisitions, redistribution, payment, the NGO applications and återrapportering. */
export function ManagerRound({ round }: { round: Round }) {
  const { t } = useTranslation();
  const abilities = useMe().abilities;
  const readAll = abilities.includes("grant.read.all");
  const review = abilities.includes("grant.application.assess");
  const manageCalls = abilities.includes("grant.call.manage");
  const sections = [
    { id: "df-allocation", label: t("devfunds.allocation.heading") },
    { id: "df-requisitions", label: t("devfunds.requisitions.heading") },
    { id: "df-redistribution", label: t("devfunds.redistribution.heading") },
    { id: "df-payment", label: t("devfunds.payment.heading") },
    ...(manageCalls ? [{ id: "df-assessment", label: t("devfunds.assessment.setupHeading") }] : []),
    { id: "df-ngo", label: t("devfunds.ngo.heading") },
    ...(readAll ? [{ id: "df-follow-up", label: t("grantFollowUps.heading") }] : []),
    ...(review ? [{ id: "df-review", label: t("devfunds.review.heading") }] : []),
  ];
  return (
    <>
      <h2 className="visually-hidden">{t("devfunds.pots.heading")}</h2>
      <ul className="figures df-figures">
        {(["KOMMUN", "REGION", "NGO"] as PotKey[]).map((key) => {
          const pot = potOf(round, key);
          return (
            <li key={key} className="figure">
              <span className="figure__label">{t(`devfunds.pots.${key}`)}</span>
              <span className="figure__value">{formatAmount(pot.budget)}</span>
              <span className="figure__label">
                {t("devfunds.pots.grantedRemaining", { granted: formatAmount(pot.grantedTotal), remaining: formatAmount(pot.remaining) })}
              </span>
            </li>
          );
        })}
      </ul>
      <nav className="df-toc" aria-label={t("devfunds.round.contents")}>
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a href={`#${s.id}`}>{s.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      <AllocationSection round={round} />
      <RequisitionsSection round={round} />
      <RedistributionSection round={round} />
      <PaymentSection round={round} />
      {manageCalls && <AssessmentSetup callId={round.ngoPot.id} />}
      <NgoSection round={round} />
      {readAll && <FollowUpSection round={round} />}
      {review && <FollowUpReviewSection round={round} />}
    </>
  );
}
