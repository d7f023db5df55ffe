import { describe, expect, it } from "vitest";
import { MinutesStatus as S, meetingMinutesMachine, meetingMinutesSteps } from "../../server/dist/modules/networks/meeting-minutes.state-machine";
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

describe("meeting minutes steps", () => {
  it("the justerare approves or sends back only minutes awaiting approval; sending back makes them a draft", () => {
    expect(meetingMinutesSteps.APPROVE).toEqual({ by: "approver", from: [S.AWAITING_APPROVAL], to: S.PUBLISHED });
    expect(meetingMinutesSteps.SEND_BACK).toEqual({ by: "approver", from: [S.AWAITING_APPROVAL], to: S.DRAFT });
  });

  it("every step that changes the state is one the machine allows", () => {
    for (const step of Object.values(meetingMinutesSteps)) {
      for (const from of step.from) if (from !== step.to) expect(meetingMinutesMachine.can(from, step.to)).toBe(true);
    }
  });
});
