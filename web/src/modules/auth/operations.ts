import { graphql } from "../../generated";

export const MeQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      roles
      abilities
      organisation {
        id
        name
        kind
      }
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      twoFactorChallenge
      user {
        id
        name
      }
    }
  }
`);

export const CompleteTwoFactorSignInMutation = graphql(`
  mutation CompleteTwoFactorSignIn($challenge: String!, $code: String!) {
    completeTwoFactorSignIn(challenge: $challenge, code: $code) {
      user {
        id
        name
      }
    }
  }
`);

export const RequestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export const ResetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input)
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const MySessionsQuery = graphql(`
  query MySessions {
    mySessions {
      id
      createdAt
      lastUsedAt
      userAgent
      current
    }
  }
`);

export const EndSessionMutation = graphql(`
  mutation EndSession($id: String!) {
    endSession(id: $id)
  }
`);

export const EndOtherSessionsMutation = graphql(`
  mutation EndOtherSessions {
    endOtherSessions
  }
`);

export const MyTwoFactorQuery = graphql(`
  query MyTwoFactor {
    myTwoFactor {
      enabled
      required
      recoveryCodesLeft
    }
  }
`);

export const StartTwoFactorEnrolmentMutation = graphql(`
  mutation StartTwoFactorEnrolment {
    startTwoFactorEnrolment {
      secret
      uri
      qrCode
    }
  }
`);

export const ConfirmTwoFactorEnrolmentMutation = graphql(`
  mutation ConfirmTwoFactorEnrolment($code: String!) {
    confirmTwoFactorEnrolment(code: $code)
  }
`);

/** Ends the session; after a single sign-on also says where to sign out at the identity provider. */
export const LogoutMutation = graphql(`
  mutation Logout {
    signOut {
      providerLogoutUrl
    }
  }
`);

/** The organisations offered as "Logga in via <organisation>" on the sign-in page. */
export const SignInProvidersQuery = graphql(`
  query SignInProviders {
    signInProviders {
      organisationCode
      organisationName
    }
  }
`);

export const IdentityProviderQuery = graphql(`
  query IdentityProvider($organisationId: ID!) {
    identityProvider(organisationId: $organisationId) {
      id
      issuer
      clientId
      clientSecretSet
      scopes
      matchClaim
      passwordSignInDisabled
      updatedAt
    }
  }
`);

export const SetIdentityProviderMutation = graphql(`
  mutation SetIdentityProvider($input: IdentityProviderInput!) {
    setIdentityProvider(input: $input) {
      id
      issuer
      clientId
      clientSecretSet
      scopes
      matchClaim
      passwordSignInDisabled
      updatedAt
    }
  }
`);

export const RemoveIdentityProviderMutation = graphql(`
  mutation RemoveIdentityProvider($organisationId: ID!) {
    removeIdentityProvider(organisationId: $organisationId)
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      user {
        id
        name
      }
    }
  }
`);

export const DisableTwoFactorMutation = graphql(`
  mutation DisableTwoFactor($password: String!, $code: String!) {
    disableTwoFactor(password: $password, code: $code)
  }
`);
