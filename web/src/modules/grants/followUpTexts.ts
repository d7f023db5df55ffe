/**
 * Texts of the Återrapportering section (OverdueFollowUps), shared by the Utvecklingsmedel and
 * Stimulansmedel portals: each portal's i18n.ts registers them under the `grantFollowUps` key.
 */
export const followUpTextsSv = {
  heading: "Återrapportering",
  intro: "Utbetalda medel vars återrapportering skulle ha lämnats men inte har kommit in.",
  caption_one: "{{count}} försenad återrapportering",
  caption_other: "{{count}} försenade återrapporteringar",
  organisation: "Organisation",
  diarienummer: "Diarienummer",
  granted: "Beviljat",
  dueDate: "Skulle ha lämnats",
  empty: "Inga försenade återrapporteringar.",
  remind: "Skicka påminnelser om återrapportering",
  confirmTitle: "Skicka påminnelser om återrapportering?",
  confirmBody:
    "Alla mottagare av utvecklingsmedel och stimulansmedel vars återrapportering ska lämnas inom {{days}} dagar eller redan är försenad, och som inte har lämnat den, får en påminnelse. Den som redan har påmints får ingen ny.",
  remindDone_one: "{{count}} mottagare har påmints.",
  remindDone_other: "{{count}} mottagare har påmints.",
};

export type FollowUpTexts = typeof followUpTextsSv;

export const followUpTextsEn: FollowUpTexts = {
  heading: "Follow-up reports",
  intro: "Paid funds whose follow-up report was due but has not arrived.",
  caption_one: "{{count}} overdue follow-up report",
  caption_other: "{{count}} overdue follow-up reports",
  organisation: "Organisation",
  diarienummer: "Reference number",
  granted: "Granted",
  dueDate: "Was due",
  empty: "No overdue follow-up reports.",
  remind: "Send follow-up reminders",
  confirmTitle: "Send follow-up reminders?",
  confirmBody:
    "Every recipient of development funds and stimulus funds whose follow-up report is due within {{days}} days or already overdue, and who has not filed it, is reminded. Anyone already reminded is not reminded again.",
  remindDone_one: "{{count}} recipient has been reminded.",
  remindDone_other: "{{count}} recipients have been reminded.",
};
