import type { LeanNeeds } from "../../db/lean-read";

/**
 * What the field resolvers of network.fields.ts read from a row besides its keys, for the lean
 * read of lists (db/lean-read.ts). A field resolver that reads more must say so here.
 */
export const NETWORK_NEEDS: LeanNeeds = {
  convener: [],
  members: [],
  isConvener: [],
  approverCandidates: [],
  upcomingMeetings: [],
  openActionItems: [],
};

export const MEETING_NEEDS: LeanNeeds = {
  network: [],
  agenda: [],
  documents: [],
  responses: [],
  myResponse: [],
  attendance: [],
  minutes: [],
  // The state machine offers RESPOND until the answer deadline (or the start) of a meeting not cancelled.
  availableActions: ["status", "rsvpDeadline", "startsAt"],
  actionItems: [],
  previousMinutes: [],
  nextMinutes: [],
};
