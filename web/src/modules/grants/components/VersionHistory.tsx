import { useTranslation } from "react-i18next";
import { formatDateTime, isoString } from "../../../app/format";
import type { GrantApplicationFieldsFragment } from "../../../generated/graphql";
import { ApplicationContent, type ApplicationContentData } from "./ApplicationContent";

/** Every submitted version, oldest first; each can be opened to read what was sent. */
export function VersionHistory({ versions }: { versions: GrantApplicationFieldsFragment["versions"] }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t("grants.versions.heading")}</h2>
      {versions.length === 0 ? (
        <p className="muted">{t("grants.versions.none")}</p>
      ) : (
        <ol className="versions">
          {versions.map((v) => {
            const content = (v.content ?? {}) as ApplicationContentData;
            return (
              <li key={v.id}>
                <details>
                  <summary>
                    {t("grants.versions.version", { version: v.version })} – <time dateTime={isoString(v.submittedAt)}>{formatDateTime(v.submittedAt)}</time>
                    {content.title ? `: ${content.title}` : ""}
                  </summary>
                  <ApplicationContent content={content} headingLevel={3} idPrefix={`version-${v.id}`} />
                </details>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
