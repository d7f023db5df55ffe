import type { Shape } from "../../../app/i18n/shape";
import type sv from "./sv";

/** English texts of the search page. Must have exactly the keys of sv.ts (the type checks it). */
const en: Shape<typeof sv> = {
  search: {
    title: "Search",
    titleFor: "Search results for “{{term}}”",
    label: "Search term",
    hint: "At least 3 characters. Search an application's title, registry number or organisation, trainings, networks and meetings.",
    submit: "Search",
    tooShort: "Enter at least 3 characters to search for.",
    summary_one: "{{count}} hit",
    summary_other: "{{count}} hits",
    none: "Nothing you have access to matches “{{term}}”.",
    noneOfKind: "No hits.",
    more_one: "{{count}} more hit is not shown. Enter a more precise term.",
    more_other: "{{count}} more hits are not shown. Enter a more precise term.",
    kinds: {
      APPLICATION: "Applications",
      TRAINING: "Trainings",
      NETWORK: "Networks",
      MEETING: "Network meetings",
    },
  },
};

export default en;
