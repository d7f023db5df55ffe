import { useTranslation } from "react-i18next";
import { userStatus } from "../status";

export function UserStatusTag({ user }: { user: { active: boolean; invitationPending: boolean } }) {
  const { t } = useTranslation();
  const status = userStatus(user);
  return <span className={`status status--${status}`}>{t(`userStatus.${status}`)}</span>;
}
