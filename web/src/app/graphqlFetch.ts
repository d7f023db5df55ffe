import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import type { GraphQLFormattedError } from "graphql";
import { print } from "graphql/language/printer";
import { currentLanguage } from "./i18n";

/** Apollo Client's mark on its errors (`Symbol.for("apollo.error")`): errors.ts reads both kinds alike. */
const APOLLO_ERROR = Symbol.for("apollo.error");

function branded<E extends Error>(error: E, name: string): E {
  error.name = name;
  Object.defineProperty(error, APOLLO_ERROR, { value: name, enumerable: false });
  return error;
}

/**
 * One GraphQL request without Apollo Client, for the pages a signed-out visitor sees (the sign-in
 * page and the session check): they load before Apollo Client does. Refusals arrive as the same
 * errors Apollo Client throws (`CombinedGraphQLErrors`, `ServerError`), so `errorInfo` reads them alike.
 */
export async function request<TData, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
): Promise<TData> {
  // The build registered the app's own documents by hash (src/generated/persisted-documents.json):
  // the hash is sent instead of the text, and the text only if the server does not know the hash.
  const hash = (document as { __meta__?: { hash?: string } }).__meta__?.hash;
  let { res, body } = await post<TData>(hash ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } } : { query: print(document) }, variables);
  if (hash && body.errors?.some((e) => e.extensions?.code === "PERSISTED_QUERY_NOT_FOUND")) {
    ({ res, body } = await post<TData>({ query: print(document) }, variables));
  }
  if (body.errors?.length) {
    const error = branded(
      Object.assign(new Error(body.errors.map((e) => e.message).join("\n")), { errors: body.errors, data: body.data }),
      "CombinedGraphQLErrors",
    );
    if (unauthenticated(body.errors) && !/^\s*mutation\s+(Login|AcceptInvitation)\b/.test(print(document))) notifyUnauthenticated();
    throw error;
  }
  if (!res.ok || !body.data) throw branded(Object.assign(new Error(`The server answered ${res.status}`), { statusCode: res.status }), "ServerError");
  return body.data;
}

async function post<TData>(payload: Record<string, unknown>, variables: Record<string, unknown> | undefined) {
  const res = await fetch("/graphql", {
    method: "POST",
    credentials: "include",
    headers: { "Content-Type": "application/json", Accept: "application/graphql-response+json, application/json", "Accept-Language": currentLanguage() },
    body: JSON.stringify({ ...payload, variables: variables ?? {} }),
  });
  try {
    return { res, body: (await res.json()) as { data?: TData | null; errors?: GraphQLFormattedError[] } };
  } catch {
    throw branded(Object.assign(new Error(`The server answered ${res.status} without JSON`), { statusCode: res.status }), "ServerParseError");
  }
}

function unauthenticated(errors: readonly GraphQLFormattedError[]) {
  return errors.some((e) => e.extensions?.code === "UNAUTHENTICATED");
}

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Called when the server says the session has ended (expired, deactivated, signed out elsewhere). */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export function notifyUnauthenticated() {
  for (const l of unauthenticatedListeners) l();
}
