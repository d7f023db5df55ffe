import JSZip from "jszip";
import { formatKronor, stockholmDate, stockholmDateTime } from "../../shared/dates";
import { renderLetter } from "../../shared/letter";
import { type Language, PHRASES, renderPhrase } from "../../shared/messages";
import type { AuditEntry } from "../audit/audit-entry.entity";
import type { ConsultationRequest } from "./consultation.entity";
import type { GrantApplicationVersion } from "./grant-application-version.entity";
import type { GrantApplication } from "./grant-application.entity";
import { grantApplicationMachine as machine } from "./grant-application.state-machine";
import type { GrantCall } from "./grant-call.entity";
import { callWithYear } from "./decision-letter";
import type { ApplicationContent } from "./programmes";
import type { GrantAttachment, GrantCaseEntry } from "./case-thread.entities";

/** Everything the case file of one application holds, read by the service. */
export interface CaseFileContent {
  lang: Language;
  app: GrantApplication;
  call: GrantCall;
  applicant: string;
  /** What the applicant has written now (a completion in progress may differ from the last version). */
  content: ApplicationContent;
  versions: GrantApplicationVersion[];
  consultations: (ConsultationRequest & { body: string })[];
  /** The audit rows of the application, oldest first. */
  audit: AuditEntry[];
  /** Names of the people the audit rows, versions and decision name. */
  people: Map<number, string>;
  decisionLetter: { pdf: Buffer; filename: string } | null;
  /** The case thread, oldest first, internal notes included: the case file is Socialstyrelsen's. */
  thread: GrantCaseEntry[];
  /** The attachments with their bytes (null for a removed one, whose file is gone but whose record stays). */
  attachments: (GrantAttachment & { bytes: Buffer | null })[];
  /** The programme's own stored details (requisition, NGO details, scores, follow-up items), by file name. */
  programme: Record<string, unknown>;
  compiledBy: string;
  compiledAt: Date;
}

/** One item of the confidentiality checklist, with where in the case file the search found something to check. */
export interface ConfidentialityCheck {
  key: "personalIdentityNumbers" | "health" | "protectedAddresses" | "violence" | "bankDetails" | "contactPersons";
  places: string[];
}

// Personnummer or samordningsnummer (day + 60): YYMMDD-NNNN, YYYYMMDDNNNN. Organisationsnummer have a month of 20 or more and are not matched.
const PERSONAL_IDENTITY_NUMBER = /(?<!\d)(?:19|20)?\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]|6[1-9]|[78]\d|9[01])[-+]?\d{4}(?!\d)/;
const HEALTH = /diagnos|sjukdom|sjukskriv|psykisk|psykiatri|missbruk|beroende|funktionsneds|hälsotillstånd|läkemedel|health|illness|disabilit|addiction/i;
const PROTECTED = /skyddad identitet|skyddade personuppgifter|sekretessmarker|kvarskriv|skyddat boende|skyddad adress|protected identity|sheltered housing/i;
const VIOLENCE =
  /våldsutsatt|utsatt för våld|utsatts för våld|misshandla|hedersrelaterat|våldtäkt|brottsoffer|offer för|hotad|hotades|exposed to violence|victim|assault|abused/i;
const BANK = /bankgiro|plusgiro|kontonummer|clearingnummer|iban|\bbic\b|account number/i;

/** A text of the case file and where it is: `ansokan/version-1.json › purpose`. */
interface Text {
  place: string;
  text: string;
}

function textsOf(place: string, value: unknown, out: Text[], key = ""): Text[] {
  if (value == null) return out;
  if (typeof value === "string") {
    if (value.trim()) out.push({ place: key ? `${place} › ${key}` : place, text: value });
  } else if (Array.isArray(value)) {
    value.forEach((v) => textsOf(place, v, out, key));
  } else if (typeof value === "object" && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) textsOf(place, v, out, key ? `${key}.${k}` : k);
  }
  return out;
}

/**
 * What must be checked for confidentiality before the case file is handed out. Every item is on
 * the list; the search marks where something was found. Contact persons and payment details are
 * found by their fields, the rest by words and patterns in every text.
 */
export function confidentialityChecks(files: Record<string, unknown>): ConfidentialityCheck[] {
  const texts = Object.entries(files).flatMap(([file, value]) => textsOf(file, value, []));
  const where = (test: (t: Text) => boolean) => [...new Set(texts.filter(test).map((t) => t.place))];
  // The field's own name: `content.contactName` → `contactName`.
  const field = (pattern: RegExp) => (t: Text) => pattern.test((t.place.split(" › ")[1] ?? "").split(".").pop()!);
  return [
    {
      key: "personalIdentityNumbers",
      places: where((t) => !field(/phone|Phone|paymentNumber|organisationNumber/)(t) && PERSONAL_IDENTITY_NUMBER.test(t.text)),
    },
    { key: "health", places: where((t) => HEALTH.test(t.text)) },
    { key: "protectedAddresses", places: where((t) => PROTECTED.test(t.text)) },
    { key: "violence", places: where((t) => VIOLENCE.test(t.text)) },
    { key: "bankDetails", places: where((t) => field(/paymentNumber|paymentMethod/)(t) || BANK.test(t.text)) },
    { key: "contactPersons", places: where(field(/^contact(Name|Email|Phone)$/)) },
  ];
}

const day = (d: Date | string | null | undefined) => (d == null ? "" : typeof d === "string" ? d : stockholmDate(d));

/** The application now: its record and what the applicant has written. */
function current(c: CaseFileContent) {
  const { app } = c;
  return {
    id: app.id,
    diarienummer: app.diarienummer,
    call: { id: c.call.id, title: c.call.title, programme: c.call.programme, year: c.call.year },
    applicant: c.applicant,
    status: app.status,
    title: app.title,
    requestedAmount: app.requestedAmount,
    version: app.version,
    submittedAt: app.submittedAt,
    ...c.content,
  };
}

function completions(c: CaseFileContent) {
  return c.audit
    .filter((e) => e.action === "grantApplication.requestCompletion")
    .map((e) => ({
      requestedAt: e.occurredAt,
      requestedBy: e.actorUserId == null ? null : (c.people.get(e.actorUserId) ?? null),
      message: (e.after?.completionMessage as string | undefined) ?? null,
      dueDate: (e.after?.completionDueDate as string | undefined) ?? null,
    }));
}

/** A file name safe inside the ZIP: no folders, no control characters. */
function safeName(name: string): string {
  const cleaned = [...name].map((ch) => (ch.charCodeAt(0) < 32 || '\\/:*?"<>|'.includes(ch) ? "_" : ch)).join("");
  return cleaned.replace(/^\.+/, "").slice(0, 120) || "bilaga";
}

function payments(app: GrantApplication) {
  return {
    grantedAmount: app.grantedAmount,
    paidAt: app.paidAt,
    followUpDueDate: app.followUpDueDate,
    followUpSubmittedAt: app.followUpSubmittedAt,
    followUpReport: app.followUpReport,
    usedAmount: app.usedAmount,
    repaymentAmount: app.repaymentAmount,
    repaidAt: app.repaidAt,
  };
}

function auditTrail(c: CaseFileContent) {
  return c.audit.map((e) => ({
    occurredAt: e.occurredAt,
    action: e.action,
    actor: e.actorUserId == null ? null : (c.people.get(e.actorUserId) ?? null),
    before: e.before,
    after: e.after,
  }));
}

const json = (value: unknown) => JSON.stringify(value, null, 2) + "\n";

/**
 * The case file (akt) as one ZIP: an index PDF (contents, the confidentiality checklist, the
 * history and the audit trail), every submitted version, the completions, each consultation
 * request with its opinion, the decision letter, payment and follow-up, the programme's own
 * details and the audit trail as JSON.
 */
export async function renderCaseFile(c: CaseFileContent): Promise<Buffer> {
  const { app, lang } = c;
  const t = (key: string, params?: Record<string, string | number>) => renderPhrase(key, params, lang);
  const files: Record<string, unknown> = { "ansokan/aktuell.json": current(c) };
  const describe: { file: string; what: string }[] = [{ file: "00-innehall.pdf", what: t("caseFile.file.index") }];
  describe.push({ file: "ansokan/aktuell.json", what: t("caseFile.file.current") });
  for (const v of c.versions) {
    const file = `ansokan/version-${v.version}.json`;
    files[file] = { version: v.version, submittedAt: v.submittedAt, submittedBy: c.people.get(v.submittedById) ?? null, content: v.content };
    describe.push({ file, what: t("caseFile.file.version", { version: v.version, date: day(v.submittedAt) }) });
  }
  const asked = completions(c);
  if (asked.length) {
    files["komplettering/kompletteringar.json"] = asked;
    describe.push({ file: "komplettering/kompletteringar.json", what: t("caseFile.file.completions") });
  }
  c.consultations.forEach((r, i) => {
    const file = `remiss/remiss-${i + 1}.json`;
    files[file] = {
      body: r.body,
      requestedAt: r.requestedAt,
      requestedBy: c.people.get(r.requestedById) ?? null,
      dueDate: r.dueDate,
      answeredAt: r.answeredAt,
      answeredBy: r.answeredById == null ? null : (c.people.get(r.answeredById) ?? null),
      opinion: r.opinion,
      opinionText: r.opinionText,
    };
    describe.push({ file, what: t("caseFile.file.consultation", { number: i + 1 }) });
  });
  const letterFile = c.decisionLetter ? `beslut/${c.decisionLetter.filename}` : null;
  if (letterFile) {
    describe.push({ file: "beslut/beslut.json", what: t("caseFile.file.decision") });
    files["beslut/beslut.json"] = {
      outcome: app.outcome,
      grantedAmount: app.grantedAmount,
      motivation: app.motivation,
      decidedAt: app.decidedAt,
      decidedBy: app.decidedById == null ? null : (c.people.get(app.decidedById) ?? null),
      presentedBy: app.presentedById == null ? null : (c.people.get(app.presentedById) ?? null),
    };
    describe.push({ file: letterFile, what: t("caseFile.file.decisionLetter") });
  }
  files["utbetalning-och-uppfoljning.json"] = payments(app);
  describe.push({ file: "utbetalning-och-uppfoljning.json", what: t("caseFile.file.payments") });
  if (Object.keys(c.programme).length) {
    files["program/uppgifter.json"] = c.programme;
    describe.push({ file: "program/uppgifter.json", what: t("caseFile.file.programme") });
  }
  if (c.thread.length) {
    files["arendet/meddelanden.json"] = c.thread.map((e) => ({
      at: e.createdAt,
      kind: e.kind,
      internal: e.internal,
      fromApplicant: e.fromApplicant,
      author: e.authorId == null ? null : (c.people.get(e.authorId) ?? null),
      body: e.body,
    }));
    describe.push({ file: "arendet/meddelanden.json", what: t("caseFile.file.thread") });
  }
  const attachmentFiles = c.attachments.map((a, i) => {
    const file = `bilagor/${String(i + 1).padStart(2, "0")}-${safeName(a.filename)}`;
    const uploaded = { number: i + 1, date: day(a.createdAt), person: c.people.get(a.uploadedById) ?? t("caseFile.unknownPerson") };
    if (a.removedAt) {
      const removedBy = a.removedById == null ? t("caseFile.unknownPerson") : (c.people.get(a.removedById) ?? t("caseFile.unknownPerson"));
      describe.push({ file, what: t("caseFile.file.attachmentRemoved", { ...uploaded, removedAt: day(a.removedAt), removedBy }) });
      return null;
    }
    describe.push({ file, what: t("caseFile.file.attachment", uploaded) });
    return { file, bytes: a.bytes ?? Buffer.alloc(0) };
  });
  files["granskningslogg.json"] = auditTrail(c);
  describe.push({ file: "granskningslogg.json", what: t("caseFile.file.audit") });

  const checks = confidentialityChecks(files);
  const index = await renderIndex(c, describe, checks);
  const zip = new JSZip();
  // A fixed date per entry: the same case file gives the same bytes.
  const date = c.compiledAt;
  zip.file("00-innehall.pdf", index, { date });
  for (const [file, value] of Object.entries(files)) zip.file(file, json(value), { date });
  if (letterFile) zip.file(letterFile, c.decisionLetter!.pdf, { date });
  for (const a of attachmentFiles) if (a) zip.file(a.file, a.bytes, { date });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

function renderIndex(c: CaseFileContent, contents: { file: string; what: string }[], checks: ConfidentialityCheck[]): Promise<Buffer> {
  const { app, lang } = c;
  const person = (id: number | null) =>
    id == null ? renderPhrase("caseFile.system", undefined, lang) : (c.people.get(id) ?? renderPhrase("caseFile.unknownPerson", undefined, lang));
  return renderLetter({
    lang,
    title: renderPhrase("caseFile.title", { diarienummer: app.diarienummer ?? String(app.id) }, lang),
    references: [
      { label: renderPhrase("letter.date", undefined, lang), value: stockholmDate(c.compiledAt) },
      { label: renderPhrase("letter.diarienummer", undefined, lang), value: app.diarienummer ?? "" },
    ],
    draw: (w) => {
      const { t } = w;
      w.heading(t("caseFile.heading"));
      w.field(t("letter.application"), app.title);
      w.field(t("caseFile.applicant"), c.applicant);
      w.field(t("letter.call"), callWithYear(c.call));
      w.field(t("caseFile.status"), machine.labels[app.status][lang]);
      w.field(t("caseFile.createdAt"), stockholmDateTime(c.compiledAt));
      w.field(t("caseFile.createdBy"), c.compiledBy);

      w.section(t("caseFile.contents"));
      w.paragraph(t("caseFile.contentsIntro"));
      for (const f of contents) w.paragraph(`${f.file} – ${f.what}`);
      if (!c.attachments.length) w.note(t("caseFile.noAttachments"));

      w.section(t("caseFile.checklist"));
      w.paragraph(t("caseFile.checklistIntro"));
      for (const check of checks) {
        w.doc.moveDown(0.3);
        w.doc.font("Helvetica-Bold");
        w.paragraph(`[ ] ${t(`caseFile.check.${check.key}`)}`);
        w.doc.font("Helvetica");
        w.paragraph(t(`caseFile.check.${check.key}.how`));
        w.note(check.places.length ? t("caseFile.check.found", { places: check.places.join("; ") }) : t("caseFile.check.notFound"));
      }

      w.section(t("caseFile.versions"));
      if (!c.versions.length) w.paragraph(t("caseFile.noVersions"));
      for (const v of c.versions) {
        const amount = Number((v.content as { requestedAmount?: unknown }).requestedAmount ?? 0);
        w.paragraph(
          t("caseFile.version", { version: v.version, date: stockholmDateTime(v.submittedAt), person: person(v.submittedById), amount: formatKronor(amount) }),
        );
      }

      w.section(t("caseFile.completions"));
      const asked = c.audit.filter((e) => e.action === "grantApplication.requestCompletion");
      if (!asked.length) w.paragraph(t("caseFile.noCompletions"));
      for (const e of asked) {
        w.paragraph(
          t("caseFile.completion", {
            date: stockholmDate(e.occurredAt),
            person: person(e.actorUserId),
            due: String(e.after?.completionDueDate ?? app.completionDueDate ?? ""),
            message: String(e.after?.completionMessage ?? app.completionMessage ?? ""),
          }),
        );
      }

      w.section(t("caseFile.thread"));
      if (!c.thread.length) w.paragraph(t("caseFile.noThread"));
      for (const e of c.thread) {
        w.paragraph(
          t("caseFile.threadEntry", {
            time: stockholmDateTime(e.createdAt),
            person: person(e.authorId),
            kind: t(`caseFile.entry.${e.internal ? "INTERNAL" : e.kind}`),
          }),
        );
        if (e.body) w.note(e.body);
      }

      w.section(t("caseFile.consultations"));
      if (!c.consultations.length) w.paragraph(t("caseFile.noConsultations"));
      for (const r of c.consultations) {
        w.paragraph(t("caseFile.consultation", { body: r.body, date: stockholmDate(r.requestedAt), due: r.dueDate }));
        if (r.answeredAt) {
          w.paragraph(t("caseFile.opinion", { date: stockholmDate(r.answeredAt), opinion: r.opinion ? t(`letter.opinion.${r.opinion}`) : "" }));
          if (r.opinionText) w.note(r.opinionText);
        } else {
          w.paragraph(t("caseFile.unanswered"));
        }
      }

      w.section(t("caseFile.decision"));
      if (!app.decidedAt) w.paragraph(t("caseFile.noDecision"));
      else {
        w.paragraph(
          t("caseFile.decided", {
            date: stockholmDate(app.decidedAt),
            person: app.decidedById == null ? t("letter.decidedByAllocation") : person(app.decidedById),
            outcome: t(app.outcome ? `letter.outcome.${app.outcome}` : "letter.outcome.REQUISITION"),
            amount: formatKronor(app.grantedAmount ?? 0),
          }),
        );
        if (app.motivation) w.note(app.motivation);
      }

      w.section(t("caseFile.payments"));
      w.paragraph(app.paidAt ? t("caseFile.paid", { date: stockholmDate(app.paidAt), amount: formatKronor(app.grantedAmount ?? 0) }) : t("caseFile.notPaid"));
      w.paragraph(
        app.followUpSubmittedAt
          ? t("caseFile.followUp", { date: stockholmDate(app.followUpSubmittedAt), amount: formatKronor(app.usedAmount ?? 0) })
          : t("caseFile.noFollowUp"),
      );
      if (app.repaymentAmount) w.paragraph(t("caseFile.repayment", { amount: formatKronor(app.repaymentAmount) }));
      if (app.repaidAt) w.paragraph(t("caseFile.repaid", { date: stockholmDate(app.repaidAt) }));

      w.section(t("caseFile.audit"));
      for (const e of c.audit) {
        const key = `caseFile.action.${e.action}`;
        w.paragraph(
          t("caseFile.auditEntry", {
            time: stockholmDateTime(e.occurredAt),
            action: Object.hasOwn(PHRASES, key) ? t(key) : e.action,
            person: person(e.actorUserId),
          }),
        );
      }
    },
  });
}
