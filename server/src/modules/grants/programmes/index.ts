import type { GrantProgramme } from "../grant-call.entity";
import { developmentFundsProgramme } from "./development-funds.programme";
import type { GrantProgrammePolicy } from "./grant-programme-policy";
import { stimulusProgramme } from "./stimulus.programme";

export { GrantApplicationContentType, type GrantProgrammePolicy } from "./grant-programme-policy";

/** Every programme the grant engine serves, with its policy. A programme without one fails to compile. */
const POLICIES: Record<GrantProgramme, GrantProgrammePolicy> = {
  SARSKILDA_STIMULANSMEDEL: stimulusProgramme,
  UTVECKLINGSMEDEL: developmentFundsProgramme,
};

/** The policy of a call's programme. */
export function programmePolicy(call: { programme: GrantProgramme }): GrantProgrammePolicy {
  return POLICIES[call.programme];
}
