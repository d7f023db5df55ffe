import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { formatDate, formatDateTime } from "../../../app/format";
import type { GrantApplicationFieldsFragment } from "../../../generated/graphql";
import { GrantStatusTag } from "./GrantStatusTag";

/** Status, diarienummer, applicant, call and dates of an application. */
export function ApplicationFacts({ app }: { app: GrantApplicationFieldsFragment }) {
  const { t } = useTranslation();
  return (
    <dl className="facts">
      <div>
        <dt>{t("grants.list.status")}</dt>
        <dd>
          <GrantStatusTag status={app.status} />
        </dd>
      </div>
      <div>
        <dt>{t("grants.list.diarienummer")}</dt>
        <dd>{app.diarienummer ?? t("grants.application.noDiarienummer")}</dd>
      </div>
      <div>
        <dt>{t("grants.list.applicant")}</dt>
        <dd>{app.organisation.name}</dd>
      </div>
      <div>
        <dt>{t("grants.list.call")}</dt>
        <dd>
          <Link to={`/stimulansmedel/utlysningar/${app.call.id}`}>{app.call.title}</Link>
        </dd>
      </div>
      <div>
        <dt>{t("grants.list.submitted")}</dt>
        <dd>{app.submittedAt ? formatDateTime(app.submittedAt) : "–"}</dd>
      </div>
      <div>
        <dt>{t("grants.application.updated")}</dt>
        <dd>{formatDateTime(app.updatedAt)}</dd>
      </div>
      {app.completionDueDate && app.status === "COMPLETION_REQUESTED" && (
        <div>
          <dt>{t("grants.completion.dueDate")}</dt>
          <dd>{formatDate(app.completionDueDate)}</dd>
        </div>
      )}
    </dl>
  );
}
