import { formatKronor, stockholmDate } from "../../shared/dates";
import { renderPdf } from "../../shared/pdf";
import type { ConsultationRequest } from "./consultation.entity";
import type { GrantApplication } from "./grant-application.entity";
import type { GrantCall } from "./grant-call.entity";
import type { ApplicationContent } from "./programmes/application-content";
import { STIMULUS_PURPOSE_LABELS } from "./stimulus-purpose";

const OUTCOME: Record<string, string> = {
  APPROVED: "Ansökan beviljas",
  PARTIALLY_APPROVED: "Ansökan beviljas delvis",
  REJECTED: "Ansökan avslås",
};
const OPINION: Record<string, string> = {
  SUPPORTS: "tillstyrker ansökan",
  SUPPORTS_WITH_CHANGES: "tillstyrker ansökan med ändringar",
  DOES_NOT_SUPPORT: "avstyrker ansökan",
};

/** Beslutsbrev: Socialstyrelsen's decision on one application, as a PDF. */
export function renderDecisionLetter(input: {
  app: GrantApplication;
  /** What the applicant wrote (the period the funds are for). */
  content: ApplicationContent;
  call: GrantCall;
  applicant: string;
  consultation: ConsultationRequest | null;
  consultationBody: string | null;
  /** Decided after the consultation's due date had passed without an answer. */
  withoutOpinion: boolean;
  /** The letter's heading, from the programme's policy ("Beslut om särskilda stimulansmedel"). */
  heading: string;
}): Promise<Buffer> {
  const { app, content, call, applicant, consultation, consultationBody, withoutOpinion, heading } = input;
  return renderPdf({ Title: `Beslut ${app.diarienummer}`, Author: "Socialstyrelsen" }, (doc) => {
    doc.fontSize(10).fillColor("#444").text("Socialstyrelsen", { continued: false });
    doc.text(`Diarienummer: ${app.diarienummer}`);
    doc.text(`Datum: ${app.decidedAt ? stockholmDate(app.decidedAt) : ""}`);
    doc.moveDown(2);
    doc.fillColor("#000").fontSize(18).text(heading);
    doc.moveDown(0.5);
    doc.fontSize(11).text(`Till: ${applicant}`);
    doc.text(`Utlysning: ${call.title} (${call.year})`);
    doc.text(`Ansökan: ${app.title}`);
    if (content.purposeCategories.length) doc.text(`Ändamål: ${content.purposeCategories.map((p) => STIMULUS_PURPOSE_LABELS[p].sv).join("; ")}`);
    doc.moveDown();
    doc.fontSize(14).text("Beslut");
    doc.fontSize(11).text(`${OUTCOME[app.outcome ?? ""] ?? ""}.`);
    if (withoutOpinion) doc.text(`Beslutet har fattats utan yttrande från ${consultationBody}.`);
    doc.text(`Sökt belopp: ${formatKronor(app.requestedAmount)}`);
    doc.text(`Beviljat belopp: ${formatKronor(app.grantedAmount ?? 0)}`);
    doc.moveDown();
    doc.fontSize(14).text("Motivering");
    doc.fontSize(11).text(app.motivation ?? "");
    doc.moveDown();
    doc.fontSize(14).text("Beredning");
    if (consultation?.answeredAt) {
      doc
        .fontSize(11)
        .text(
          `Ärendet har beretts efter att synpunkter inhämtats från ${consultationBody}, som ${OPINION[consultation.opinion ?? ""] ?? "har yttrat sig"} (${stockholmDate(consultation.answeredAt)}).`,
        );
    } else if (consultation) {
      doc
        .fontSize(11)
        .text(
          `Synpunkter har begärts från ${consultationBody} med svarstid till ${consultation.dueDate}. Inget svar hade kommit in när svarstiden gått ut, och ärendet har avgjorts utan yttrande.`,
        );
    }
    if ((app.grantedAmount ?? 0) > 0) {
      doc.moveDown();
      doc.fontSize(14).text("Villkor");
      doc
        .fontSize(11)
        .text(
          `Medlen ska användas för det ändamål som anges i ansökan under perioden ${content.periodStart ?? ""}–${content.periodEnd ?? ""}. ` +
            `Återrapportering om hur medlen använts ska lämnas senast ${call.followUpDueDate}. Medel som inte används ska betalas tillbaka till Socialstyrelsen.`,
        );
    }
    doc.moveDown(2);
    doc.fontSize(9).fillColor("#444").text("Beslutet har fattats i Samverka och är giltigt utan underskrift.");
  });
}
