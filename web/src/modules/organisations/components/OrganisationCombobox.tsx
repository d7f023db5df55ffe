import { useQuery } from "@apollo/client/react";
import { type KeyboardEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { describedBy } from "../../../app/ui/Field";
import { useDebounced } from "../../../app/ui/useDebounced";
import type { OrganisationSearchQuery as SearchData } from "../../../generated/graphql";
import { OrganisationSearchQuery } from "../operations";

export type OrganisationOption = SearchData["organisations"]["items"][number];

interface Props {
  id: string;
  label: string;
  value: OrganisationOption | null;
  onChange(org: OrganisationOption | null): void;
  errors?: string[];
}

const MIN_CHARS = 2;
const MAX_RESULTS = 10;

/**
 * Pick one organisation by typing part of its name or code (ARIA 1.2 combobox with a listbox).
 * Arrow keys move through the matches, Enter picks, Escape closes the list.
 * The parent resets it by giving it a new `key`.
 */
export function OrganisationCombobox({ id, label, value, onChange, errors }: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState(value?.name ?? "");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useDebounced(text.trim(), 250);
  const enough = search.length >= MIN_CHARS;
  const { data, previousData, loading } = useQuery(OrganisationSearchQuery, {
    variables: { search, limit: MAX_RESULTS },
    skip: !enough,
    fetchPolicy: "cache-first",
  });
  const result = enough ? (data ?? previousData)?.organisations : undefined;
  const options = result?.items ?? [];
  const showList = open && enough && options.length > 0;

  function pick(org: OrganisationOption) {
    onChange(org);
    setText(org.name);
    setOpen(false);
    setActive(-1);
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (options.length ? (i + 1) % options.length : -1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setOpen(true);
      setActive((i) => (options.length ? (i <= 0 ? options.length - 1 : i - 1) : -1));
    } else if (e.key === "Enter") {
      if (showList) {
        e.preventDefault();
        pick(options[active >= 0 ? active : 0]);
      }
    } else if (e.key === "Escape") {
      if (open) {
        e.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  }

  const describe = (o: OrganisationOption) =>
    [t(`organisationKinds.${o.kind}`), o.county?.name].filter(Boolean).join(", ");

  let status = "";
  if (open && text.trim().length > 0 && text.trim().length < MIN_CHARS) status = t("orgPicker.typeMore", { count: MIN_CHARS });
  else if (open && enough && !loading && result) {
    status = result.total === 0 ? t("orgPicker.none") : t("orgPicker.count", { count: result.total, shown: options.length });
  }
  const invalid = !!errors?.length;

  return (
    <div className={`field combobox${invalid ? " field--error" : ""}`}>
      <label htmlFor={id}>{label}</label>
      <p className="field__hint" id={`${id}-hint`}>
        {t("orgPicker.hint")}
      </p>
      <div className="combobox__wrap">
        <input
          id={id}
          type="text"
          role="combobox"
          autoComplete="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={showList}
          aria-controls={listId}
          aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(`${id}-hint`, value && `${id}-selected`, invalid && `${id}-error`)}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(-1);
            if (value) onChange(null);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => {
            window.setTimeout(() => setOpen(false), 150);
            const exact = options.find((o) => o.name.toLowerCase() === text.trim().toLowerCase() || o.code.toLowerCase() === text.trim().toLowerCase());
            if (!value && exact) pick(exact);
          }}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" aria-label={t("orgPicker.listLabel")} className="combobox__list" hidden={!showList}>
          {options.map((o, i) => (
            <li
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`combobox__option${i === active ? " is-active" : ""}`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(o)}
            >
              <span className="combobox__name">{o.name}</span> <span className="combobox__meta">{describe(o)}</span>
            </li>
          ))}
        </ul>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {status}
      </p>
      {value && (
        <p className="combobox__selected" id={`${id}-selected`}>
          {t("orgPicker.selected", { name: value.name, kind: describe(value) })}
        </p>
      )}
      {invalid && (
        <p className="field__error" id={`${id}-error`}>
          {errors!.join(" ")}
        </p>
      )}
    </div>
  );
}
