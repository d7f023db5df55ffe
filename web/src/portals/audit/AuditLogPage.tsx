import { useQuery } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo } from "../../app/errors";
import { formatDateTime, isoString } from "../../app/format";
import { SelectField, TextField } from "../../app/ui/Field";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert } from "../../app/ui/Messages";
import { Pager } from "../../app/ui/Pager";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { AuditLogQuery } from "../../modules/audit/operations";

const PAGE_SIZE = 25;
/** Actions the platform records today; the filter also accepts any other text. */
const KNOWN_ACTIONS = [
  "auth.login",
  "auth.logout",
  "user.invite",
  "user.acceptInvitation",
  "user.setRoles",
  "user.activate",
  "user.deactivate",
  "user.createAdmin",
];
const ENTITY_TYPES = ["User", "Organisation"];

function Json({ value }: { value: unknown }) {
  return <pre className="pre">{JSON.stringify(value, null, 2)}</pre>;
}

export function AuditLogPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t("audit.title"));
  const [actionText, setActionText] = useState("");
  const [entityText, setEntityText] = useState("");
  const [filter, setFilter] = useState({ action: "", entityType: "" });
  const [offset, setOffset] = useState(0);
  const { data, previousData, loading, error } = useQuery(AuditLogQuery, {
    variables: { action: filter.action || null, entityType: filter.entityType || null, limit: PAGE_SIZE, offset },
  });
  const page = (data ?? previousData)?.auditLog;
  const filtered = !!(filter.action || filter.entityType);

  function apply(e: FormEvent) {
    e.preventDefault();
    setFilter({ action: actionText.trim(), entityType: entityText });
    setOffset(0);
  }

  const actionLabel = (action: string) =>
    i18n.exists(`auditActions.${action.replace(/\./g, "_")}`) ? t(`auditActions.${action.replace(/\./g, "_")}`) : action;

  return (
    <>
      <h1>{t("audit.title")}</h1>
      <p className="lead">{t("audit.intro")}</p>
      <form className="filters" onSubmit={apply} aria-label={t("audit.filterLabel")}>
        <TextField
          id="audit-action"
          label={t("audit.action")}
          hint={t("audit.actionHint")}
          list="audit-actions"
          value={actionText}
          onChange={(e) => setActionText(e.target.value)}
          spellCheck={false}
        />
        <datalist id="audit-actions">
          {KNOWN_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {actionLabel(a)}
            </option>
          ))}
        </datalist>
        <SelectField id="audit-entity" label={t("audit.entityType")} value={entityText} onChange={(e) => setEntityText(e.target.value)}>
          <option value="">{t("audit.allEntities")}</option>
          {ENTITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`entityTypes.${type}`)}
            </option>
          ))}
        </SelectField>
        <div className="button-row filters__buttons">
          <button type="submit" className="button button--secondary">
            {t("common.filter")}
          </button>
          {filtered && (
            <button
              type="button"
              className="button button--quiet"
              onClick={() => {
                setActionText("");
                setEntityText("");
                setFilter({ action: "", entityType: "" });
                setOffset(0);
              }}
            >
              {t("common.clearFilter")}
            </button>
          )}
        </div>
      </form>

      <div aria-busy={loading}>
        {loading && <Loading />}
        {error && !page ? (
          <ErrorAlert>{errorInfo(error).message}</ErrorAlert>
        ) : !page ? null : page.items.length === 0 ? (
          <EmptyState>{filtered ? t("audit.emptyFiltered") : t("audit.empty")}</EmptyState>
        ) : (
          <>
            <div className="table-wrap" tabIndex={0} role="region" aria-labelledby="audit-caption">
              <table className="table">
                <caption id="audit-caption">{t("audit.caption", { count: page.total })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("audit.time")}</th>
                    <th scope="col">{t("audit.who")}</th>
                    <th scope="col">{t("audit.organisation")}</th>
                    <th scope="col">{t("audit.action")}</th>
                    <th scope="col">{t("audit.entity")}</th>
                    <th scope="col">{t("audit.changes")}</th>
                  </tr>
                </thead>
                <tbody>
                  {page.items.map((a) => (
                    <tr key={a.id}>
                      <td className="nowrap">
                        <time dateTime={isoString(a.occurredAt)}>{formatDateTime(a.occurredAt)}</time>
                      </td>
                      <td>{a.actor ? a.actor.name : <span className="muted">{t("audit.system")}</span>}</td>
                      <td>{a.actorOrganisation?.name ?? "–"}</td>
                      <td>
                        {actionLabel(a.action)}
                        {actionLabel(a.action) !== a.action && (
                          <>
                            {" "}
                            <code className="code">{a.action}</code>
                          </>
                        )}
                      </td>
                      <td className="nowrap">
                        {t(`entityTypes.${a.entityType}`, { defaultValue: a.entityType })} #{a.entityId}
                      </td>
                      <td className="cell--wide">
                        {a.before == null && a.after == null ? (
                          "–"
                        ) : (
                          <details>
                            <summary>
                              {t("audit.showChanges")}
                              <span className="visually-hidden">
                                {" "}
                                – {actionLabel(a.action)}, {formatDateTime(a.occurredAt)}
                              </span>
                            </summary>
                            <div className="diff">
                              <div>
                                <p className="diff__label">{t("audit.before")}</p>
                                {a.before == null ? <p className="muted">–</p> : <Json value={a.before} />}
                              </div>
                              <div>
                                <p className="diff__label">{t("audit.after")}</p>
                                {a.after == null ? <p className="muted">–</p> : <Json value={a.after} />}
                              </div>
                            </div>
                          </details>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <Pager label={t("audit.pagerLabel")} offset={offset} limit={PAGE_SIZE} total={page.total} onChange={setOffset} />
          </>
        )}
      </div>
    </>
  );
}
