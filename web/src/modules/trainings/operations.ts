import { graphql } from "../../generated";

export const CountiesQuery = graphql(`
  query Counties {
    counties {
      code
      name
    }
  }
`);

export const TrainingEventRowFragment = graphql(`
  fragment TrainingEventRow on TrainingEvent {
    id
    title
    type
    status
    startsAt
    endsAt
    capacity
    placesLeft
    waitlistCount
    location
    onlineUrl
    countyCode
    loggedOnly
    registrationDeadline
    organiser {
      id
      name
    }
  }
`);

export const TrainingEventsQuery = graphql(`
  query TrainingEvents(
    $types: [TrainingType!]
    $countyCode: String
    $from: String
    $to: String
    $withPlacesLeft: Boolean!
    $statuses: [TrainingEventStatus!]
    $organisedByMe: Boolean!
    $limit: Int!
    $offset: Int!
  ) {
    trainingEvents(
      types: $types
      countyCode: $countyCode
      from: $from
      to: $to
      withPlacesLeft: $withPlacesLeft
      statuses: $statuses
      organisedByMe: $organisedByMe
      limit: $limit
      offset: $offset
    ) {
      total
      offset
      limit
      hasMore
      items {
        ...TrainingEventRow
      }
    }
  }
`);

export const TrainingRegistrationFieldsFragment = graphql(`
  fragment TrainingRegistrationFields on TrainingRegistration {
    id
    name
    email
    profession
    workplace
    status
    waitlistPosition
    availableActions
    createdAt
    confirmedAt
    cancelledAt
    organisation {
      id
      name
    }
    attendance {
      sessionId
      status
    }
  }
`);

export const TrainingEventFieldsFragment = graphql(`
  fragment TrainingEventFields on TrainingEvent {
    ...TrainingEventRow
    description
    confirmedCount
    cancelReason
    calendarUrl
    isOrganiser
    availableActions
    eligibleKinds
    eligibleCountyCodes
    quotaPerOrganisation
    quotaReleaseAt
    createdAt
    sessions {
      id
      startsAt
      endsAt
    }
    checkInSession {
      id
      startsAt
      endsAt
    }
    registrations {
      ...TrainingRegistrationFields
    }
    participationLogs {
      participants
      organisation {
        id
        code
        name
        kind
        county {
          code
          name
        }
      }
    }
  }
`);

export const TrainingEventQuery = graphql(`
  query TrainingEvent($id: ID!) {
    trainingEvent(id: $id) {
      ...TrainingEventFields
    }
  }
`);

export const SaveTrainingEventMutation = graphql(`
  mutation SaveTrainingEvent($input: SaveTrainingEventInput!) {
    saveTrainingEvent(input: $input) {
      ...TrainingEventFields
    }
  }
`);

export const PublishTrainingEventMutation = graphql(`
  mutation PublishTrainingEvent($id: ID!) {
    publishTrainingEvent(id: $id) {
      ...TrainingEventFields
    }
  }
`);

export const CompleteTrainingEventMutation = graphql(`
  mutation CompleteTrainingEvent($id: ID!) {
    completeTrainingEvent(id: $id) {
      ...TrainingEventFields
    }
  }
`);

export const CancelTrainingEventMutation = graphql(`
  mutation CancelTrainingEvent($id: ID!, $reason: String!) {
    cancelTrainingEvent(id: $id, reason: $reason) {
      ...TrainingEventFields
    }
  }
`);

export const LogTrainingEventParticipationMutation = graphql(`
  mutation LogTrainingEventParticipation($id: ID!, $counts: [ParticipationCountInput!]!) {
    logTrainingEventParticipation(id: $id, counts: $counts) {
      ...TrainingEventFields
    }
  }
`);

export const RegisterForTrainingMutation = graphql(`
  mutation RegisterForTraining($eventId: ID!, $participants: [ParticipantInput!]!) {
    registerForTraining(eventId: $eventId, participants: $participants) {
      ...TrainingRegistrationFields
    }
  }
`);

export const CancelTrainingRegistrationMutation = graphql(`
  mutation CancelTrainingRegistration($id: ID!) {
    cancelTrainingRegistration(id: $id) {
      ...TrainingRegistrationFields
    }
  }
`);

export const MoveTrainingRegistrationMutation = graphql(`
  mutation MoveTrainingRegistration($id: ID!, $status: RegistrationStatus!) {
    moveTrainingRegistration(id: $id, status: $status) {
      ...TrainingRegistrationFields
    }
  }
`);

export const MarkAttendanceMutation = graphql(`
  mutation MarkAttendance($registrationId: ID!, $sessionIds: [ID!]!, $attended: AttendanceStatus!) {
    markAttendance(registrationId: $registrationId, sessionIds: $sessionIds, attended: $attended) {
      ...TrainingRegistrationFields
    }
  }
`);

export const MyTrainingRegistrationsQuery = graphql(`
  query MyTrainingRegistrations {
    myTrainingRegistrations {
      ...TrainingRegistrationFields
      event {
        id
        title
        type
        status
        startsAt
        endsAt
        calendarUrl
      }
    }
  }
`);

export const CourseLeadersQuery = graphql(`
  query CourseLeaders($countyCode: String, $organisationId: ID, $limit: Int!, $offset: Int!) {
    courseLeaders(countyCode: $countyCode, organisationId: $organisationId, limit: $limit, offset: $offset) {
      total
      offset
      limit
      hasMore
      items {
        id
        name
        email
        certifiedAt
        certificateUrl
        organisation {
          id
          name
          county {
            code
            name
          }
        }
      }
    }
  }
`);

export const CourseLeaderCoverageQuery = graphql(`
  query CourseLeaderCoverage {
    courseLeaderCoverage {
      countyCode
      kommuner
      kommunerWithCourseLeader
      share
      regioner
      regionerWithCourseLeader
      courseLeaders
      regionCourseLeaders
      courseLeadersFollowedUp
      localCourses
      localCourseParticipants
    }
  }
`);

export const LogLocalCourseMutation = graphql(`
  mutation LogLocalCourse($input: LocalCourseInput!) {
    logLocalCourse(input: $input) {
      id
      date
      participants
      title
    }
  }
`);

export const TrainingStatisticsQuery = graphql(`
  query TrainingStatistics($year: Int!, $countyCode: String) {
    trainingStatistics(year: $year, countyCode: $countyCode) {
      year
      countyCode
      events
      participants
      loggedParticipants
      kommuner
      regioner
      organisations
      attendanceRate
      byType {
        type
        events
        participants
      }
      unmetDemand {
        countyCode
        type
        waitlisted
      }
    }
  }
`);

export const CheckInTrainingParticipantMutation = graphql(`
  mutation CheckInTrainingParticipant($eventId: ID!, $code: String!) {
    checkInTrainingParticipant(eventId: $eventId, code: $code) {
      alreadyCheckedIn
      session {
        id
        startsAt
      }
      registration {
        id
        name
        organisation {
          id
          name
        }
      }
    }
  }
`);

export const StaffMemberFieldsFragment = graphql(`
  fragment StaffMemberFields on StaffMember {
    id
    name
    email
    title
    workplace
  }
`);

export const StaffMembersQuery = graphql(`
  query StaffMembers($search: String, $limit: Int!, $offset: Int!) {
    staffMembers(search: $search, limit: $limit, offset: $offset) {
      total
      offset
      limit
      hasMore
      items {
        ...StaffMemberFields
      }
    }
  }
`);

export const SaveStaffMemberMutation = graphql(`
  mutation SaveStaffMember($input: StaffMemberInput!) {
    saveStaffMember(input: $input) {
      ...StaffMemberFields
    }
  }
`);

export const RemoveStaffMemberMutation = graphql(`
  mutation RemoveStaffMember($id: ID!) {
    removeStaffMember(id: $id)
  }
`);

export const PreviewStaffImportQuery = graphql(`
  query PreviewStaffImport($csv: String!) {
    previewStaffImport(csv: $csv) {
      line
      name
      email
      title
      workplace
      errors
      existing
    }
  }
`);

export const ImportStaffMembersMutation = graphql(`
  mutation ImportStaffMembers($csv: String!) {
    importStaffMembers(csv: $csv) {
      added
      updated
    }
  }
`);
