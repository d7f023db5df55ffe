import { type KeyboardEvent, type MouseEvent, useId, useState } from "react";

/**
 * The listbox of an ARIA 1.2 combobox (a text input with `.combobox__list` under it): whether the
 * list shows, which option is active, and the props that tie the input, the list and its options
 * together. The list opens on focus and closes a moment after the input loses focus, so a click on
 * an option still lands. Arrow down and up move through the options (round from the last to the
 * first), Enter picks the active option (or the first), Escape closes the list.
 *
 * `ready` says whether `options` answer what is typed now; `onPick` is called with the picked option.
 */
export function useListbox<T>(options: readonly T[], ready: boolean, onPick: (option: T) => void) {
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const showList = open && ready && options.length > 0;

  function close() {
    setOpen(false);
    setActive(-1);
  }
  function pick(option: T) {
    onPick(option);
    close();
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
    } else if (e.key === "Escape" && open) {
      e.preventDefault();
      close();
    }
  }

  return {
    /** Whether the input has the list open (it shows only when there are options). */
    open,
    pick,
    /** For the input's change handler: show the list again, with no option active. */
    reopen() {
      setOpen(true);
      setActive(-1);
    },
    inputProps: {
      role: "combobox",
      autoComplete: "off",
      spellCheck: false,
      "aria-autocomplete": "list" as const,
      "aria-expanded": showList,
      "aria-controls": listId,
      "aria-activedescendant": showList && active >= 0 ? `${listId}-${active}` : undefined,
      onFocus: () => setOpen(true),
      onBlur: () => {
        window.setTimeout(() => setOpen(false), 150);
      },
      onKeyDown,
    },
    listProps: { id: listId, role: "listbox", className: "combobox__list", hidden: !showList },
    optionProps: (option: T, index: number) => ({
      id: `${listId}-${index}`,
      role: "option",
      "aria-selected": index === active,
      className: `combobox__option${index === active ? " is-active" : ""}`,
      onMouseDown: (e: MouseEvent) => e.preventDefault(),
      onClick: () => pick(option),
    }),
  };
}
