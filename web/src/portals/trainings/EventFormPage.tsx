import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { RequireAbility } from "../../app/guards";
import { Loading } from "../../app/ui/Loading";
import { ErrorAlert } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { EventForm } from "../../modules/trainings/components/EventForm";
import { TrainingEventQuery } from "../../modules/trainings/operations";

/** /utbildningar/ny and /utbildningar/:id/andra */
export function EventFormPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const { data, error } = useQuery(TrainingEventQuery, { variables: { id: id ?? "" }, skip: !id });
  const event = id ? data?.trainingEvent : null;
  const title = id ? t("trainings.form.editTitle") : t("trainings.form.newTitle");
  useDocumentTitle(title);
  return (
    <RequireAbility ability="training.organise">
      <h1>{title}</h1>
      {!id && <p className="lead">{t("trainings.form.intro")}</p>}
      {event === undefined ? (
        error ? (
          <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
        ) : (
          <Loading />
        )
      ) : (
        <EventForm
          event={event}
          onCancel={() => navigate(id ? `/utbildningar/${id}` : "/utbildningar")}
          onSaved={(saved) => navigate(`/utbildningar/${saved.id}`, { state: { notice: t(id ? "trainings.form.saved" : "trainings.form.created") } })}
        />
      )}
    </RequireAbility>
  );
}
