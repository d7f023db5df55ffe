/** Swedish texts of Rapporter (the `reports` namespace). Every key has an English counterpart in en.ts. */
const sv = {
  title: "Rapporter",
  lead: "Redovisningen till regeringen för ett år: utvecklingsmedel, stimulansmedel, medel till idéburna organisationer och kompetensstöd, som PDF och Excel. Siffrorna hämtas ur Samverka när rapporten tas fram.",
  yearGroup: "Välj år",
  year: "År",
  building: "Sammanställer rapporten för {{year}}…",
  deadlines: {
    heading: "Redovisningstillfällen",
    intro: "Datumen i regeringens beslut S2020/01591/SOF. En inlämnad rapport sparas som den var: kopian ändras inte när siffrorna ändras.",
    caption: "Redovisningstillfällen och deras status",
    report: "Redovisning",
    dueDate: "Senast",
    responsible: "Lämnas av",
    status: "Status",
    actions: "Åtgärder",
    submit: "Markera som inlämnad med rapporten för {{year}}",
    confirmTitle: "Markera {{title}} som inlämnad?",
    confirmBody: "Rapporten för {{year}} sparas som den ser ut nu och kan laddas ner senare. Det går inte att ångra.",
    submittedOn: "({{date}}, rapporten för {{year}})",
    submittedStatus: "{{title}} är markerad som inlämnad med rapporten för {{year}}.",
    frozenPdf: "Inlämnad PDF: {{title}}",
    frozenXlsx: "Inlämnad Excel: {{title}}",
  },
  responsible: {
    SOCIALSTYRELSEN: "Socialstyrelsen",
    VARDANALYS: "Vårdanalys",
  },
  status: {
    UPCOMING: "Kommande",
    OVERDUE: "Försenad",
    SUBMITTED: "Inlämnad",
  },
  report: {
    heading: "Rapporten för {{year}}",
    demoTitle: "Demodata",
    demo: "Samverka innehåller demodata. Rapporten säger det på omslaget, på varje sida och i metodavsnittet.",
    downloadsIntro: "PDF:en har omslag, innehållsförteckning, tabeller, diagram, karta och metodavsnitt. Excel-filen har ett blad per tabell.",
    pdf: "Ladda ner PDF för {{year}}",
    xlsx: "Ladda ner Excel för {{year}}",
    toc: "Innehåll",
    noRows: "Inga uppgifter för året.",
  },
};

export default sv;
