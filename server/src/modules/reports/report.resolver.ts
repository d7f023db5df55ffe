import { GraphQLJSON } from "graphql-scalars";
import { Arg, Ctx, Field, Int, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Actor } from "../../auth/actor";
import { type Context, CurrentActor } from "../../graphql/context";
import { currentLocale } from "../../shared/request-context";
import { OrganisationKind } from "../organisations/organisation.entity";
import { ReportDeadlineStatus } from "./report.deadlines";
import type { ReportData } from "./report.model";
import { formatCell } from "./report.pdf";

@ObjectType({ description: "A reporting date set by the government's decision, with its status" })
export class ReportDeadlineView {
  @Field({ description: "Stable key of the date, e.g. final-2023" })
  key: string;

  @Field({ description: "What is to be reported, in the request's language" })
  title: string;

  @Field({ description: "YYYY-MM-DD" })
  dueDate: string;

  @Field(() => Int, { description: "The year whose figures the report gives" })
  year: number;

  @Field(() => OrganisationKind, { description: "The agency that reports" })
  responsible: OrganisationKind;

  @Field(() => ReportDeadlineStatus)
  status: ReportDeadlineStatus;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Int, { nullable: true, description: "The year of the report that was submitted" })
  submittedYear: number | null;

  @Field({ description: "Whether the reader may mark it submitted now" })
  canSubmit: boolean;

  @Field(() => String, { nullable: true, description: "The frozen PDF, once submitted" })
  pdfUrl: string | null;

  @Field(() => String, { nullable: true, description: "The frozen workbook, once submitted" })
  xlsxUrl: string | null;
}

@ObjectType({ description: "A table of the report, its cells written as the report writes them" })
export class ReportTableView {
  @Field()
  title: string;

  @Field(() => [String])
  columns: string[];

  @Field(() => [[String]])
  rows: string[][];

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType({ description: "A section of the report: its tables and charts (the PDF's, the same specifications)" })
export class ReportSectionView {
  @Field()
  key: string;

  @Field()
  title: string;

  @Field(() => [ReportTableView])
  tables: ReportTableView[];

  @Field(() => [GraphQLJSON], { description: "Vega-Lite specifications, as the PDF draws them" })
  charts: unknown[];
}

@ObjectType({ description: "The yearly report of a year, as the web shows it, with its downloads" })
export class ReportOverview {
  @Field(() => Int)
  year: number;

  @Field({ description: "The platform holds demo data" })
  demo: boolean;

  @Field(() => [ReportSectionView])
  sections: ReportSectionView[];

  @Field()
  pdfUrl: string;

  @Field()
  xlsxUrl: string;
}

export function overviewOf(report: ReportData): ReportOverview {
  return {
    year: report.year,
    demo: report.demo,
    pdfUrl: `/api/reports/${report.year}.pdf`,
    xlsxUrl: `/api/reports/${report.year}.xlsx`,
    sections: report.sections.map((s) => ({
      key: s.key,
      title: s.title,
      tables: s.blocks.flatMap((b) =>
        b.kind === "table"
          ? [
              {
                title: b.title,
                columns: b.columns.map((c) => c.label),
                rows: b.rows.map((r) => r.map((v, i) => formatCell(v, b.columns[i].format))),
                note: b.note ?? null,
              },
            ]
          : [],
      ),
      charts: s.blocks.flatMap((b) => (b.kind === "chart" ? [b.spec] : [])),
    })),
  };
}

const withUrls = <T extends { key: string; status: ReportDeadlineStatus }>(d: T) => {
  const submitted = d.status === ReportDeadlineStatus.SUBMITTED;
  return { ...d, pdfUrl: submitted ? `/api/reports/submitted/${d.key}.pdf` : null, xlsxUrl: submitted ? `/api/reports/submitted/${d.key}.xlsx` : null };
};

@Resolver()
export class ReportResolver {
  @Query(() => ReportOverview, { description: "The yearly report to the government for a year: its sections, tables and charts" })
  async reportOverview(@Arg("year", () => Int) year: number, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return overviewOf(await ctx.services.reports.build(actor, year, currentLocale()));
  }

  @Query(() => [ReportDeadlineView], { description: "The reporting dates of the government's decision, with their status" })
  async reportDeadlines(@CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return (await ctx.services.reports.deadlines(actor)).map(withUrls);
  }

  @Mutation(() => ReportDeadlineView, { description: "Mark a reporting date submitted with the report of a year; a frozen copy is kept" })
  async submitReport(@Arg("deadlineKey") deadlineKey: string, @Arg("year", () => Int) year: number, @CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return withUrls(await ctx.services.reports.submit(actor, deadlineKey, year));
  }
}
