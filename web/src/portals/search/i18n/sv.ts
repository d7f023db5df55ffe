/** Swedish texts of the search page (the `search` namespace). Every key has an English counterpart in en.ts. */
const sv = {
  search: {
    title: "Sök",
    titleFor: "Sökresultat för ”{{term}}”",
    label: "Sökord",
    hint: "Minst 3 tecken. Sök på ansökans titel, diarienummer eller organisation, på utbildningar, nätverk och möten.",
    submit: "Sök",
    tooShort: "Skriv minst 3 tecken att söka efter.",
    summary_one: "{{count}} träff",
    summary_other: "{{count}} träffar",
    none: "Inget som du har tillgång till matchar ”{{term}}”.",
    noneOfKind: "Inga träffar.",
    more_one: "Ytterligare {{count}} träff visas inte. Skriv ett mer precist sökord.",
    more_other: "Ytterligare {{count}} träffar visas inte. Skriv ett mer precist sökord.",
    kinds: {
      APPLICATION: "Ansökningar",
      TRAINING: "Utbildningar",
      NETWORK: "Nätverk",
      MEETING: "Nätverksmöten",
    },
  },
};

export default sv;
