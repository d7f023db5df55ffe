import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { describedBy } from "../../../app/ui/Field";
import { useDebounced } from "../../../app/ui/useDebounced";
import { useListbox } from "../../../app/ui/useListbox";
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
  const [text, setText] = useState(value?.name ?? "");
  const search = useDebounced(text.trim(), 250);
  const enough = search.length >= MIN_CHARS;
  const { data, previousData, loading } = useQuery(OrganisationSearchQuery, {
    variables: { search, limit: MAX_RESULTS },
    skip: !enough,
    fetchPolicy: "cache-first",
  });
  const result = enough ? (data ?? previousData)?.organisations : undefined;
  const options = result?.items ?? [];
  const listbox = useListbox(options, enough, (org) => {
    onChange(org);
    setText(org.name);
  });

  const describe = (o: OrganisationOption) => [t(`organisationKinds.${o.kind}`), o.county?.name].filter(Boolean).join(", ");

  let status = "";
  if (listbox.open && text.trim().length > 0 && text.trim().length < MIN_CHARS) status = t("orgPicker.typeMore", { count: MIN_CHARS });
  else if (listbox.open && enough && !loading && result) {
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
          {...listbox.inputProps}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy(`${id}-hint`, value && `${id}-selected`, invalid && `${id}-error`)}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            listbox.reopen();
            if (value) onChange(null);
          }}
          onBlur={() => {
            listbox.inputProps.onBlur();
            const exact = options.find((o) => o.name.toLowerCase() === text.trim().toLowerCase() || o.code.toLowerCase() === text.trim().toLowerCase());
            if (!value && exact) listbox.pick(exact);
          }}
        />
        <ul {...listbox.listProps} aria-label={t("orgPicker.listLabel")}>
          {options.map((o, i) => (
            <li key={o.id} {...listbox.optionProps(o, i)}>
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
