import { formatKronor, stockholmDate } from "../../shared/dates";
import { renderLetter } from "../../shared/letter";
import { type Language, renderPhrase } from "../../shared/messages";
import { callWithYear } from "./decision-letter";
import type { GrantApplication } from "./grant-application.entity";
import type { GrantCall } from "./grant-call.entity";

/** Återkrav: Socialstyrelsen's decision, at the review of a follow-up report, that part of the funds paid is to be repaid. */
export function renderReclaimLetter(input: {
  lang: Language;
  app: GrantApplication;
  call: GrantCall;
  applicant: string;
  /** The letter's heading: a phrase key from the programme's policy. */
  heading: string;
  decidedBy: string | null;
  /** The paragraphs of the decision and its överklagandehänvisning, each written from the template the reclaim used. */
  decisionText: string[];
  appealText: string[];
}): Promise<Buffer> {
  const { lang, app, call } = input;
  const amount = formatKronor(app.reclaimAmount ?? 0);
  const due = formatKronor((app.repaymentAmount ?? 0) - (app.repaidAmount ?? 0));
  return renderLetter({
    lang,
    title: `${renderPhrase("letter.reclaim", undefined, lang)} ${app.diarienummer ?? ""}`.trim(),
    references: [
      { label: renderPhrase("letter.date", undefined, lang), value: app.reviewedAt ? stockholmDate(app.reviewedAt) : "" },
      { label: renderPhrase("letter.diarienummer", undefined, lang), value: app.diarienummer ?? "" },
    ],
    draw: (w) => {
      const { t } = w;
      w.heading(t(input.heading));
      w.field(t("letter.to"), input.applicant);
      w.field(t("letter.call"), callWithYear(call));
      w.field(t("letter.application"), app.title);
      w.section(t("letter.decision"));
      for (const p of input.decisionText) w.paragraph(p);
      w.field(t("letter.paid"), formatKronor(app.grantedAmount ?? 0));
      w.field(t("letter.used"), formatKronor(app.usedAmount ?? 0));
      w.field(t("letter.reclaimAmount"), amount);
      w.field(t("letter.totalToRepay"), due);
      w.section(t("letter.motivation"));
      w.paragraph(app.reclaimMotivation ?? "");
      w.section(t("letter.howToRepay"));
      w.paragraph(t("letter.howToRepayText", { amount: due, diarienummer: app.diarienummer ?? "" }));
      if (input.decidedBy) {
        w.section(t("letter.decisionMakers"));
        w.paragraph(t("letter.reviewedBy", { name: input.decidedBy }));
      }
      w.section(t("letter.appeal"));
      for (const p of input.appealText) w.paragraph(p);
      w.space(2);
      w.note(t("letter.validWithoutSignature"));
    },
  });
}
