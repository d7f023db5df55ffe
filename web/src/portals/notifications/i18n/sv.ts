/** Swedish texts of the Aviseringar portal (the `notifications` namespace). Every key has an English counterpart in en.ts. */
const sv = {
  notifications: {
    title: "Aviseringar",
    summary_one: "{{count}} avisering, {{unread}} olästa",
    summary_other: "{{count}} aviseringar, {{unread}} olästa",
    markAll: "Markera alla som lästa",
    markedAll_one: "{{count}} avisering markerad som läst.",
    markedAll_other: "{{count}} aviseringar markerade som lästa.",
    noneUnread: "Det finns inga olästa aviseringar.",
    unread: "Oläst",
    readAt: "läst {{time}}",
    empty: "Du har inga aviseringar.",
    pagerLabel: "Sidor i listan över aviseringar",
    email: {
      heading: "E-post om aviseringar",
      legend: "Hur vill du få e-post om dina aviseringar?",
      hint: "Aviseringarna finns alltid här i Samverka. Inbjudningar och annan e-post om ditt konto skickas alltid.",
      choice: {
        IMMEDIATE: "Ett e-brev för varje avisering",
        DAILY: "En sammanfattning om dagen (från kl. 07) av det som är oläst",
        OFF: "Ingen e-post om aviseringar",
      },
      save: "Spara val",
      saved: {
        IMMEDIATE: "Sparat: du får ett e-brev för varje avisering.",
        DAILY: "Sparat: du får en sammanfattning om dagen av det som är oläst.",
        OFF: "Sparat: du får ingen e-post om aviseringar.",
      },
    },
  },
};

export default sv;
