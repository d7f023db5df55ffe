import { type Actor, can } from "../../auth/actor";
import type { Database } from "../../db/database";
import { audit } from "../../shared/audit";
import { stockholmDate } from "../../shared/dates";
import { CommonErrors } from "../../shared/errors";
import { renderPhrase } from "../../shared/messages";
import { currentLocale, type Locale } from "../../shared/request-context";
import type { CountyWorkService } from "../county-work/county-work.service";
import type { DevelopmentFundService } from "../development-funds/development-fund.service";
import type { NetworkService } from "../networks/network.service";
import type { QuestionnaireService } from "../questionnaires/questionnaire.service";
import type { TrainingService } from "../trainings/training.service";
import { ReportSubmission } from "./report-submission.entity";
import { deadlineStatus, REPORT_DEADLINES, type ReportDeadline, reportDeadlineMachine, ReportDeadlineStatus } from "./report.deadlines";
import { ReportErrors } from "./report.errors";
import type { ReportData } from "./report.model";
import { renderReportPdf } from "./report.pdf";
import { REPORT_SECTIONS, sectionContext } from "./report.sections";
import { renderReportXlsx } from "./report.workbook";

/** The services the report reads its figures from. */
export interface ReportSources {
  developmentFunds: DevelopmentFundService;
  trainings: TrainingService;
  networks: NetworkService;
  countyWork: CountyWorkService;
  questionnaires: QuestionnaireService;
}

export type ReportFormat = "pdf" | "xlsx";

/** One reporting date as the reader sees it: its status, and whether the reader may mark it submitted now. */
export interface DeadlineView extends ReportDeadline {
  title: string;
  status: ReportDeadlineStatus;
  submittedAt: Date | null;
  submittedYear: number | null;
  canSubmit: boolean;
}

/** How many years the series of the report reach back. */
const SERIES_YEARS = 5;

/** The yearly report to the government: put together from the platform's services, downloaded, and frozen when submitted. */
export class ReportService {
  constructor(
    private readonly db: Database,
    private readonly sources: ReportSources,
    private readonly demo: boolean,
  ) {}

  private assertRead(actor: Actor) {
    if (!can(actor, "report.read")) throw CommonErrors.forbidden();
  }

  private assertYear(year: number) {
    if (!Number.isInteger(year) || year < 2000 || year > 2099) throw ReportErrors.invalidYear();
  }

  /** The report's data for a year in one language: every section of the registry, in order. */
  async build(actor: Actor, year: number, lang: Locale = currentLocale()): Promise<ReportData> {
    this.assertRead(actor);
    this.assertYear(year);
    const years = Array.from({ length: SERIES_YEARS }, (_, i) => year - SERIES_YEARS + 1 + i).filter((y) => y >= 2000);
    const ctx = sectionContext({ year, years, lang, demo: this.demo, services: this.sources, db: this.db, actor });
    const sections = [];
    for (const section of REPORT_SECTIONS) sections.push(await section.build(ctx));
    return { year, locale: lang, generatedAt: new Date().toISOString(), demo: this.demo, sections };
  }

  /** The report of a year as a file, in the reader's language. */
  async download(actor: Actor, year: number, format: ReportFormat, lang: Locale = currentLocale()): Promise<{ filename: string; body: Buffer }> {
    const report = await this.build(actor, year, lang);
    return { filename: fileName(report, format, null), body: await render(report, format, null) };
  }

  /** Every reporting date of the decision, with its status today. */
  async deadlines(actor: Actor, lang: Locale = currentLocale()): Promise<DeadlineView[]> {
    this.assertRead(actor);
    const submitted = await this.db.manager.find(ReportSubmission, { select: { id: true, deadlineKey: true, year: true, submittedAt: true } });
    const today = stockholmDate();
    return REPORT_DEADLINES.map((d) => {
      const s = submitted.find((x) => x.deadlineKey === d.key) ?? null;
      const status = deadlineStatus(d, s !== null, today);
      return {
        ...d,
        title: renderPhrase(`report.deadline.${d.key}`, undefined, lang),
        status,
        submittedAt: s?.submittedAt ?? null,
        submittedYear: s?.year ?? null,
        canSubmit: this.submitRefusal(actor, d, status) === null,
      };
    });
  }

  /** Why the actor may not mark the deadline submitted now, or null. The mutation asks the same. */
  private submitRefusal(actor: Actor, d: ReportDeadline, status: ReportDeadlineStatus): Error | null {
    if (!can(actor, "report.submit")) return CommonErrors.forbidden();
    if (d.responsible !== actor.organisationKind) return ReportErrors.notOurs();
    return reportDeadlineMachine.refusal(status, ReportDeadlineStatus.SUBMITTED);
  }

  /**
   * Marks a reporting date submitted with the report of the chosen year, keeping the report's data
   * in both languages as it is now: the copy is rendered from it later and never changes. The
   * unique deadline key makes a second submission (also a concurrent one) a conflict.
   */
  async submit(actor: Actor, deadlineKey: string, year: number): Promise<DeadlineView> {
    if (!can(actor, "report.submit")) throw CommonErrors.forbidden();
    const deadline = REPORT_DEADLINES.find((d) => d.key === deadlineKey);
    if (!deadline) throw ReportErrors.deadlineNotFound();
    this.assertYear(year);
    const before = await this.db.manager.findOneBy(ReportSubmission, { deadlineKey });
    const refusal = this.submitRefusal(actor, deadline, deadlineStatus(deadline, before !== null, stockholmDate()));
    if (refusal) throw refusal;
    const snapshot = { sv: await this.build(actor, year, "sv"), en: await this.build(actor, year, "en") };
    await this.db.transaction(async (m) => {
      const taken = await m.findOneBy(ReportSubmission, { deadlineKey });
      if (taken) throw reportDeadlineMachine.refusal(ReportDeadlineStatus.SUBMITTED, ReportDeadlineStatus.SUBMITTED)!;
      const row = await m.save(
        m.create(ReportSubmission, {
          deadlineKey,
          year,
          submittedById: actor.userId,
          organisationId: actor.organisationId,
          submittedAt: new Date(),
          snapshot,
        }),
      );
      await audit(m, actor, {
        action: "report.submit",
        entityType: "ReportSubmission",
        entityId: row.id,
        before: { status: deadlineStatus(deadline, false, stockholmDate()) },
        after: { status: ReportDeadlineStatus.SUBMITTED, deadlineKey, year },
      });
    });
    return (await this.deadlines(actor)).find((d) => d.key === deadlineKey)!;
  }

  /** The frozen copy of a submitted report, rendered from the data kept when it was submitted. */
  async submittedCopy(actor: Actor, deadlineKey: string, format: ReportFormat, lang: Locale = currentLocale()): Promise<{ filename: string; body: Buffer }> {
    this.assertRead(actor);
    const row = await this.db.manager.findOneBy(ReportSubmission, { deadlineKey });
    if (!row) throw ReportErrors.notSubmitted();
    const report = row.snapshot[lang];
    return { filename: fileName(report, format, deadlineKey), body: await render(report, format, row.submittedAt) };
  }
}

function render(report: ReportData, format: ReportFormat, submittedAt: Date | null): Promise<Buffer> {
  return format === "pdf" ? renderReportPdf(report, submittedAt) : renderReportXlsx(report);
}

function fileName(report: ReportData, format: ReportFormat, deadlineKey: string | null): string {
  const base = report.locale === "en" ? "report" : "rapport";
  return `${base}-${report.year}${deadlineKey ? `-${deadlineKey}` : ""}.${format}`;
}
