import { describe, expect, it } from "vitest";
import { MeetingStatus as S, networkMeetingMachine } from "../../server/dist/modules/networks/network-meeting.state-machine";
import { walkMachine } from "../helpers/state-machines";

describe("network meeting state machine", () => {
  it("allows exactly: scheduled → held or cancelled; held and cancelled are final", () => {
    walkMachine(networkMeetingMachine, {
      SCHEDULED: [S.HELD, S.CANCELLED],
      HELD: [],
      CANCELLED: [],
    });
  });

  it("names the meeting and both states when refusing", () => {
    expect(() => networkMeetingMachine.assert(S.CANCELLED, S.HELD)).toThrow("Mötet har status inställt och kan inte gå till genomfört.");
  });
});
