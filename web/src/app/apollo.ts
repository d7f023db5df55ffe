import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { notifyUnauthenticated } from "./graphqlFetch";
import { currentLanguage } from "./i18n";

/** Asks the server for messages in the UI language. */
const languageLink = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: { ...headers, "Accept-Language": currentLanguage() },
  }));
  return forward(operation);
});

const sessionLink = new ErrorLink(({ error, operation }) => {
  if (operation.operationName === "Login" || operation.operationName === "AcceptInvitation") return;
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === "UNAUTHENTICATED")) {
    notifyUnauthenticated();
  }
});

const httpLink = new HttpLink({ uri: "/graphql", credentials: "include" });

export function createApolloClient() {
  return new ApolloClient({
    link: ApolloLink.from([languageLink, sessionLink, httpLink]),
    cache: new InMemoryCache({
      typePolicies: {
        // Pages are fetched with their own offset/limit variables; each page is its own cache entry.
        Organisation: { keyFields: ["id"] },
        User: { keyFields: ["id"] },
        Query: {
          fields: {
            // A page for one item finds it in the cache when a list or a mutation already brought it
            // (e.g. a draft application just created), instead of showing "Laddar…".
            grantApplication: { read: (_, { args, toReference }) => toReference({ __typename: "GrantApplication", id: args?.id as string }) },
            trainingEvent: { read: (_, { args, toReference }) => toReference({ __typename: "TrainingEvent", id: args?.id as string }) },
          },
        },
      },
    }),
    defaultOptions: {
      watchQuery: { fetchPolicy: "cache-and-network" },
    },
  });
}
