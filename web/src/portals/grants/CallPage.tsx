import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { useMe } from "../../app/session";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { Loading } from "../../app/ui/Loading";
import { ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { CallFacts } from "../../modules/grants/components/CallFacts";
import { OverdueFollowUps } from "../../modules/grants/components/OverdueFollowUps";
import { StatusCounts } from "../../modules/grants/components/StatusCounts";
import { GrantCallFiguresQuery, GrantCallQuery, GrantOverdueFollowUpsQuery } from "../../modules/grants/operations";
import { CallApplications } from "../../modules/grants/components/CallApplications";
import { MyCallApplications } from "../../modules/grants/components/MyCallApplications";
import { AssessmentSetup } from "../../modules/development-funds/components/AssessmentSetup";

/** /stimulansmedel/utlysningar/:id – the call; its applications for Socialstyrelsen, "Ansök" for applicants. */
export function CallPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const me = useMe();
  const location = useLocation();
  const readAll = me.abilities.includes("grant.read.all");
  const { data, loading, error } = useQuery(GrantCallQuery, { variables: { id } });
  const figures = useQuery(GrantCallFiguresQuery, { variables: { id }, skip: !readAll });
  const overdue = useQuery(GrantOverdueFollowUpsQuery, { variables: { callId: id }, skip: !readAll });
  const call = data?.grantCall;
  useDocumentTitle(call?.title ?? t("grants.list.call"));
  const notice = (location.state as { notice?: string } | null)?.notice;

  if (!call) {
    return (
      <>
        <h1>{t("grants.list.call")}</h1>
        {loading ? <Loading /> : error ? <ErrorAlert>{errorInfo(error).message}</ErrorAlert> : null}
      </>
    );
  }
  const canApply = call.availableActions.includes("APPLY");
  const f = figures.data?.grantCall;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/stimulansmedel">{t("areas.grants.name")}</Link>
      </p>
      <h1>{call.title}</h1>
      <LiveStatus>{notice}</LiveStatus>
      <CallFacts call={call} figures={f} />
      {call.description && <p className="lead pre-line">{call.description}</p>}
      {canApply && (
        <p>
          <Link to={`/stimulansmedel/ansokningar/ny?utlysning=${call.id}`} className="button">
            {t("grants.overview.apply")}
          </Link>
        </p>
      )}
      {f && (
        <section className="section" aria-labelledby="status-counts-heading">
          <h2 id="status-counts-heading">{t("grants.overview.byStatus")}</h2>
          <StatusCounts counts={f.statusCounts} />
        </section>
      )}
      {call.assessedByReviewers && me.abilities.includes("grant.call.manage") && <AssessmentSetup callId={call.id} />}
      {readAll ? <CallApplications call={call} /> : me.abilities.includes("grant.application.apply") && <MyCallApplications callId={call.id} />}
      {readAll && <OverdueFollowUps id="call-follow-up" items={overdue.data?.overdueFollowUps} loading={overdue.loading} error={overdue.error} />}
    </>
  );
}
