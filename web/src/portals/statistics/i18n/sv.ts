/** Swedish texts of the Statistik page (the `statistics` namespace). Every key has an English counterpart in en.ts. */
const sv = {
  statisticsHub: {
    title: "Statistik",
    lead: "Uppföljningen finns i varje portal. Härifrån når du den statistik du har tillgång till.",
    trainings: "Utbildningar: tillfällen, deltagare, kommuner och regioner som nåtts, närvaro och efterfrågan som inte tillgodosetts.",
    trainingsLink: "Utbildningsstatistik",
    funds: "Utvecklingsmedel: de nationella tabellerna per år och mottagare, per kommungrupp och storlek, och kartan över kommunerna.",
    fundsLink: "Statistik över utvecklingsmedel",
    networks: "Nätverk: möten, representerade organisationer och deltagande per nätverk och år, på varje nätverks sida.",
    networksLink: "Nätverk",
    leaders: "Kursledare: andelen kommuner med minst en certifierad kursledare per län.",
    leadersLink: "Kursledarregistret",
  },
};

export default sv;
