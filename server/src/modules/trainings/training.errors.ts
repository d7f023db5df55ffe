import { defineErrors } from "../../shared/errors";

export const TrainingErrors = defineErrors("training", {
  eventNotFound: { code: "NOT_FOUND", sv: "Utbildningen hittades inte.", en: "The training event was not found." },
  registrationNotFound: { code: "NOT_FOUND", sv: "Anmälan hittades inte.", en: "The registration was not found." },
  notOrganiser: {
    code: "FORBIDDEN",
    sv: "Bara den länsstyrelse som anordnar utbildningen kan ändra den.",
    en: "Only the county board that organises the event can change it.",
  },
  notEligible: {
    code: "FORBIDDEN",
    sv: "{organisation} kan inte anmäla deltagare till den här utbildningen. Den är öppen för {who}.",
    en: "{organisation} cannot register for this event. It is open to {who}.",
  },
  registrationClosed: {
    code: "CONFLICT",
    sv: "Anmälan till ”{event}” stängde {deadline}.",
    en: "Registration for “{event}” closed {deadline}.",
  },
  notOpenForRegistration: {
    code: "CONFLICT",
    sv: "Utbildningen har status {status} och tar inte emot anmälningar.",
    en: "The event is {status} and does not take registrations.",
  },
  registrationsClosed: {
    code: "CONFLICT",
    sv: "Utbildningen har status {status}; anmälningarna kan inte längre ändras.",
    en: "The event is {status}; its registrations can no longer be changed.",
  },
  alreadyStarted: {
    code: "CONFLICT",
    sv: "Utbildningen har redan börjat, så anmälan kan inte längre avbokas här. Kontakta arrangören.",
    en: "The event has already started, so the registration can no longer be cancelled here. Contact the organiser.",
  },
  capacityBelowConfirmed: {
    code: "CONFLICT",
    sv: "Antalet platser kan inte bli {capacity}: {confirmed} deltagare är redan bekräftade.",
    en: "The capacity cannot be {capacity}: {confirmed} participants are already confirmed.",
  },
  full: {
    code: "CONFLICT",
    sv: "Alla {capacity} platser är tagna. Öka antalet platser först.",
    en: "All {capacity} seats are taken. Increase the capacity first.",
  },
  invalid: { code: "BAD_USER_INPUT", sv: "{reason}", en: "{reason}" },
  notCourseLeaderTraining: {
    code: "CONFLICT",
    sv: "Intyg finns bara för kursledarutbildningar.",
    en: "Certificates exist only for course-leader trainings.",
  },
  courseLeaderNotFound: { code: "NOT_FOUND", sv: "Kursledaren hittades inte.", en: "The course leader was not found." },
  linkInvalid: {
    code: "NOT_FOUND",
    sv: "Länken gäller inte. Kontrollera att du har fått med hela länken från e-postmeddelandet, eller kontakta den som anmälde dig.",
    en: "The link is not valid. Check that you have the whole link from the e-mail, or contact whoever registered you.",
  },
  tooManyLinkAttempts: {
    code: "FORBIDDEN",
    sv: "För många försök med ogiltiga länkar. Försök igen om {minutes} minuter.",
    en: "Too many attempts with links that are not valid. Try again in {minutes} minutes.",
  },
  checkInCodeUnknown: {
    code: "NOT_FOUND",
    sv: "Koden {code} finns inte. Kontrollera att den är rätt inskriven (åtta tecken, till exempel ABCD-EFGH).",
    en: "The code {code} does not exist. Check that it is typed correctly (eight characters, e.g. ABCD-EFGH).",
  },
  checkInOtherTraining: {
    code: "CONFLICT",
    sv: "Koden {code} hör till en annan utbildning: {event}. Ingen närvaro har registrerats.",
    en: "The code {code} belongs to another training: {event}. No attendance has been recorded.",
  },
  checkInNoSessionToday: {
    code: "CONFLICT",
    sv: "Utbildningen har inget tillfälle i dag ({date}). Närvaro kan bara registreras med kod samma dag som tillfället.",
    en: "The training has no session today ({date}). Attendance can be recorded by code only on the day of the session.",
  },
  checkInNotConfirmed: {
    code: "CONFLICT",
    sv: "{name} har ingen bekräftad plats (anmälan är {status}). Ingen närvaro har registrerats.",
    en: "{name} has no confirmed seat (the registration is {status}). No attendance has been recorded.",
  },
  staffMemberNotFound: { code: "NOT_FOUND", sv: "Personen finns inte i personallistan.", en: "The person is not in the staff list." },
  staffMemberDuplicate: {
    code: "CONFLICT",
    sv: "{email} finns redan i personallistan.",
    en: "{email} is already in the staff list.",
  },
  staffListFull: {
    code: "CONFLICT",
    sv: "Personallistan kan ha högst {max} personer. Ta bort några först.",
    en: "The staff list can hold at most {max} people. Remove some first.",
  },
  staffImportInvalid: {
    code: "BAD_USER_INPUT",
    sv: "Filen har fel på {count} rader. Inget har sparats; rätta filen och försök igen.",
    en: "The file has errors on {count} rows. Nothing has been saved; correct the file and try again.",
  },
  duplicateParticipant: {
    code: "CONFLICT",
    sv: "{email} är redan anmäld till den här utbildningen.",
    en: "{email} is already registered for this event.",
  },
});
