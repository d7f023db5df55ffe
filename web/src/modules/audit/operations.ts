import { graphql } from "../../generated";

export const AuditLogQuery = graphql(`
  query AuditLog($action: String, $entityType: String, $limit: Int!, $offset: Int!) {
    auditLog(action: $action, entityType: $entityType, limit: $limit, offset: $offset) {
      total
      offset
      limit
      hasMore
      items {
        id
        occurredAt
        action
        entityType
        entityId
        before
        after
        requestId
        actor {
          id
          name
          email
        }
        actorOrganisation {
          id
          name
        }
      }
    }
  }
`);
