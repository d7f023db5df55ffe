import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import type { GrantApplicationFieldsFragment } from "../../../generated/graphql";
import { WithdrawGrantApplicationMutation } from "../operations";

/** "Återkalla ansökan", after confirmation: the application leaves the process for good. */
export function WithdrawApplication({ app, onDone }: { app: GrantApplicationFieldsFragment; onDone(message: string): void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [withdraw, { loading }] = useMutation(WithdrawGrantApplicationMutation, { refetchQueries: ["GrantApplications"] });

  async function confirm() {
    try {
      await withdraw({ variables: { id: app.id } });
      setOpen(false);
      onDone(t("grants.withdraw.done"));
    } catch (err) {
      setError(errorInfo(err).message);
    }
  }

  return (
    <div className="section">
      <button type="button" className="button button--danger-quiet" onClick={() => setOpen(true)}>
        {t("grants.withdraw.button")}
      </button>
      <ConfirmDialog
        open={open}
        danger
        title={t("grants.withdraw.title")}
        confirmLabel={t("grants.withdraw.confirm")}
        busy={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={() => {
          setOpen(false);
          setError(null);
        }}
      >
        <p>{t("grants.withdraw.body", { title: app.title || t("grants.application.untitled") })}</p>
      </ConfirmDialog>
    </div>
  );
}
