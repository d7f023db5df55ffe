import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { MeQuery as MeQueryData, Role } from "../generated/graphql";
import { LogoutMutation, MeQuery } from "../modules/auth/operations";
import { onUnauthenticated, request } from "./graphqlFetch";

export type MeData = NonNullable<MeQueryData["me"]>;

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

/**
 * The signed-in pages' cache (Apollo Client, loaded with them: `ApolloShell`) keeps the session
 * current: it tells back changes to the person's own details, and is
 * emptied when someone else signs in.
 */
export interface SessionCache {
  /** A newer `me` from the cache (e.g. after the person renamed themselves). */
  adopt(me: MeData | null): void;
}

const SessionContext = createContext<Session | null>(null);
const SessionCacheContext = createContext<SessionCache | null>(null);
let clearCache: () => Promise<unknown> = async () => undefined;

/** Registers how to empty the signed-in pages' cache (Apollo Client's store), once it is loaded. */
export function setSessionCacheClearer(clear: () => Promise<unknown>) {
  clearCache = clear;
}

/**
 * Who is signed in, asked with a plain request: the sign-in page works without Apollo Client,
 * which is loaded with the signed-in pages.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ data?: MeData | null; error?: unknown }>({});

  const ask = useCallback(async () => {
    try {
      const { me } = await request(MeQuery);
      setState({ data: me ?? null });
    } catch (error) {
      // Known before: kept (a failed check is not a sign-out); never known: the server is unreachable.
      setState((s) => (s.data !== undefined ? s : { error }));
    }
  }, []);

  useEffect(() => {
    void ask();
  }, [ask]);

  // The server ended the session (expired, or deactivated): ask who we are; `me` becomes null
  // and the protected routes send the user to the login page.
  useEffect(() => onUnauthenticated(() => void ask()), [ask]);

  const refresh = useCallback(async () => {
    // A new person may be signed in: forget everything cached for the previous one.
    await clearCache().catch(() => undefined);
    await ask();
  }, [ask]);

  const logout = useCallback(async () => {
    let next = "/logga-in";
    try {
      const res = await request(LogoutMutation);
      // Signed in through the organisation's identity provider: sign out there too, which comes back to /logga-in.
      next = res.signOut.providerLogoutUrl ?? next;
    } finally {
      await clearCache().catch(() => undefined);
      // A full page load leaves nothing of the previous session in memory.
      window.location.assign(next);
    }
  }, []);

  const data = state.data;
  const me = useMemo(() => (data ? ownDetails(data) : data === null ? null : state.error ? null : undefined), [data, state.error]);
  const value = useMemo<Session>(
    () => ({
      me,
      loading: me === undefined,
      error: data === undefined ? state.error : undefined,
      can: (ability: string) => !!me?.abilities.includes(ability),
      refresh,
      logout,
    }),
    [me, data, state.error, refresh, logout],
  );
  const cache = useMemo<SessionCache>(() => ({ adopt: (next) => setState((s) => (JSON.stringify(s.data) === JSON.stringify(next) ? s : { data: next })) }), []);
  return (
    <SessionContext.Provider value={value}>
      <SessionCacheContext.Provider value={cache}>{children}</SessionCacheContext.Provider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error("useSession outside SessionProvider");
  return s;
}

export function useSessionCache(): SessionCache {
  const s = useContext(SessionCacheContext);
  if (!s) throw new Error("useSessionCache outside SessionProvider");
  return s;
}

/** The signed-in user, for pages inside the protected layout. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error("useMe needs a signed-in user");
  return me;
}
