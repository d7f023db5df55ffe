import { registerEnumType } from "type-graphql";
import { StateMachine } from "../../shared/state-machine";

export enum MeetingStatus {
  SCHEDULED = "SCHEDULED",
  HELD = "HELD",
  CANCELLED = "CANCELLED",
}
registerEnumType(MeetingStatus, { name: "MeetingStatus" });

const S = MeetingStatus;

/**
 * A meeting is scheduled, or recorded afterwards as held. Recording its attendance
 * marks a scheduled meeting held; a held or cancelled meeting stays so.
 */
export const networkMeetingMachine = new StateMachine<MeetingStatus>(
  { sv: "Mötet", en: "The meeting" },
  {
    SCHEDULED: [S.HELD, S.CANCELLED],
    HELD: [],
    CANCELLED: [],
  },
  {
    SCHEDULED: { sv: "planerat", en: "scheduled" },
    HELD: { sv: "genomfört", en: "held" },
    CANCELLED: { sv: "inställt", en: "cancelled" },
  },
);

/** What a person may do with a meeting. */
export enum NetworkMeetingAction {
  RESPOND = "RESPOND",
  RECORD_ATTENDANCE = "RECORD_ATTENDANCE",
  WRITE_MINUTES = "WRITE_MINUTES",
  MANAGE_DOCUMENTS = "MANAGE_DOCUMENTS",
}
registerEnumType(NetworkMeetingAction, {
  name: "NetworkMeetingAction",
  description: "Vad som kan göras med mötet: svara på inbjudan, registrera närvaro, skriva protokoll, hantera dokument",
});
