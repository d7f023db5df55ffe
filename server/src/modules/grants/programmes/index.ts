import type { GrantProgramme } from "../grant-call.entity";
import type { ApplicationContentStore } from "./application-content";
import { ngoContent, requisitionContent } from "./development-funds.content";
import { developmentFundsProgramme } from "./development-funds.programme";
import { GrantApplicationContentType, type GrantProgrammePolicy, type PolicyCall } from "./grant-programme-policy";
import { stimulusContent } from "./stimulus.content";
import { stimulusProgramme } from "./stimulus.programme";

export { GrantApplicationContentType, type GrantProgrammePolicy } from "./grant-programme-policy";
export { type ApplicationContent, type ApplicationContentStore, CONTENT_FIELDS, emptyContent, loadContent } from "./application-content";

/** Every programme the grant engine serves, with its policy. A programme without one fails to compile. */
const POLICIES: Record<GrantProgramme, GrantProgrammePolicy> = {
  SARSKILDA_STIMULANSMEDEL: stimulusProgramme,
  UTVECKLINGSMEDEL: developmentFundsProgramme,
};

/** Where each kind of content lives. A kind without a store fails to compile. */
export const CONTENT_STORES: Record<GrantApplicationContentType, ApplicationContentStore> = {
  [GrantApplicationContentType.STIMULUS]: stimulusContent,
  [GrantApplicationContentType.REQUISITION]: requisitionContent,
  [GrantApplicationContentType.NGO]: ngoContent,
};

/** The policy of a call's programme. */
export function programmePolicy(call: { programme: GrantProgramme }): GrantProgrammePolicy {
  return POLICIES[call.programme];
}

/** Where the content of the call's applications lives, as the policy of its programme says. */
export function contentStore(call: PolicyCall): ApplicationContentStore {
  return CONTENT_STORES[programmePolicy(call).contentType(call)];
}
