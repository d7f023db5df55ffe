import { graphql } from "../../generated";

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

export const NotificationsQuery = graphql(`
  query Notifications($limit: Int!, $offset: Int!) {
    notifications(limit: $limit, offset: $offset) {
      total
      offset
      limit
      hasMore
      items {
        id
        kind
        title
        body
        link
        createdAt
        readAt
      }
    }
    unreadNotificationCount
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const OutboxMailsQuery = graphql(`
  query OutboxMails($status: OutboxStatus, $limit: Int!, $offset: Int!) {
    outboxMails(status: $status, limit: $limit, offset: $offset) {
      total
      offset
      limit
      hasMore
      items {
        id
        toAddress
        subject
        textBody
        status
        attempts
        lastError
        createdAt
        sentAt
        nextAttemptAt
      }
    }
  }
`);

export const MyEmailFrequencyQuery = graphql(`
  query MyEmailFrequency {
    me {
      id
      emailFrequency
    }
  }
`);

export const SetMyEmailFrequencyMutation = graphql(`
  mutation SetMyEmailFrequency($frequency: EmailFrequency!) {
    setMyEmailFrequency(frequency: $frequency) {
      id
      emailFrequency
    }
  }
`);
