import { useTranslation } from "react-i18next";
import { userStatus } from "../status";

/** A person's account state; "–" where it is not shown to the viewer. */
export function UserStatusTag({ user }: { user: { active?: boolean | null; invitationPending?: boolean | null } }) {
  const { t } = useTranslation();
  if (user.active == null) return <>–</>;
  const status = userStatus({ active: user.active, invitationPending: !!user.invitationPending });
  return <span className={`status status--${status}`}>{t(`userStatus.${status}`)}</span>;
}
