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
      user {
        id
        name
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
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
