import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { formatDateTime } from "../../../app/format";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
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
    <ConfirmDialog
      open={!!user}
      title={user ? t("signInBlock.liftTitle", { name: user.name }) : ""}
      confirmLabel={t("signInBlock.lift")}
      busy={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={close}
    >
      {user && (
        <p>
          {t("signInBlock.liftBody", { name: user.name, email: user.email, until: user.signInBlockedUntil ? formatDateTime(user.signInBlockedUntil) : "" })}
        </p>
      )}
    </ConfirmDialog>
  );
}
