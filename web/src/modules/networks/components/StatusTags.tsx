import { useTranslation } from "react-i18next";
import type { MeetingStatus, MinutesStatus } from "../../../generated/graphql";

const MEETING_CLASS: Record<MeetingStatus, string> = { SCHEDULED: "status--invited", HELD: "status--active", CANCELLED: "status--inactive" };
const MINUTES_CLASS: Record<MinutesStatus, string> = { DRAFT: "status--invited", AWAITING_APPROVAL: "status--invited", PUBLISHED: "status--active" };

export function MeetingStatusTag({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation();
  return <span className={`status ${MEETING_CLASS[status]}`}>{t(`networks.meetingStatus.${status}`)}</span>;
}

export function MinutesStatusTag({ status }: { status: MinutesStatus }) {
  const { t } = useTranslation();
  return <span className={`status ${MINUTES_CLASS[status]}`}>{t(`networks.minutesStatus.${status}`)}</span>;
}
