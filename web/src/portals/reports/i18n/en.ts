import type { Shape } from "../../../app/i18n/shape";
import type sv from "./sv";

/** English texts of Rapporter (the `reports` namespace). */
const en: Shape<typeof sv> = {
  title: "Reports",
  lead: "The report to the government for a year: development funds, stimulus funds, funds to non-profit organisations and competence support, as PDF and Excel. The figures are read from Samverka when the report is put together.",
  yearGroup: "Choose a year",
  year: "Year",
  building: "Putting together the report for {{year}}…",
  deadlines: {
    heading: "Reporting dates",
    intro: "The dates in the government's decision S2020/01591/SOF. A submitted report is kept as it was: the copy does not change when the figures change.",
    caption: "Reporting dates and their status",
    report: "Report",
    dueDate: "Due",
    responsible: "Reported by",
    status: "Status",
    actions: "Actions",
    submit: "Mark as submitted with the report for {{year}}",
    confirmTitle: "Mark {{title}} as submitted?",
    confirmBody: "The report for {{year}} is kept as it is now and can be downloaded later. This cannot be undone.",
    submittedOn: "({{date}}, the report for {{year}})",
    submittedStatus: "{{title}} is marked as submitted with the report for {{year}}.",
    frozenPdf: "Submitted PDF: {{title}}",
    frozenXlsx: "Submitted Excel: {{title}}",
  },
  responsible: {
    SOCIALSTYRELSEN: "Socialstyrelsen",
    VARDANALYS: "Vårdanalys",
  },
  status: {
    UPCOMING: "Upcoming",
    OVERDUE: "Overdue",
    SUBMITTED: "Submitted",
  },
  report: {
    heading: "The report for {{year}}",
    demoTitle: "Demo data",
    demo: "Samverka holds demo data. The report says so on its cover, on every page and in the method notes.",
    downloadsIntro: "The PDF has a cover, contents, tables, charts, a map and method notes. The Excel file has one sheet per table.",
    pdf: "Download PDF for {{year}}",
    xlsx: "Download Excel for {{year}}",
    toc: "Contents",
    noRows: "No figures for the year.",
  },
};

export default en;
