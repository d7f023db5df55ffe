import { formatKronor, stockholmDate } from "../../shared/dates";
import { renderLetter } from "../../shared/letter";
import { type Language, renderPhrase } from "../../shared/messages";
import type { ConsultationRequest } from "./consultation.entity";
import type { GrantApplication } from "./grant-application.entity";
import type { GrantCall } from "./grant-call.entity";
import type { ApplicationContent } from "./programmes/application-content";
import { STIMULUS_PURPOSE_LABELS } from "./stimulus-purpose";

/** The call's title, with its year only when the title does not already say it. */
export function callWithYear(call: Pick<GrantCall, "title" | "year">): string {
  return call.title.includes(String(call.year)) ? call.title : `${call.title} (${call.year})`;
}

/** Beslutsbrev: Socialstyrelsen's decision on one application or requisition, as a PDF in the reader's language. */
export function renderDecisionLetter(input: {
  lang: Language;
  app: GrantApplication;
  /** What the applicant wrote (the period the funds are for). */
  content: ApplicationContent;
  call: GrantCall;
  applicant: string;
  consultation: ConsultationRequest | null;
  consultationBody: string | null;
  /** Decided after the consultation's due date had passed without an answer. */
  withoutOpinion: boolean;
  /** The letter's heading: a phrase key from the programme's policy. */
  heading: string;
  /** Beslutande; null for a requisition granted by the allocation key. */
  decidedBy: string | null;
  /** Föredragande. */
  presentedBy: string | null;
  /** The paragraphs of the decision, its conditions and its överklagandehänvisning, each written from the template the decision used. */
  decisionText: string[];
  conditionsText: string[];
  appealText: string[];
}): Promise<Buffer> {
  const { lang, app, content, call, applicant, consultation, consultationBody, withoutOpinion } = input;
  return renderLetter({
    lang,
    title: `${renderPhrase("letter.decision", undefined, lang)} ${app.diarienummer ?? ""}`.trim(),
    references: [
      { label: renderPhrase("letter.date", undefined, lang), value: app.decidedAt ? stockholmDate(app.decidedAt) : "" },
      { label: renderPhrase("letter.diarienummer", undefined, lang), value: app.diarienummer ?? "" },
    ],
    draw: (w) => {
      const { t } = w;
      w.heading(t(input.heading));
      w.field(t("letter.to"), applicant);
      w.field(t("letter.call"), callWithYear(call));
      w.field(t("letter.application"), app.title);
      if (content.purposeCategories.length) w.field(t("letter.purposes"), content.purposeCategories.map((p) => STIMULUS_PURPOSE_LABELS[p][lang]).join("; "));
      w.section(t("letter.decision"));
      for (const p of input.decisionText) w.paragraph(p);
      if (withoutOpinion && consultationBody) w.paragraph(t("letter.withoutOpinion", { body: consultationBody }));
      if (app.requestedAmount) w.field(t("letter.requested"), formatKronor(app.requestedAmount));
      w.field(t("letter.granted"), formatKronor(app.grantedAmount ?? 0));
      if (app.motivation) {
        w.section(t("letter.motivation"));
        w.paragraph(app.motivation);
      }
      if (consultation && consultationBody) {
        w.section(t("letter.preparation"));
        w.paragraph(
          consultation.answeredAt
            ? t("letter.consulted", {
                body: consultationBody,
                opinion: consultation.opinion ? t(`letter.opinion.${consultation.opinion}`) : "",
                date: stockholmDate(consultation.answeredAt),
              })
            : t("letter.consultedUnanswered", { body: consultationBody, due: consultation.dueDate }),
        );
      }
      if ((app.grantedAmount ?? 0) > 0) {
        w.section(t("letter.conditions"));
        for (const p of input.conditionsText) w.paragraph(p);
      }
      w.section(t("letter.decisionMakers"));
      if (input.decidedBy) {
        w.paragraph(t("letter.decidedBy", { name: input.decidedBy }));
        if (input.presentedBy) w.paragraph(t("letter.presentedBy", { name: input.presentedBy }));
        const record = app.assessmentRecord;
        if (record?.participants.length) w.paragraph(t("letter.assessedBy", { names: record.participants.map((p) => p.name).join(", ") }));
      } else {
        w.paragraph(t("letter.decidedByAllocation"));
      }
      w.section(t("letter.appeal"));
      for (const p of input.appealText) w.paragraph(p);
      w.space(2);
      w.note(t("letter.validWithoutSignature"));
    },
  });
}
