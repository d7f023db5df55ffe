import "./app/i18n";
import "./app/styles.css";
import { ApolloProvider } from "@apollo/client/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router-dom";
import { createApolloClient } from "./app/apollo";
import { ErrorBoundary } from "./app/ErrorPages";
import { createRouter } from "./app/router";
import { SessionProvider } from "./app/session";

const client = createApolloClient();
const router = createRouter();

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <ErrorBoundary>
      <ApolloProvider client={client}>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </ApolloProvider>
    </ErrorBoundary>
  </StrictMode>,
);
