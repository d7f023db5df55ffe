import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router-dom";
import { errorInfo } from "../../../app/errors";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import { Dialog } from "../../../app/ui/Dialog";
import type { TrainingEventAction, TrainingEventFieldsFragment } from "../../../generated/graphql";
import { CompleteTrainingEventMutation, PublishTrainingEventMutation } from "../operations";
import { CancelEventForm } from "./CancelEventForm";

type Open = "publish" | "complete" | "cancel" | null;

/** Ändra, Publicera, Ställ in, Markera som genomförd – whichever the server offers. */
export function EventStatusActions({ event, onDone }: { event: TrainingEventFieldsFragment; onDone(message: string): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const [error, setError] = useState<string | null>(null);
  const [publish, publishState] = useMutation(PublishTrainingEventMutation, { refetchQueries: ["TrainingEvents"] });
  const [complete, completeState] = useMutation(CompleteTrainingEventMutation, { refetchQueries: ["TrainingEvents"] });
  const offers = (action: TrainingEventAction) => event.availableActions.includes(action);
  if (!offers("PUBLISH") && !offers("EDIT") && !offers("COMPLETE") && !offers("CANCEL")) return null;

  const close = () => {
    setOpen(null);
    setError(null);
  };
  async function run(action: () => Promise<unknown>, message: string) {
    try {
      await action();
      close();
      onDone(message);
    } catch (err) {
      setError(errorInfo(err).message);
    }
  }

  return (
    <>
      <div className="button-row">
        {offers("PUBLISH") && (
          <button type="button" className="button" onClick={() => setOpen("publish")}>
            {t("trainings.admin.publish")}
          </button>
        )}
        {offers("EDIT") && (
          <Link to={`/utbildningar/${event.id}/andra`} className="button button--secondary">
            {t("trainings.admin.edit")}
          </Link>
        )}
        {offers("COMPLETE") && (
          <button type="button" className="button button--secondary" onClick={() => setOpen("complete")}>
            {t("trainings.admin.complete")}
          </button>
        )}
        {offers("CANCEL") && (
          <button type="button" className="button button--danger-quiet" onClick={() => setOpen("cancel")}>
            {t("trainings.admin.cancel")}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={open === "publish"}
        title={t("trainings.admin.publishTitle")}
        confirmLabel={t("trainings.admin.publish")}
        busy={publishState.loading}
        error={error}
        onClose={close}
        onConfirm={() => void run(() => publish({ variables: { id: event.id } }), t("trainings.admin.published"))}
      >
        <p>{t("trainings.admin.publishBody")}</p>
      </ConfirmDialog>
      <ConfirmDialog
        open={open === "complete"}
        title={t("trainings.admin.completeTitle")}
        confirmLabel={t("trainings.admin.complete")}
        busy={completeState.loading}
        error={error}
        onClose={close}
        onConfirm={() => void run(() => complete({ variables: { id: event.id } }), t("trainings.admin.completed"))}
      >
        <p>{t("trainings.admin.completeBody")}</p>
      </ConfirmDialog>
      <Dialog open={open === "cancel"} title={t("trainings.admin.cancelTitle")} onClose={close}>
        <CancelEventForm
          eventId={event.id}
          onCancel={close}
          onDone={() => {
            close();
            onDone(t("trainings.admin.cancelled"));
          }}
        />
      </Dialog>
    </>
  );
}
