import { useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import type { UserRowFragment } from "../../../generated/graphql";
import { ResetUserTwoFactorMutation, UsersQuery } from "../operations";
import { UserActionDialog } from "./UserActionDialog";

interface Props {
  user: UserRowFragment | null;
  onClose(): void;
  onDone(user: UserRowFragment): void;
}

/** Confirms resetting the two-factor sign-in of an account (a lost phone): the person signs in with the password and enrols again. */
export function ResetTwoFactorDialog({ user, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [reset, { loading }] = useMutation(ResetUserTwoFactorMutation, { refetchQueries: [UsersQuery], awaitRefetchQueries: true });
  return (
    <UserActionDialog
      user={user}
      title={user ? t("twoFactorReset.title", { name: user.name }) : ""}
      confirmLabel={t("twoFactorReset.confirm")}
      danger
      busy={loading}
      run={(u) => reset({ variables: { userId: u.id } })}
      onClose={onClose}
      onDone={onDone}
    >
      {user && <p>{t("twoFactorReset.body", { name: user.name, email: user.email })}</p>}
    </UserActionDialog>
  );
}
