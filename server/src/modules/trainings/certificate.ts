import { stockholmDate } from "../../shared/dates";
import { renderLetter } from "../../shared/letter";
import { type Language, renderPhrase } from "../../shared/messages";
import type { Organisation } from "../organisations/organisation.entity";
import type { CourseLeader, TrainingEvent, TrainingSession } from "./training.entities";

/** Intyg: a certified kursledare's certificate, on the letter template, in the reader's language. */
export function renderCertificate(input: {
  lang: Language;
  leader: CourseLeader;
  org: Organisation;
  event: TrainingEvent;
  organiser: Organisation;
  sessions: TrainingSession[];
}): Promise<Buffer> {
  const { lang, leader, org, event, organiser, sessions } = input;
  const t = (key: string) => renderPhrase(key, undefined, lang);
  return renderLetter({
    lang,
    title: `${t("letter.certificate")} ${leader.name}`,
    references: [
      { label: t("letter.date"), value: stockholmDate(leader.certifiedAt) },
      { label: t("letter.certificateNumber"), value: String(leader.id) },
    ],
    draw: (w) => {
      w.space(3);
      w.doc.fontSize(26).text(w.t("letter.certificate"), { align: "center" });
      w.space();
      w.doc.fontSize(14).text(w.t("letter.certifiedCourseLeader"), { align: "center" });
      w.space(2);
      w.doc.fontSize(20).text(leader.name, { align: "center" });
      w.doc.fontSize(12).text(org.name, { align: "center" });
      w.space(2);
      w.paragraph(
        w.t("letter.certificateText", { event: event.title, organiser: organiser.name, dates: sessions.map((s) => stockholmDate(s.startsAt)).join(", ") }),
        { align: "center" },
      );
      w.space(3);
      w.note(w.t("letter.certificateIssued"), { align: "center" });
    },
  });
}
