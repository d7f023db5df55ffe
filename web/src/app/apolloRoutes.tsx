import { Suspense } from "react";
import type { RouteObject } from "react-router-dom";
import { lazyPage } from "./lazyPage";
import { Loading } from "./ui/Loading";

const ApolloShell = lazyPage(() => import("./ApolloShell"), "ApolloShell");

/** The whole page's progress while its code loads: announced, and the page marked busy. */
export function PageLoading() {
  return (
    <main id="main" className="container main main--centered" aria-busy="true">
      <Loading />
    </main>
  );
}

/** Routes whose pages use Apollo Client: it is loaded with the first of them (see `ApolloShell`). */
export function withApollo(children: RouteObject[]): RouteObject {
  return {
    element: (
      <Suspense fallback={<PageLoading />}>
        <ApolloShell />
      </Suspense>
    ),
    children,
  };
}
