import { describe, expect, it } from "vitest";
import { StrategyStatus as S, regionalStrategyMachine } from "../../server/dist/modules/county-work/regional-strategy.state-machine";
import { walkMachine } from "../helpers/state-machines";

describe("regional strategy state machine", () => {
  it("allows exactly: none → started or adopted; started → none or adopted; adopted → revised; revised → revised again", () => {
    walkMachine(regionalStrategyMachine, {
      NONE: [S.STARTED, S.ADOPTED],
      STARTED: [S.NONE, S.ADOPTED],
      ADOPTED: [S.REVISED],
      REVISED: [S.REVISED],
    });
  });

  it("names the strategy and both states when refusing", () => {
    expect(() => regionalStrategyMachine.assert(S.ADOPTED, S.NONE)).toThrow("Strategin har status antagen och kan inte gå till saknas.");
  });
});
