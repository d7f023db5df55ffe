import { allow, can, isAuthenticated, or } from "../../auth/rules";
import type { PermissionFragment } from "../../permissions";

const convene = can("network.convene");
const participate = or(can("network.participate"), convene);

export const networkPermissions: PermissionFragment = {
  Query: {
    networks: participate,
    network: participate,
    networkMeetings: participate,
    networkMeeting: participate,
    networkStatistics: participate,
    networkDecisions: participate,
    // Counts per topic only: readers of national statistics, and Jämställdhetsmyndigheten.
    networksByTopic: or(can("statistics.read"), can("statistics.networks.read")),
  },
  Mutation: {
    saveNetwork: convene,
    addNetworkMembers: convene,
    removeNetworkMember: convene,
    removeNetworkMembers: convene,
    setNetworkContacts: participate,
    scheduleNetworkMeeting: convene,
    respondToMeetingInvitation: participate,
    recordMeetingAttendance: convene,
    markMeetingAttendance: convene,
    saveMeetingMinutes: convene,
    publishMeetingMinutes: convene,
    approveMeetingMinutes: participate,
    sendBackMeetingMinutes: participate,
    setActionItemDone: convene,
    deleteMeetingDocument: convene,
    createCalendarFeed: isAuthenticated,
  },
  Network: allow,
  NetworkPage: allow,
  NetworkMembership: allow,
  NetworkContact: allow,
  NetworkMeeting: allow,
  NetworkMeetingPage: allow,
  AgendaItem: allow,
  MeetingDocument: allow,
  MeetingResponse: allow,
  Attendee: allow,
  MeetingAttendance: allow,
  MeetingMinutes: allow,
  MeetingMinutesVersion: allow,
  ActionItem: allow,
  MeetingDecision: allow,
  MeetingDecisionPage: allow,
  NetworkStatistics: allow,
  MeetingFigures: allow,
  NetworksByTopic: allow,
  NetworkTopicFigures: allow,
};
