import { graphql } from "../../generated";

/*
 * Objects without an id (memberships, answers, minutes) are stored inside their parent in the
 * Apollo cache. Every query asks for them with the same fragment, so one query never leaves
 * another with half an object (which would make them refetch each other).
 */

export const NetworkMemberFieldsFragment = graphql(`
  fragment NetworkMemberFields on NetworkMembership {
    coConvener
    organisation {
      id
      name
      code
      kind
    }
    contacts {
      id
      name
      email
      title
    }
  }
`);

export const MyResponseFieldsFragment = graphql(`
  fragment MyResponseFields on MeetingResponse {
    respondedAt
    attendees {
      name
      email
    }
  }
`);

export const MeetingRowFragment = graphql(`
  fragment MeetingRow on NetworkMeeting {
    id
    title
    startsAt
    endsAt
    location
    onlineUrl
    status
    rsvpDeadline
    myResponse {
      ...MyResponseFields
    }
  }
`);

export const NetworksQuery = graphql(`
  query Networks($topic: NetworkTopic, $convenedByMe: Boolean!, $offset: Int!, $limit: Int!) {
    networks(topic: $topic, convenedByMe: $convenedByMe, offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        id
        name
        topic
        kind
        isConvener
        convener {
          id
          name
        }
        members {
          ...NetworkMemberFields
        }
        upcomingMeetings {
          ...MeetingRow
        }
      }
    }
  }
`);

export const MyUpcomingMeetingsQuery = graphql(`
  query MyUpcomingMeetings($limit: Int!) {
    networkMeetings(upcomingOnly: true, limit: $limit) {
      total
      items {
        ...MeetingRow
        network {
          id
          name
          isConvener
        }
      }
    }
  }
`);

export const NetworkQuery = graphql(`
  query Network($id: ID!) {
    network(id: $id) {
      id
      name
      topic
      kind
      description
      createdAt
      isConvener
      convener {
        id
        name
        countyCode
        county {
          code
          name
        }
      }
      members {
        ...NetworkMemberFields
      }
      upcomingMeetings {
        ...MeetingRow
      }
      openActionItems {
        id
        text
        owner
        dueDate
        done
      }
    }
  }
`);

export const PastMeetingsQuery = graphql(`
  query PastNetworkMeetings($networkId: ID!, $offset: Int!, $limit: Int!) {
    networkMeetings(networkId: $networkId, pastOnly: true, offset: $offset, limit: $limit) {
      total
      offset
      limit
      items {
        ...MeetingRow
      }
    }
  }
`);

export const OrganisationIdsQuery = graphql(`
  query OrganisationIdsForNetwork($kinds: [OrganisationKind!], $countyCode: String, $limit: Int!) {
    organisations(kinds: $kinds, countyCode: $countyCode, limit: $limit) {
      total
      items {
        id
      }
    }
  }
`);

export const SaveNetworkMutation = graphql(`
  mutation SaveNetwork($input: SaveNetworkInput!) {
    saveNetwork(input: $input) {
      id
      name
      topic
      kind
      description
      isConvener
    }
  }
`);

export const AddNetworkMembersMutation = graphql(`
  mutation AddNetworkMembers($networkId: ID!, $organisationIds: [ID!]!) {
    addNetworkMembers(networkId: $networkId, organisationIds: $organisationIds) {
      id
      members {
        ...NetworkMemberFields
      }
    }
  }
`);

export const RemoveNetworkMemberMutation = graphql(`
  mutation RemoveNetworkMember($networkId: ID!, $organisationId: ID!) {
    removeNetworkMember(networkId: $networkId, organisationId: $organisationId) {
      id
      members {
        ...NetworkMemberFields
      }
    }
  }
`);

export const RemoveNetworkMembersMutation = graphql(`
  mutation RemoveNetworkMembers($networkId: ID!, $organisationIds: [ID!]!) {
    removeNetworkMembers(networkId: $networkId, organisationIds: $organisationIds) {
      id
      members {
        ...NetworkMemberFields
      }
    }
  }
`);

/** The network's register of decisions, a page at a time. */
export const NetworkDecisionsQuery = graphql(`
  query NetworkDecisions($networkId: ID!, $offset: Int!, $limit: Int!) {
    network(id: $networkId) {
      id
      name
    }
    networkDecisions(networkId: $networkId, offset: $offset, limit: $limit) {
      total
      items {
        id
        text
        responsible
        dueDate
        meeting {
          id
          title
          startsAt
        }
      }
    }
  }
`);

export const SetNetworkContactsMutation = graphql(`
  mutation SetNetworkContacts($networkId: ID!, $organisationId: ID!, $contacts: [ContactInput!]!) {
    setNetworkContacts(networkId: $networkId, organisationId: $organisationId, contacts: $contacts) {
      id
      name
      email
      title
    }
  }
`);

export const ScheduleMeetingMutation = graphql(`
  mutation ScheduleNetworkMeeting($input: ScheduleMeetingInput!) {
    scheduleNetworkMeeting(input: $input) {
      ...MeetingRow
    }
  }
`);

export const MinutesFieldsFragment = graphql(`
  fragment MinutesFields on MeetingMinutes {
    status
    body
    decisions
    decisionItems {
      id
      text
      responsible
      dueDate
    }
    version
    publishedAt
    approvedAt
    returnComment
    returnedAt
    availableActions
    approver {
      id
      name
      organisation {
        id
        name
      }
    }
    history {
      id
      version
      publishedAt
      content
    }
  }
`);

export const AttendanceFieldsFragment = graphql(`
  fragment AttendanceFields on MeetingAttendance {
    status
    people
    organisation {
      id
      name
    }
  }
`);

export const NetworkMeetingQuery = graphql(`
  query NetworkMeeting($id: ID!) {
    networkMeeting(id: $id) {
      ...MeetingRow
      availableActions
      seriesId
      createdAt
      network {
        id
        name
        isConvener
        convener {
          id
          name
        }
        members {
          ...NetworkMemberFields
        }
        approverCandidates {
          id
          name
          organisation {
            id
            name
          }
        }
      }
      agenda {
        id
        position
        title
        presenter
        durationMinutes
        actionItemId
      }
      documents {
        id
        filename
        url
        size
        contentType
        agendaItemId
        createdAt
      }
      attendance {
        ...AttendanceFields
      }
      minutes {
        ...MinutesFields
      }
      previousMinutes {
        id
        title
        startsAt
      }
      nextMinutes {
        id
        title
        startsAt
      }
      actionItems {
        id
        text
        owner
        dueDate
        done
      }
    }
  }
`);

/** Every organisation's answer; the convener's page asks again every few seconds. */
export const MeetingResponsesQuery = graphql(`
  query NetworkMeetingResponses($id: ID!) {
    networkMeeting(id: $id) {
      id
      responses {
        respondedAt
        organisation {
          id
          name
        }
        attendees {
          name
          email
        }
      }
    }
  }
`);

export const RespondMutation = graphql(`
  mutation RespondToMeetingInvitation($meetingId: ID!, $attendees: [AttendeeInput!]!) {
    respondToMeetingInvitation(meetingId: $meetingId, attendees: $attendees) {
      ...MyResponseFields
    }
  }
`);

export const RecordAttendanceMutation = graphql(`
  mutation RecordMeetingAttendance($meetingId: ID!, $input: [AttendanceInput!]!) {
    recordMeetingAttendance(meetingId: $meetingId, input: $input) {
      id
      status
      attendance {
        ...AttendanceFields
      }
    }
  }
`);

export const MarkAttendanceMutation = graphql(`
  mutation MarkMeetingAttendance($meetingId: ID!, $organisationIds: [ID!]!, $status: AttendanceStatus!) {
    markMeetingAttendance(meetingId: $meetingId, organisationIds: $organisationIds, status: $status) {
      id
      status
      attendance {
        ...AttendanceFields
      }
    }
  }
`);

export const SaveMinutesMutation = graphql(`
  mutation SaveMeetingMinutes($meetingId: ID!, $input: MinutesInput!) {
    saveMeetingMinutes(meetingId: $meetingId, input: $input) {
      status
      version
    }
  }
`);

export const PublishMinutesMutation = graphql(`
  mutation PublishMeetingMinutes($meetingId: ID!, $input: MinutesInput!) {
    publishMeetingMinutes(meetingId: $meetingId, input: $input) {
      status
      version
    }
  }
`);

export const ApproveMinutesMutation = graphql(`
  mutation ApproveMeetingMinutes($meetingId: ID!) {
    approveMeetingMinutes(meetingId: $meetingId) {
      status
      version
    }
  }
`);

export const SendBackMinutesMutation = graphql(`
  mutation SendBackMeetingMinutes($meetingId: ID!, $comment: String!) {
    sendBackMeetingMinutes(meetingId: $meetingId, comment: $comment) {
      status
      returnComment
    }
  }
`);

export const SetActionItemDoneMutation = graphql(`
  mutation SetActionItemDone($id: ID!, $done: Boolean!) {
    setActionItemDone(id: $id, done: $done) {
      id
      done
    }
  }
`);

export const DeleteMeetingDocumentMutation = graphql(`
  mutation DeleteMeetingDocument($id: ID!) {
    deleteMeetingDocument(id: $id) {
      id
    }
  }
`);

export const CreateCalendarFeedMutation = graphql(`
  mutation CreateCalendarFeed {
    createCalendarFeed
  }
`);

export const NetworkStatisticsQuery = graphql(`
  query NetworkStatistics($networkId: ID!, $year: Int!) {
    network(id: $networkId) {
      id
      name
      createdAt
    }
    networkStatistics(networkId: $networkId, year: $year) {
      networkId
      year
      members
      meetingsHeld
      membersAttendedAtLeastOnce
      shareAttended
      meetings {
        organisationsRepresented
        people
        meeting {
          id
          title
          startsAt
        }
      }
      notAttendedLast12Months {
        id
        name
      }
    }
  }
`);
