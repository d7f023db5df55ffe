import { Fragment } from "react";

/** An e-mail address that may wrap after "@" and dots in narrow table cells, never mid-word; "–" where it is not shown. */
export function Email({ address }: { address: string | null | undefined }) {
  if (!address) return <>–</>;
  const parts = address.split(/(?<=[@.])/);
  return (
    <span className="email">
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && <wbr />}
          {p}
        </Fragment>
      ))}
    </span>
  );
}
