import type { NetworkMeetingQuery } from "../../generated/graphql";

/** One meeting as the meeting page and its sections read it. */
export type Meeting = NetworkMeetingQuery["networkMeeting"];
