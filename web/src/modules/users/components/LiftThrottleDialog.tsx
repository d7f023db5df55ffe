import { useMutation } from "@apollo/client/react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatDateTime } from "../../../app/format";
import { Dialog } from "../../../app/ui/Dialog";
import { ErrorAlert } from "../../../app/ui/Messages";
import type { UserRowFragment } from "../../../generated/graphql";
import { LiftSignInThrottleMutation, UsersQuery } from "../operations";

interface Props {
  user: UserRowFragment | null;
  onClose(): void;
  onDone(user: UserRowFragment): void;
}

/** Confirms lifting the sign-in block of an account. Focus starts on "Avbryt"; Escape cancels. */
export function LiftThrottleDialog({ user, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [lift, { loading }] = useMutation(LiftSignInThrottleMutation, { refetchQueries: [UsersQuery], awaitRefetchQueries: true });
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!user) return;
    try {
      await lift({ variables: { userId: user.id } });
      setError(null);
      onDone(user);
    } catch (err) {
      setError(errorInfo(err).message);
    }
  }

  function close() {
    setError(null);
    onClose();
  }

  return (
    <Dialog open={!!user} title={user ? t("signInBlock.liftTitle", { name: user.name }) : ""} onClose={close} initialFocus={cancelRef}>
      {user && (
        <>
          <p>{t("signInBlock.liftBody", { name: user.name, email: user.email, until: user.signInBlockedUntil ? formatDateTime(user.signInBlockedUntil) : "" })}</p>
          {error && <ErrorAlert>{error}</ErrorAlert>}
          <div className="button-row">
            <button type="button" className="button" onClick={() => void confirm()} disabled={loading}>
              {t("signInBlock.lift")}
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
