import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { Dialog } from "../../../app/ui/Dialog";
import { ErrorAlert } from "../../../app/ui/Messages";
import type { UserRowFragment } from "../../../generated/graphql";
import { SetUserActiveMutation } from "../operations";

interface Props {
  user: UserRowFragment | null;
  onClose(): void;
  onDone(user: UserRowFragment): void;
}

/** Confirms deactivating (or reactivating) an account. Focus starts on "Avbryt"; Escape cancels. */
export function ActivationDialog({ user, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [setActive, { loading }] = useMutation(SetUserActiveMutation);
  const [error, setError] = useState<string | null>(null);
  const deactivate = !!user?.active;

  async function confirm() {
    if (!user) return;
    try {
      const res = await setActive({ variables: { userId: user.id, active: !user.active } });
      setError(null);
      if (res.data) onDone(res.data.setUserActive);
    } catch (err) {
      setError(errorInfo(err).message);
    }
  }

  function close() {
    setError(null);
    onClose();
  }

  return (
    <Dialog
      open={!!user}
      title={user ? t(deactivate ? "activation.deactivateTitle" : "activation.reactivateTitle", { name: user.name }) : ""}
      onClose={close}
      initialFocus={cancelRef}
    >
      {user && (
        <>
          <p>{t(deactivate ? "activation.deactivateBody" : "activation.reactivateBody", { name: user.name, email: user.email })}</p>
          {error && <ErrorAlert>{error}</ErrorAlert>}
          <div className="button-row">
            <button type="button" className={`button${deactivate ? " button--danger" : ""}`} onClick={() => void confirm()} disabled={loading}>
              {t(deactivate ? "activation.deactivate" : "activation.reactivate")}
            </button>
            <button type="button" className="button button--secondary" onClick={close} ref={cancelRef}>
              {t("common.cancel")}
            </button>
          </div>
        </>
      )}
    </Dialog>
  );
}
