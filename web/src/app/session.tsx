import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from "react";
import type { MeQuery as MeQueryData, Role } from "../generated/graphql";
import { LogoutMutation, MeQuery } from "../modules/auth/operations";
import { onUnauthenticated } from "./apollo";

type MeData = NonNullable<MeQueryData["me"]>;

/** The signed-in user. Their own details are always given to them; the schema types them nullable because other people's are not. */
export type Me = Omit<MeData, "email" | "roles" | "abilities"> & { email: string; roles: Role[]; abilities: string[] };

function ownDetails(me: MeData): Me {
  return { ...me, email: me.email ?? "", roles: me.roles ?? [], abilities: me.abilities ?? [] };
}

interface Session {
  /** The signed-in user; null when signed out; undefined while we ask the server. */
  me: Me | null | undefined;
  loading: boolean;
  /** The first `me` request failed (server unreachable). */
  error: unknown;
  can(ability: string): boolean;
  /** Asks the server again who is signed in (after signing in). */
  refresh(): Promise<void>;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, error, refetch } = useQuery(MeQuery, { fetchPolicy: "cache-first", notifyOnNetworkStatusChange: false });
  const [logoutMutation] = useMutation(LogoutMutation);

  const own = useMemo(() => (data?.me ? ownDetails(data.me) : null), [data]);
  const me = data ? own : error ? null : undefined;

  // The server ended the session (expired, or deactivated): ask who we are; `me` becomes null
  // and the protected routes send the user to the login page.
  useEffect(
    () =>
      onUnauthenticated(() => {
        void refetch().catch(() => undefined);
      }),
    [refetch],
  );

  const refresh = useCallback(async () => {
    // A new person may be signed in: forget everything cached for the previous one.
    await client.clearStore();
    await refetch();
  }, [client, refetch]);

  const logout = useCallback(async () => {
    let next = "/logga-in";
    try {
      const res = await logoutMutation();
      // Signed in through the organisation's identity provider: sign out there too, which comes back to /logga-in.
      next = res.data?.signOut.providerLogoutUrl ?? next;
    } finally {
      await client.clearStore().catch(() => undefined);
      // A full page load leaves nothing of the previous session in memory.
      window.location.assign(next);
    }
  }, [client, logoutMutation]);

  const value = useMemo<Session>(
    () => ({
      me,
      loading: loading && me === undefined,
      error: data ? undefined : error,
      can: (ability: string) => !!me?.abilities.includes(ability),
      refresh,
      logout,
    }),
    [me, loading, data, error, refresh, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside SessionProvider");
  return s;
}

/** The signed-in user, for pages inside the protected layout. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error("useMe needs a signed-in user");
  return me;
}
