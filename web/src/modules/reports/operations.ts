import { graphql } from "../../generated";

/** Operations of Rapporter. Every name starts with Report so it never meets another portal's. */

export const ReportDeadlineFieldsFragment = graphql(`
  fragment ReportDeadlineFields on ReportDeadlineView {
    key
    title
    dueDate
    year
    responsible
    status
    submittedAt
    submittedYear
    canSubmit
    pdfUrl
    xlsxUrl
  }
`);

export const ReportDeadlinesQuery = graphql(`
  query ReportDeadlines {
    reportDeadlines {
      ...ReportDeadlineFields
    }
  }
`);

export const ReportOverviewQuery = graphql(`
  query ReportOverview($year: Int!) {
    reportOverview(year: $year) {
      year
      demo
      pdfUrl
      xlsxUrl
      sections {
        key
        title
        tables {
          title
          columns
          rows
          note
        }
        charts
      }
    }
  }
`);

export const ReportSubmitMutation = graphql(`
  mutation ReportSubmit($deadlineKey: String!, $year: Int!) {
    submitReport(deadlineKey: $deadlineKey, year: $year) {
      ...ReportDeadlineFields
    }
  }
`);
