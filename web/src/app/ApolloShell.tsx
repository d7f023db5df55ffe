import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { useEffect } from "react";
import { Outlet } from "react-router-dom";
import { MeQuery } from "../modules/auth/operations";
import { createApolloClient } from "./apollo";
import { setSessionCacheClearer, useSessionCache } from "./session";

let client: ApolloClient | undefined;

/**
 * Apollo Client for the pages under this route: loaded with the first of them, not with the
 * sign-in page. Its cache tells the session of changes to the signed-in person's details.
 */
export function ApolloShell() {
  if (!client) {
    client = createApolloClient();
    const c = client;
    setSessionCacheClearer(() => c.clearStore());
  }
  const c = client;
  const { adopt } = useSessionCache();

  useEffect(() => {
    // The cache asks `me` once, normalised like every other answer: later answers that change the
    // person's own details (their name, their roles) reach the session.
    const sub = c.watchQuery({ query: MeQuery, fetchPolicy: "cache-first" }).subscribe(({ data: cached, dataState }) => {
      if (dataState === "complete" && cached) adopt(cached.me ?? null);
    });
    return () => sub.unsubscribe();
  }, [c, adopt]);

  return (
    <ApolloProvider client={c}>
      <Outlet />
    </ApolloProvider>
  );
}
