import type { ReactNode } from "react";

/**
 * A polite live region that is always in the page, so screen readers announce whatever
 * appears in it. Looks like a success message when it has content.
 */
export function LiveStatus({ children, tone = "success" }: { children?: ReactNode; tone?: "success" | "info" }) {
  const has = children != null && children !== false && children !== "";
  return (
    <div role="status" aria-live="polite" className={has ? `alert alert--${tone}` : "live-empty"}>
      {has ? children : null}
    </div>
  );
}
