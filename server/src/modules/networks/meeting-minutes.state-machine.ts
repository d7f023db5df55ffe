import { registerEnumType } from "type-graphql";
import { StateMachine } from "../../shared/state-machine";

export enum MinutesStatus {
  DRAFT = "DRAFT",
  AWAITING_APPROVAL = "AWAITING_APPROVAL",
  PUBLISHED = "PUBLISHED",
}
registerEnumType(MinutesStatus, { name: "MinutesStatus", description: "Protokoll: utkast, för justering, publicerat" });

const S = MinutesStatus;

/**
 * Protokoll: the convener drafts and sends the minutes to the designated member for
 * justering; approval publishes them as a new version. The convener may take minutes
 * awaiting approval back as a draft, and correct published minutes (as a draft, or
 * straight back for approval); the designated member may send minutes awaiting approval back
 * to the convener as a draft, with comments. Saving again in the same state is not a transition.
 */
export const meetingMinutesMachine = new StateMachine<MinutesStatus>(
  { sv: "Protokollet", en: "The minutes" },
  {
    DRAFT: [S.AWAITING_APPROVAL],
    AWAITING_APPROVAL: [S.DRAFT, S.PUBLISHED],
    PUBLISHED: [S.DRAFT, S.AWAITING_APPROVAL],
  },
  {
    DRAFT: { sv: "utkast", en: "draft" },
    AWAITING_APPROVAL: { sv: "för justering", en: "awaiting approval" },
    PUBLISHED: { sv: "publicerat", en: "published" },
  },
);

/** What a person may do with the minutes, each a step of the machine taken by one party. */
export enum MeetingMinutesAction {
  SAVE_DRAFT = "SAVE_DRAFT",
  SUBMIT_FOR_APPROVAL = "SUBMIT_FOR_APPROVAL",
  APPROVE = "APPROVE",
  SEND_BACK = "SEND_BACK",
}
registerEnumType(MeetingMinutesAction, {
  name: "MeetingMinutesAction",
  description: "Vad som kan göras med protokollet: spara utkast, skicka för justering, justera, skicka tillbaka med kommentarer",
});

/**
 * Each action as data: who takes it (the convening organisation, or the designated member, the
 * justerare), from which states, and the state it leads to. Staying in the same state (saving a
 * draft again) is allowed; every other step must be one the machine allows (checked at start-up).
 */
export const meetingMinutesSteps: Record<MeetingMinutesAction, { by: "convener" | "approver"; from: readonly MinutesStatus[]; to: MinutesStatus }> = {
  SAVE_DRAFT: { by: "convener", from: [S.DRAFT, S.AWAITING_APPROVAL, S.PUBLISHED], to: S.DRAFT },
  SUBMIT_FOR_APPROVAL: { by: "convener", from: [S.DRAFT, S.AWAITING_APPROVAL, S.PUBLISHED], to: S.AWAITING_APPROVAL },
  APPROVE: { by: "approver", from: [S.AWAITING_APPROVAL], to: S.PUBLISHED },
  SEND_BACK: { by: "approver", from: [S.AWAITING_APPROVAL], to: S.DRAFT },
};
for (const [action, step] of Object.entries(meetingMinutesSteps)) {
  for (const from of step.from) {
    if (from !== step.to && !meetingMinutesMachine.can(from, step.to)) throw new Error(`Minutes: ${action} ${from} → ${step.to} is not a step of the machine`);
  }
}
