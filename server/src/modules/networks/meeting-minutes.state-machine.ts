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
 * straight back for approval). Saving again in the same state is not a transition.
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
