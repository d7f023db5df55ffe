import { describe, expect, it } from "vitest";
import { MinutesStatus as S, meetingMinutesMachine } from "../../server/dist/modules/networks/meeting-minutes.state-machine";
import { walkMachine } from "../helpers/state-machines";

describe("meeting minutes state machine", () => {
  it("allows exactly: draft → for approval → published, taking back and correcting", () => {
    walkMachine(meetingMinutesMachine, {
      DRAFT: [S.AWAITING_APPROVAL],
      AWAITING_APPROVAL: [S.DRAFT, S.PUBLISHED],
      PUBLISHED: [S.DRAFT, S.AWAITING_APPROVAL],
    });
  });

  it("publishes only minutes awaiting approval", () => {
    expect(Object.values(S).filter((from) => meetingMinutesMachine.can(from, S.PUBLISHED))).toEqual([S.AWAITING_APPROVAL]);
  });
});
