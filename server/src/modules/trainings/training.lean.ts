import type { LeanNeeds } from "../../db/lean-read";

/**
 * What the field resolvers of training.fields.ts read from an event's row besides its keys, for
 * the lean read of lists (db/lean-read.ts). A field resolver that reads more must say so here.
 */
export const EVENT_NEEDS: LeanNeeds = {
  sessions: [],
  organiser: [],
  placesLeft: ["capacity", "confirmedCount"],
  waitlistCount: [],
  isOrganiser: [],
  registrations: [],
  // The rules of every action (trainings service, eventActions): all but the texts.
  availableActions: [
    "type",
    "countyCode",
    "capacity",
    "confirmedCount",
    "registrationDeadline",
    "eligibleKinds",
    "eligibleCountyCodes",
    "quotaPerOrganisation",
    "quotaReleaseAt",
    "quotaReleased",
    "status",
    "loggedOnly",
    "startsAt",
    "endsAt",
  ],
  participationLogs: [],
  checkInSession: [],
  calendarUrl: [],
};
