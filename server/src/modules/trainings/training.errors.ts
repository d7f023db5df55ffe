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
  duplicateParticipant: {
    code: "CONFLICT",
    sv: "{email} är redan anmäld till den här utbildningen.",
    en: "{email} is already registered for this event.",
  },
});
