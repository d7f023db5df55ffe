import { useTranslation } from "react-i18next";
import { formatAmount, formatDate } from "../../../app/format";
import { useMe } from "../../../app/session";
import { Notice } from "../../../app/ui/Messages";
import type { GrantApplicationFieldsFragment } from "../../../generated/graphql";
import { ApplicationContent } from "./ApplicationContent";
import { ApplicationFacts } from "./ApplicationFacts";
import { CaseFileDownload } from "./CaseFileDownload";
import { CaseThreadSection } from "./CaseThreadSection";
import { ConsultationAnswers } from "./ConsultationAnswers";
import { DecisionSummary } from "./DecisionSummary";
import { FollowUpForm } from "./FollowUpForm";
import { OfficerActions } from "./OfficerActions";
import { OpinionForm } from "./OpinionForm";
import { VersionHistory } from "./VersionHistory";
import { WithdrawApplication } from "./WithdrawApplication";
import { AssessmentView, PROPOSABLE_STATUSES } from "../../development-funds/components/AssessmentView";
import { PartialReports } from "../../development-funds/components/PartialReports";

/** An application read-only, with what this user may do with it in its present state. */
export function ApplicationView({ app, onNotice }: { app: GrantApplicationFieldsFragment; onNotice(message: string): void }) {
  const { t } = useTranslation();
  const me = useMe();
  const can = (a: string) => me.abilities.includes(a);
  const own = app.organisation.id === me.organisation.id && can("grant.application.apply");
  const offered = new Set(app.availableActions);
  const openRequest = offered.has("SUBMIT_OPINION") ? app.consultations.findLast((c) => c.organisation.id === me.organisation.id && !c.answeredAt) : undefined;

  return (
    <>
      <ApplicationFacts app={app} />
      {app.status === "COMPLETION_REQUESTED" && app.completionMessage && (
        <Notice title={t("grants.completion.requestedTitle")}>
          <p className="pre-line">{app.completionMessage}</p>
          {app.completionDueDate && <p>{t("grants.completion.dueBy", { date: formatDate(app.completionDueDate) })}</p>}
        </Notice>
      )}
      {own && app.status === "REPAYMENT_DUE" && (
        <Notice title={t("grants.payout.repaymentTitle")}>
          <p>{t("grants.payout.repaymentBody", { amount: formatAmount(app.repaymentAmount ?? 0) })}</p>
        </Notice>
      )}
      <DecisionSummary app={app} />
      {app.call.usableUntil && app.partialReports.length > 0 && (
        <PartialReports
          application={app}
          usableUntil={app.call.usableUntil}
          finalDueDate={app.call.followUpDueDate}
          coded={app.call.partialReportsCoded}
          refetch={["GrantApplication"]}
          onDone={onNotice}
        />
      )}
      {offered.has("SUBMIT_FOLLOW_UP") && <FollowUpForm app={app} onDone={onNotice} />}
      <OfficerActions app={app} onDone={onNotice} />
      {app.call.assessedByReviewers && can("grant.read.all") && app.status !== "DRAFT" && (
        <section className="section" aria-labelledby="assessment-heading">
          <h2 id="assessment-heading">{t("grants.assessment.heading")}</h2>
          <AssessmentView applicationId={app.id} canPropose={can("grant.application.assess") && PROPOSABLE_STATUSES.includes(app.status)} />
        </section>
      )}
      {openRequest && <OpinionForm applicationId={app.id} dueDate={openRequest.dueDate} onDone={onNotice} />}

      <section className="section" aria-labelledby="content-heading">
        <h2 id="content-heading">{t("grants.application.contentHeading")}</h2>
        <ApplicationContent content={app} headingLevel={3} idPrefix="current" />
      </section>
      {app.hasCaseThread && <CaseThreadSection applicationId={app.id} />}
      <ConsultationAnswers consultations={app.consultations} />
      <VersionHistory versions={app.versions} />
      {app.caseFileUrl && <CaseFileDownload url={app.caseFileUrl} />}
      {offered.has("WITHDRAW") && <WithdrawApplication app={app} onDone={onNotice} />}
    </>
  );
}
