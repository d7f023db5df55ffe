import { describe, expect, it } from "vitest";
import {
  QuestionnaireStatus as Q,
  questionnaireMachine,
  ResponseStatus as R,
  responseMachine,
} from "../../server/dist/modules/questionnaires/questionnaire.state-machine";
import { walkMachine } from "../helpers/state-machines";

describe("questionnaire state machines", () => {
  it("a questionnaire allows exactly: draft → sent → closed; closed is final", () => {
    walkMachine(questionnaireMachine, {
      DRAFT: [Q.SENT],
      SENT: [Q.CLOSED],
      CLOSED: [],
    });
  });

  it("a response allows exactly: draft → submitted; a submitted response stays submitted while it is corrected", () => {
    walkMachine(responseMachine, {
      DRAFT: [R.SUBMITTED],
      SUBMITTED: [],
    });
  });

  it("names the questionnaire and both states when refusing", () => {
    expect(() => questionnaireMachine.assert(Q.CLOSED, Q.SENT)).toThrow("Enkäten har status stängd och kan inte gå till utskickad.");
  });
});
