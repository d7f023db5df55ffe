import "./app/styles.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { RouterProvider } from "react-router-dom";
import { ErrorBoundary } from "./app/ErrorPages";
import { textsReady } from "./app/i18n";
import { createRouter } from "./app/router";
import { SessionProvider } from "./app/session";

const router = createRouter();

// Shown once the texts of the language shown are here (a failure shows the keys rather than nothing).
void textsReady.finally(() =>
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <ErrorBoundary>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </ErrorBoundary>
    </StrictMode>,
  ),
);
