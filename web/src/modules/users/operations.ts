import { graphql } from "../../generated";

export const UserRowFragment = graphql(`
  fragment UserRow on User {
    id
    name
    email
    roles
    active
    invitationPending
    lastLoginAt
    signInBlockedUntil
    twoFactorEnabled
    organisation {
      id
      name
      kind
      assignableRoles
    }
  }
`);

export const UsersQuery = graphql(`
  query Users($organisationId: ID, $search: String, $limit: Int!, $offset: Int!) {
    users(organisationId: $organisationId, search: $search, limit: $limit, offset: $offset) {
      total
      offset
      limit
      hasMore
      items {
        ...UserRow
      }
    }
  }
`);

export const RoleDefinitionsQuery = graphql(`
  query RoleDefinitions {
    roleDefinitions {
      role
      organisationKinds
      abilities
    }
  }
`);

/** The roles the signed-in person may give in an organisation, as the server decides. */
export const AssignableRolesQuery = graphql(`
  query AssignableRoles($organisationId: ID!) {
    organisation(id: $organisationId) {
      id
      assignableRoles
    }
  }
`);

export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      ...UserRow
    }
  }
`);

export const SetUserRolesMutation = graphql(`
  mutation SetUserRoles($userId: ID!, $roles: [Role!]!) {
    setUserRoles(userId: $userId, roles: $roles) {
      ...UserRow
    }
  }
`);

export const SetUserActiveMutation = graphql(`
  mutation SetUserActive($userId: ID!, $active: Boolean!) {
    setUserActive(userId: $userId, active: $active) {
      ...UserRow
    }
  }
`);

export const LiftSignInThrottleMutation = graphql(`
  mutation LiftSignInThrottle($userId: ID!) {
    liftSignInThrottle(userId: $userId)
  }
`);

export const ResetUserTwoFactorMutation = graphql(`
  mutation ResetUserTwoFactor($userId: ID!) {
    resetUserTwoFactor(userId: $userId) {
      id
      twoFactorEnabled
    }
  }
`);

/** First sign-ins through the organisation's identity provider that wait for approval. */
export const IdentityLinkRequestsQuery = graphql(`
  query IdentityLinkRequests($organisationId: ID!) {
    identityLinkRequests(organisationId: $organisationId) {
      id
      name
      email
      status
      requestedAt
    }
  }
`);

export const ApproveIdentityLinkRequestMutation = graphql(`
  mutation ApproveIdentityLinkRequest($id: ID!, $roles: [Role!]!) {
    approveIdentityLinkRequest(id: $id, roles: $roles) {
      id
      status
    }
  }
`);

export const RejectIdentityLinkRequestMutation = graphql(`
  mutation RejectIdentityLinkRequest($id: ID!) {
    rejectIdentityLinkRequest(id: $id) {
      id
      status
    }
  }
`);
