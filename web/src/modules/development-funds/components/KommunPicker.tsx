import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { describedBy } from "../../../app/ui/Field";
import { useDebounced } from "../../../app/ui/useDebounced";
import { useListbox } from "../../../app/ui/useListbox";
import type { DevFundKommunSearchQuery as SearchData } from "../../../generated/graphql";
import { DevFundKommunSearchQuery } from "../operations";

export type KommunOption = SearchData["organisations"]["items"][number];

interface Props {
  id: string;
  label: string;
  value: KommunOption[];
  onChange(value: KommunOption[]): void;
  /** Kommuner that cannot be picked (our own). */
  excludeIds: string[];
  errors?: string[];
}

const MIN_CHARS = 2;
const MAX_RESULTS = 10;

/**
 * Pick several kommuner by typing part of the name (an ARIA 1.2 combobox with a listbox, only
 * kommuner). The picked ones are listed under it, each with a button to remove it.
 */
export function KommunPicker({ id, label, value, onChange, excludeIds, errors }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState("");
  const [announce, setAnnounce] = useState("");
  const search = useDebounced(text.trim(), 250);
  const enough = search.length >= MIN_CHARS;
  const { data, previousData, loading } = useQuery(DevFundKommunSearchQuery, {
    variables: { search, limit: MAX_RESULTS },
    skip: !enough,
    fetchPolicy: "cache-first",
  });
  const result = enough ? (data ?? previousData)?.organisations : undefined;
  const taken = new Set([...excludeIds, ...value.map((v) => v.id)]);
  const options = (result?.items ?? []).filter((o) => !taken.has(o.id));
  const listbox = useListbox(options, enough, (org) => {
    onChange([...value, org]);
    setText("");
    setAnnounce(t("devfunds.picker.added", { name: org.name }));
  });

  function remove(org: KommunOption) {
    onChange(value.filter((v) => v.id !== org.id));
    setAnnounce(t("devfunds.picker.removed", { name: org.name }));
    window.requestAnimationFrame(() => document.getElementById(id)?.focus());
  }

  let status = announce;
  if (listbox.open && text.trim().length > 0 && text.trim().length < MIN_CHARS) status = t("devfunds.picker.typeMore", { count: MIN_CHARS });
  else if (listbox.open && enough && !loading && result)
    status = options.length === 0 ? t("devfunds.picker.none") : t("devfunds.picker.count", { count: options.length });
  const invalid = !!errors?.length;

  return (
    <div className={`field combobox${invalid ? " field--error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {t("devfunds.picker.hint")}
      </p>
      <div className="combobox__wrap">
        <input
          id={id}
          type="text"
          {...listbox.inputProps}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(`${id}-hint`, invalid && `${id}-error`)}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            listbox.reopen();
            setAnnounce("");
          }}
        />
        <ul {...listbox.listProps} aria-label={t("devfunds.picker.listLabel")}>
          {options.map((o, i) => (
            <li key={o.id} {...listbox.optionProps(o, i)}>
              <span className="combobox__name">{o.name}</span> <span className="combobox__meta">{o.county?.name}</span>
            </li>
          ))}
        </ul>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {invalid && (
        <p className="field__error" id={`${id}-error`}>
          {errors!.join(" ")}
        </p>
      )}
      {value.length > 0 && (
        <>
          <p className="df-picked__title" id={`${id}-picked`}>
            {t("devfunds.picker.picked", { count: value.length })}
          </p>
          <ul className="df-picked" aria-labelledby={`${id}-picked`}>
            {value.map((o) => (
              <li key={o.id}>
                <span>{o.name}</span>
                <button type="button" className="button button--small button--danger-quiet" onClick={() => remove(o)}>
                  {t("devfunds.picker.remove")}
                  <span className="visually-hidden"> {o.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
