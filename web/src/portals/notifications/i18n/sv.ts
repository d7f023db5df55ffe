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
  },
};

export default sv;
