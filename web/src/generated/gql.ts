/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuditLog($action: String, $entityType: String, $limit: Int!, $offset: Int!) {\n    auditLog(action: $action, entityType: $entityType, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        id\n        occurredAt\n        action\n        entityType\n        entityId\n        before\n        after\n        requestId\n        actor {\n          id\n          name\n          email\n        }\n        actorOrganisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      roles\n      abilities\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($limit: Int!, $offset: Int!) {\n    notifications(limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  query OutboxMails($status: OutboxStatus, $limit: Int!, $offset: Int!) {\n    outboxMails(status: $status, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        id\n        toAddress\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n": typeof types.OutboxMailsDocument,
    "\n  query OrganisationDetails($id: ID!) {\n    organisation(id: $id) {\n      id\n      code\n      name\n      kind\n      county {\n        code\n        name\n      }\n      population\n      populationYear\n      municipalityGroupCode\n      municipalityGroupName\n    }\n  }\n": typeof types.OrganisationDetailsDocument,
    "\n  query OrganisationSearch($search: String, $limit: Int!) {\n    organisations(search: $search, limit: $limit) {\n      total\n      items {\n        id\n        code\n        name\n        kind\n        county {\n          code\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationSearchDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    roles\n    active\n    invitationPending\n    lastLoginAt\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.UserRowFragmentDoc,
    "\n  query Users($organisationId: ID, $search: String, $limit: Int!, $offset: Int!) {\n    users(organisationId: $organisationId, search: $search, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        ...UserRow\n      }\n    }\n  }\n": typeof types.UsersDocument,
    "\n  query RoleDefinitions {\n    roleDefinitions {\n      role\n      organisationKinds\n      abilities\n    }\n  }\n": typeof types.RoleDefinitionsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...UserRow\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      ...UserRow\n    }\n  }\n": typeof types.SetUserRolesDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...UserRow\n    }\n  }\n": typeof types.SetUserActiveDocument,
};
const documents: Documents = {
    "\n  query AuditLog($action: String, $entityType: String, $limit: Int!, $offset: Int!) {\n    auditLog(action: $action, entityType: $entityType, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        id\n        occurredAt\n        action\n        entityType\n        entityId\n        before\n        after\n        requestId\n        actor {\n          id\n          name\n          email\n        }\n        actorOrganisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      roles\n      abilities\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($limit: Int!, $offset: Int!) {\n    notifications(limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  query OutboxMails($status: OutboxStatus, $limit: Int!, $offset: Int!) {\n    outboxMails(status: $status, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        id\n        toAddress\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n": types.OutboxMailsDocument,
    "\n  query OrganisationDetails($id: ID!) {\n    organisation(id: $id) {\n      id\n      code\n      name\n      kind\n      county {\n        code\n        name\n      }\n      population\n      populationYear\n      municipalityGroupCode\n      municipalityGroupName\n    }\n  }\n": types.OrganisationDetailsDocument,
    "\n  query OrganisationSearch($search: String, $limit: Int!) {\n    organisations(search: $search, limit: $limit) {\n      total\n      items {\n        id\n        code\n        name\n        kind\n        county {\n          code\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationSearchDocument,
    "\n  fragment UserRow on User {\n    id\n    name\n    email\n    roles\n    active\n    invitationPending\n    lastLoginAt\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n": types.UserRowFragmentDoc,
    "\n  query Users($organisationId: ID, $search: String, $limit: Int!, $offset: Int!) {\n    users(organisationId: $organisationId, search: $search, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        ...UserRow\n      }\n    }\n  }\n": types.UsersDocument,
    "\n  query RoleDefinitions {\n    roleDefinitions {\n      role\n      organisationKinds\n      abilities\n    }\n  }\n": types.RoleDefinitionsDocument,
    "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...UserRow\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      ...UserRow\n    }\n  }\n": types.SetUserRolesDocument,
    "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...UserRow\n    }\n  }\n": types.SetUserActiveDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($action: String, $entityType: String, $limit: Int!, $offset: Int!) {\n    auditLog(action: $action, entityType: $entityType, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        id\n        occurredAt\n        action\n        entityType\n        entityId\n        before\n        after\n        requestId\n        actor {\n          id\n          name\n          email\n        }\n        actorOrganisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($action: String, $entityType: String, $limit: Int!, $offset: Int!) {\n    auditLog(action: $action, entityType: $entityType, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        id\n        occurredAt\n        action\n        entityType\n        entityId\n        before\n        after\n        requestId\n        actor {\n          id\n          name\n          email\n        }\n        actorOrganisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      roles\n      abilities\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      roles\n      abilities\n      organisation {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($limit: Int!, $offset: Int!) {\n    notifications(limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query Notifications($limit: Int!, $offset: Int!) {\n    notifications(limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        id\n        kind\n        title\n        body\n        link\n        createdAt\n        readAt\n      }\n    }\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutboxMails($status: OutboxStatus, $limit: Int!, $offset: Int!) {\n    outboxMails(status: $status, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        id\n        toAddress\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutboxMails($status: OutboxStatus, $limit: Int!, $offset: Int!) {\n    outboxMails(status: $status, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        id\n        toAddress\n        subject\n        textBody\n        status\n        attempts\n        lastError\n        createdAt\n        sentAt\n        nextAttemptAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationDetails($id: ID!) {\n    organisation(id: $id) {\n      id\n      code\n      name\n      kind\n      county {\n        code\n        name\n      }\n      population\n      populationYear\n      municipalityGroupCode\n      municipalityGroupName\n    }\n  }\n"): (typeof documents)["\n  query OrganisationDetails($id: ID!) {\n    organisation(id: $id) {\n      id\n      code\n      name\n      kind\n      county {\n        code\n        name\n      }\n      population\n      populationYear\n      municipalityGroupCode\n      municipalityGroupName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationSearch($search: String, $limit: Int!) {\n    organisations(search: $search, limit: $limit) {\n      total\n      items {\n        id\n        code\n        name\n        kind\n        county {\n          code\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationSearch($search: String, $limit: Int!) {\n    organisations(search: $search, limit: $limit) {\n      total\n      items {\n        id\n        code\n        name\n        kind\n        county {\n          code\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRow on User {\n    id\n    name\n    email\n    roles\n    active\n    invitationPending\n    lastLoginAt\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment UserRow on User {\n    id\n    name\n    email\n    roles\n    active\n    invitationPending\n    lastLoginAt\n    organisation {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($organisationId: ID, $search: String, $limit: Int!, $offset: Int!) {\n    users(organisationId: $organisationId, search: $search, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        ...UserRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query Users($organisationId: ID, $search: String, $limit: Int!, $offset: Int!) {\n    users(organisationId: $organisationId, search: $search, limit: $limit, offset: $offset) {\n      total\n      offset\n      limit\n      hasMore\n      items {\n        ...UserRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoleDefinitions {\n    roleDefinitions {\n      role\n      organisationKinds\n      abilities\n    }\n  }\n"): (typeof documents)["\n  query RoleDefinitions {\n    roleDefinitions {\n      role\n      organisationKinds\n      abilities\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($input: InviteUserInput!) {\n    inviteUser(input: $input) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {\n    setUserRoles(userId: $userId, roles: $roles) {\n      ...UserRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...UserRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserActive($userId: ID!, $active: Boolean!) {\n    setUserActive(userId: $userId, active: $active) {\n      ...UserRow\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;