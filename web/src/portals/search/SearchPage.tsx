import { useQuery } from "@apollo/client/react";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router-dom";
import { errorInfo } from "../../app/errors";
import { Loading } from "../../app/ui/Loading";
import { EmptyState, ErrorAlert, StatusMessage } from "../../app/ui/Messages";
import { useDocumentTitle } from "../../app/ui/useDocumentTitle";
import { SearchQuery } from "../../modules/search/operations";

/** The shortest term the server searches for (it refuses shorter ones with the same message). */
const MIN_TERM_LENGTH = 3;

/** Search results for `?q=`: applications, trainings, networks and meetings the person may see, each kind with links. */
export function SearchPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const term = (params.get("q") ?? "").trim();
  const [input, setInput] = useState(term);
  useEffect(() => setInput(term), [term]);
  const tooShort = term.length < MIN_TERM_LENGTH;
  const { data, loading, error } = useQuery(SearchQuery, { variables: { term }, skip: tooShort });
  useDocumentTitle(term && !tooShort ? t("search.titleFor", { term }) : t("search.title"));
  const result = data?.search;
  const hits = result ? result.groups.reduce((s, g) => s + g.total, 0) : 0;

  function submit(e: FormEvent) {
    e.preventDefault();
    setParams({ q: input.trim() });
  }

  return (
    <>
      <h1>{term && !tooShort ? t("search.titleFor", { term }) : t("search.title")}</h1>
      <form role="search" className="search-form" onSubmit={submit} aria-label={t("search.title")}>
        <div className="field">
          <label htmlFor="search-term">{t("search.label")}</label>
          <p className="field__hint" id="search-term-hint">
            {t("search.hint")}
          </p>
          <div className="search-form__row">
            <input id="search-term" type="search" value={input} onChange={(e) => setInput(e.target.value)} aria-describedby="search-term-hint" />
            <button type="submit" className="button">
              {t("search.submit")}
            </button>
          </div>
        </div>
      </form>
      <div aria-busy={loading}>
        {term && tooShort && <StatusMessage tone="info">{t("search.tooShort")}</StatusMessage>}
        {loading && <Loading />}
        {error && <ErrorAlert>{errorInfo(error).message}</ErrorAlert>}
        {result &&
          (hits === 0 ? (
            <EmptyState>{t("search.none", { term: result.term })}</EmptyState>
          ) : (
            <>
              <p role="status">{t("search.summary", { count: hits })}</p>
              {result.groups.map((group) => {
                const headingId = `search-${group.kind}`;
                return (
                  <section key={group.kind} aria-labelledby={headingId} className="search-group">
                    <h2 id={headingId}>
                      {t(`search.kinds.${group.kind}`)} <span className="muted">({group.total})</span>
                    </h2>
                    {group.hits.length === 0 ? (
                      <p className="muted">{t("search.noneOfKind")}</p>
                    ) : (
                      <ul className="work-list">
                        {group.hits.map((hit) => (
                          <li key={hit.link} className="work-item">
                            <Link to={hit.link} className="work-item__link">
                              {hit.title}
                            </Link>
                            {hit.detail && <span className="work-item__detail">{hit.detail}</span>}
                          </li>
                        ))}
                      </ul>
                    )}
                    {group.total > group.hits.length && <p className="muted">{t("search.more", { count: group.total - group.hits.length })}</p>}
                  </section>
                );
              })}
            </>
          ))}
      </div>
    </>
  );
}
