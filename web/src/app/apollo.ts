import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from "@apollo/client";
import { ErrorLink } from "@apollo/client/link/error";
import { notifyUnauthenticated } from "./graphqlFetch";
import { PersistedQueryLink } from "@apollo/client/link/persisted-queries";
import { type DocumentNode, print } from "graphql";
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

/** The sha256 of a document's text, for a document the build did not register (none of the app's own). */
async function sha256(document: DocumentNode): Promise<string> {
  const bytes = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(print(document)));
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Sends the hash the build registered for each operation (src/generated/persisted-documents.json)
 * instead of its text; the server runs it as a trusted document. On PERSISTED_QUERY_NOT_FOUND the
 * link sends the text once more.
 */
const trustedDocumentLink = new PersistedQueryLink({
  generateHash: (document) => {
    const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
    return hash ?? sha256(document);
  },
});

const httpLink = new HttpLink({ uri: "/graphql", credentials: "include" });

export function createApolloClient() {
  return new ApolloClient({
    link: ApolloLink.from([languageLink, sessionLink, trustedDocumentLink, httpLink]),
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
