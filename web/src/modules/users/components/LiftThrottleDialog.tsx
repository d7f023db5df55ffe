import { useMutation } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../app/format";
import type { UserRowFragment } from "../../../generated/graphql";
import { LiftSignInThrottleMutation, UsersQuery } from "../operations";
import { UserActionDialog } from "./UserActionDialog";

interface Props {
  user: UserRowFragment | null;
  onClose(): void;
  onDone(user: UserRowFragment): void;
}

/** Confirms lifting the sign-in block of an account. */
export function LiftThrottleDialog({ user, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const [lift, { loading }] = useMutation(LiftSignInThrottleMutation, { refetchQueries: [UsersQuery], awaitRefetchQueries: true });
  return (
    <UserActionDialog
      user={user}
      title={user ? t("signInBlock.liftTitle", { name: user.name }) : ""}
      confirmLabel={t("signInBlock.lift")}
      busy={loading}
      run={(u) => lift({ variables: { userId: u.id } })}
      onClose={onClose}
      onDone={onDone}
    >
      {user && (
        <p>
          {t("signInBlock.liftBody", { name: user.name, email: user.email, until: user.signInBlockedUntil ? formatDateTime(user.signInBlockedUntil) : "" })}
        </p>
      )}
    </UserActionDialog>
  );
}
