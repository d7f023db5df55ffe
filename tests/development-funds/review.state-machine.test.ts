import { describe, it } from "vitest";
import { ReviewStatus as V, reviewMachine } from "../../server/dist/modules/grants/review.state-machine";
import { walkMachine } from "../helpers/state-machines";

describe("a reviewer's part in an application", () => {
  it("allows exactly: assigned → impartial, disqualified or removed; impartial → scored or removed; scored may be rescored; disqualified and removed are final", () => {
    walkMachine(reviewMachine, {
      ASSIGNED: [V.IMPARTIAL, V.DISQUALIFIED, V.REMOVED],
      IMPARTIAL: [V.SCORED, V.REMOVED],
      DISQUALIFIED: [],
      SCORED: [V.SCORED],
      REMOVED: [],
    });
  });
});
