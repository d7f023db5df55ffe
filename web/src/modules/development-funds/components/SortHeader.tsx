export interface Sort<K extends string> {
  key: K;
  dir: "asc" | "desc";
}

/** A column heading that sorts the table: a button inside the `th`, which carries `aria-sort`. */
export function SortHeader<K extends string>({
  label,
  column,
  sort,
  onSort,
  numeric,
}: {
  label: string;
  column: K;
  sort: Sort<K>;
  onSort(s: Sort<K>): void;
  numeric?: boolean;
}) {
  const active = sort.key === column;
  const next: Sort<K> = { key: column, dir: active && sort.dir === "asc" ? "desc" : "asc" };
  return (
    <th scope="col" className={numeric ? "num" : undefined} aria-sort={active ? (sort.dir === "asc" ? "ascending" : "descending") : undefined}>
      <button type="button" className="df-sort" onClick={() => onSort(next)}>
        {label}
        <span aria-hidden="true" className="df-sort__arrow">
          {active ? (sort.dir === "asc" ? "▲" : "▼") : "↕"}
        </span>
      </button>
    </th>
  );
}
