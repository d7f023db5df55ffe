import { useTranslation } from "react-i18next";
import type { RegistrationStatus, TrainingEventStatus } from "../../../generated/graphql";
import { eventStatusTone, registrationTone } from "../types";

export function EventStatusTag({ status }: { status: TrainingEventStatus }) {
  const { t } = useTranslation();
  return <span className={`status status--${eventStatusTone(status)}`}>{t(`trainingStatus.${status}`)}</span>;
}

/** "Bekräftad", "Reservlista plats 2" or "Avbokad". */
export function RegistrationStatusTag({ status, position }: { status: RegistrationStatus; position?: number | null }) {
  const { t } = useTranslation();
  const text = status === "WAITLISTED" && position ? t("trainingRegistrationStatus.waitlistedAt", { position }) : t(`trainingRegistrationStatus.${status}`);
  return <span className={`status status--${registrationTone(status)}`}>{text}</span>;
}
