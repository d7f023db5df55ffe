import { forwardRef, type ReactNode } from "react";

/** An error for the whole page or form; announced at once. */
export const ErrorAlert = forwardRef<HTMLDivElement, { title?: string; children: ReactNode }>(function ErrorAlert({ title, children }, ref) {
  return (
    <div className="alert alert--error" role="alert" ref={ref} tabIndex={-1}>
      {title && <p className="alert__title">{title}</p>}
      <div>{children}</div>
    </div>
  );
});

/** A success or information message; announced politely. */
export function StatusMessage({ children, tone = "success" }: { children: ReactNode; tone?: "success" | "info" }) {
  return (
    <div className={`alert alert--${tone}`} role="status" aria-live="polite">
      {children}
    </div>
  );
}

/** What an empty list shows instead of an empty table. */
export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}

/** A note that is not an error, e.g. the portal-under-construction notice. */
export function Notice({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <div className="notice">
      {title && <p className="notice__title">{title}</p>}
      {children}
    </div>
  );
}
