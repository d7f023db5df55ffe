import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../../app/errors";
import { ConfirmDialog } from "../../../app/ui/ConfirmDialog";
import type { UserRowFragment } from "../../../generated/graphql";
import { ResetUserTwoFactorMutation, UsersQuery } from "../operations";

interface Props {
  user: UserRowFragment | null;
  onClose(): void;
  onDone(user: UserRowFragment): void;
}

/** Confirms resetting the two-factor sign-in of an account (a lost phone): the person signs in with the password and enrols again. Focus starts on "Avbryt"; Escape cancels. */
export function ResetTwoFactorDialog({ user, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [reset, { loading }] = useMutation(ResetUserTwoFactorMutation, { refetchQueries: [UsersQuery], awaitRefetchQueries: true });
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    if (!user) return;
    try {
      await reset({ variables: { userId: user.id } });
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
      title={user ? t("twoFactorReset.title", { name: user.name }) : ""}
      confirmLabel={t("twoFactorReset.confirm")}
      danger
      busy={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={close}
    >
      {user && <p>{t("twoFactorReset.body", { name: user.name, email: user.email })}</p>}
    </ConfirmDialog>
  );
}
