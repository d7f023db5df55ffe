import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import type { TrainingRegistrationFieldsFragment } from "../../../generated/graphql";
import { CancelTrainingRegistrationMutation } from "../operations";

/** "Avboka" after confirmation; the first on the waitlist who fits gets the seat. */
export function useCancelRegistration(onDone: (message: string) => void) {
  const { t } = useTranslation();
  const [target, setTarget] = useState<{ id: string; name: string; event?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [cancel, { loading }] = useMutation(CancelTrainingRegistrationMutation, {
    refetchQueries: ["TrainingEvent", "MyTrainingRegistrations"],
    awaitRefetchQueries: true,
  });

  async function confirm() {
    if (!target) return;
    try {
      await cancel({ variables: { id: target.id } });
      const name = target.name;
      setTarget(null);
      setError(null);
      onDone(t("trainings.cancelRegistration.done", { name }));
    } catch (err) {
      setError(errorInfo(err).message);
    }
  }

  const dialog = (
    <ConfirmDialog
      open={!!target}
      danger
      title={t("trainings.cancelRegistration.title", { name: target?.name ?? "" })}
      confirmLabel={t("trainings.cancelRegistration.confirm")}
      busy={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={() => {
        setTarget(null);
        setError(null);
      }}
    >
      <p>
        {target?.event
          ? t("trainings.cancelRegistration.bodyEvent", { name: target.name, event: target.event })
          : t("trainings.cancelRegistration.body", { name: target?.name ?? "" })}
      </p>
    </ConfirmDialog>
  );
  const button = (r: TrainingRegistrationFieldsFragment, event?: string) =>
    !r.availableActions.includes("CANCEL") ? null : (
      <button type="button" className="button button--small button--danger-quiet" onClick={() => setTarget({ id: r.id, name: r.name, event })}>
        {t("trainings.cancelRegistration.button")}
        <span className="visually-hidden">
          {" "}
          {r.name}
          {event ? `, ${event}` : ""}
        </span>
      </button>
    );
  return { dialog, button };
}
