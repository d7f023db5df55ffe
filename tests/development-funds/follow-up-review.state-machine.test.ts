import { describe, it } from "vitest";
import { FollowUpReviewStatus as R, followUpReviewMachine } from "../../server/dist/modules/grants/follow-up-review.state-machine";
import { walkMachine } from "../helpers/state-machines";

describe("follow-up review state machine", () => {
  it("allows exactly: awaiting review → approved, completion requested or reclaimed; a completion waits for review again", () => {
    walkMachine(followUpReviewMachine, {
      AWAITING_REVIEW: [R.APPROVED, R.COMPLETION_REQUESTED, R.RECLAIMED],
      COMPLETION_REQUESTED: [R.AWAITING_REVIEW],
      APPROVED: [],
      RECLAIMED: [],
    });
  });
});
