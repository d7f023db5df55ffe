import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { RequireAbility } from "../../app/guards";
import { useMe } from "../../app/session";
import { Email } from "../../app/ui/Email";
import { LiveStatus } from "../../app/ui/LiveStatus";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { EventDates } from "../../modules/trainings/components/SessionTimes";
import { RegistrationStatusTag } from "../../modules/trainings/components/TrainingTags";
import { useCancelRegistration } from "../../modules/trainings/components/useCancelRegistration";
import { MyTrainingRegistrationsQuery } from "../../modules/trainings/operations";

/** /utbildningar/anmalningar – Våra anmälningar: everyone the organisation has registered, latest events first. */
export function MyRegistrationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("trainings.mine.title"));
  return (
    <RequireAbility ability="training.register">
      <MyRegistrations />
    </RequireAbility>
  );
}

function MyRegistrations() {
  const { t } = useTranslation();
  const me = useMe();
  const [notice, setNotice] = useState<string | null>(null);
  const cancel = useCancelRegistration(setNotice);
  const { data, loading, error } = useQuery(MyTrainingRegistrationsQuery);
  const list = data?.myTrainingRegistrations;
  return (
    <>
      <h1>{t("trainings.mine.title")}</h1>
      <p className="lead">{t("trainings.mine.intro", { organisation: me.organisation.name })}</p>
      <p>
        <a href="/api/my-training-registrations/calendar.ics" download>
          {t("trainings.mine.calendar")}
        </a>
      </p>
      <LiveStatus>{notice}</LiveStatus>
      {loading && !list && <Loading />}
      {error && !list ? (
        <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
      ) : !list ? null : list.length === 0 ? (
        <EmptyState>{t("trainings.mine.empty")}</EmptyState>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="mine-caption">
          <table className="table">
            <caption id="mine-caption">{t("trainings.mine.caption", { count: list.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("trainings.register.name")}</th>
                <th scope="col">{t("trainings.register.email")}</th>
                <th scope="col">{t("trainings.mine.event")}</th>
                <th scope="col">{t("trainings.list.dates")}</th>
                <th scope="col">{t("trainings.registrations.status")}</th>
                <th scope="col">{t("users.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {list.map((r) => {
                return (
                  <tr key={r.id}>
                    <th scope="row">{r.name}</th>
                    <td>
                      <Email address={r.email} />
                    </td>
                    <td>
                      <Link to={`/utbildningar/${r.event.id}`}>{r.event.title}</Link>
                      {r.event.status === "CANCELLED" && <div className="muted">{t("trainingStatus.CANCELLED")}</div>}
                    </td>
                    <td className="nowrap">
                      <EventDates startsAt={r.event.startsAt} endsAt={r.event.endsAt} />
                    </td>
                    <td>
                      <RegistrationStatusTag status={r.status} position={r.waitlistPosition} />
                    </td>
                    <td>{cancel.button(r, r.event.title)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {cancel.dialog}
    </>
  );
}
