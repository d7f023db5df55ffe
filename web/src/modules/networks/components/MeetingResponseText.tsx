import { useTranslation } from "react-i18next";
import type { MyResponseFieldsFragment } from "../../../generated/graphql";

/** "Ni kommer (2 personer)", "Ni kommer inte" or "Inte svarat". */
export function MyResponseText({ response }: { response: MyResponseFieldsFragment | null | undefined }) {
  const { t } = useTranslation();
  if (!response) return <span className="muted">{t("networks.rsvp.notAnswered")}</span>;
  if (response.attendees.length === 0) return <>{t("networks.rsvp.answeredNo")}</>;
  return <>{t("networks.rsvp.answeredYesCount", { count: response.attendees.length })}</>;
}
