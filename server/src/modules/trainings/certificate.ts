import { stockholmDate } from "../../shared/dates";
import { renderPdf } from "../../shared/pdf";
import type { Organisation } from "../organisations/organisation.entity";
import type { CourseLeader, TrainingEvent, TrainingSession } from "./training.entities";

/** Intyg: a certified kursledare's certificate. */
export function renderCertificate(input: {
  leader: CourseLeader;
  org: Organisation;
  event: TrainingEvent;
  organiser: Organisation;
  sessions: TrainingSession[];
}): Promise<Buffer> {
  const { leader, org, event, organiser, sessions } = input;
  return renderPdf({ Title: `Intyg kursledare ${leader.name}`, Author: organiser.name }, (doc) => {
    doc.moveDown(4);
    doc.fontSize(26).text("Intyg", { align: "center" });
    doc.moveDown();
    doc.fontSize(14).text("Certifierad kursledare", { align: "center" });
    doc.moveDown(2);
    doc.fontSize(20).text(leader.name, { align: "center" });
    doc.fontSize(12).text(org.name, { align: "center" });
    doc.moveDown(2);
    doc
      .fontSize(12)
      .text(
        `har genomfört ${event.title}, anordnad av ${organiser.name}, ` +
          `${sessions.map((s) => stockholmDate(s.startsAt)).join(", ")}, och är certifierad att leda utbildning i grundläggande kunskaper om våld i nära relationer.`,
        { align: "center" },
      );
    doc.moveDown(3);
    doc.fontSize(11).text(`Datum: ${stockholmDate(leader.certifiedAt)}`, { align: "center" });
    doc.fontSize(9).fillColor("#444").text(`Intygsnummer ${leader.id} · utfärdat i Samverka`, { align: "center" });
  });
}
