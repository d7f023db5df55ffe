import { Component, type ErrorInfo, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { isRouteErrorResponse, Link, useRouteError } from "react-router-dom";
import i18n from "./i18n";
import { useDocumentTitle } from "./ui/useDocumentTitle";

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <>
      <h1>{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <p>
        <Link to="/">{t("common.backToStart")}</Link>
      </p>
    </>
  );
}

/** A page's code that could not be fetched: the browser's message for a failed dynamic import. */
function isNotLoaded(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|importing a module script failed|module script/i.test(error.message);
}

function ErrorContent({ detail, notLoaded = false }: { detail?: string; notLoaded?: boolean }) {
  const { t } = useTranslation();
  useDocumentTitle(t("crash.title"));
  return (
    <>
      <h1>{t("crash.title")}</h1>
      <div className="alert alert--error" role="alert">
        <p>{t(notLoaded ? "crash.notLoaded" : "crash.body")}</p>
      </div>
      <p>{t(notLoaded ? "crash.notLoadedAdvice" : "crash.advice")}</p>
      <p className="button-row">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t("crash.reload")}
        </button>
        <a className="button button--secondary" href="/">
          {t("common.backToStart")}
        </a>
      </p>
      {detail && (
        <details className="crash-detail">
          <summary>{t("crash.detail")}</summary>
          <pre>{detail}</pre>
        </details>
      )}
    </>
  );
}

/** The router's error element: a page that crashed while rendering or loading. */
export function RouteErrorPage() {
  const error = useRouteError();
  const { t } = useTranslation();
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <main id="main" className="container main main--centered">
        <h1>{t("notFound.title")}</h1>
        <p>{t("notFound.body")}</p>
        <p>
          <a href="/">{t("common.backToStart")}</a>
        </p>
      </main>
    );
  }
  return (
    <main id="main" className="container main main--centered">
      <ErrorContent detail={errorDetail(error)} notLoaded={isNotLoaded(error)} />
    </main>
  );
}

function errorDetail(error: unknown): string | undefined {
  return error instanceof Error ? error.message : isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : undefined;
}

/** A page inside the signed-in layout crashed: the header and navigation stay usable. */
export function PageErrorPage() {
  const error = useRouteError();
  console.error(error);
  return <ErrorContent detail={errorDetail(error)} notLoaded={isNotLoaded(error)} />;
}

/** Catches anything outside the router (providers) so the user never sees a blank page. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error("Samverka crashed", error, info.componentStack);
  }

  override render() {
    if (this.state.error) {
      return (
        <main id="main" className="container main main--centered">
          <h1>{i18n.t("crash.title")}</h1>
          <div className="alert alert--error" role="alert">
            <p>{i18n.t("crash.body")}</p>
          </div>
          <p>
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {i18n.t("crash.reload")}
            </button>
          </p>
        </main>
      );
    }
    return this.props.children;
  }
}
