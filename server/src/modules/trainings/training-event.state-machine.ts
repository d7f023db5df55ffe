import { registerEnumType } from "type-graphql";
import { StateMachine } from "../../shared/state-machine";

export enum TrainingEventStatus {
  DRAFT = "DRAFT",
  PUBLISHED = "PUBLISHED",
  COMPLETED = "COMPLETED",
  CANCELLED = "CANCELLED",
}
registerEnumType(TrainingEventStatus, { name: "TrainingEventStatus" });

const S = TrainingEventStatus;

export const trainingEventMachine = new StateMachine<TrainingEventStatus>(
  { sv: "Utbildningen", en: "The training event" },
  {
    DRAFT: [S.PUBLISHED, S.COMPLETED, S.CANCELLED],
    PUBLISHED: [S.COMPLETED, S.CANCELLED],
    COMPLETED: [],
    CANCELLED: [],
  },
  {
    DRAFT: { sv: "utkast", en: "draft" },
    PUBLISHED: { sv: "publicerad", en: "published" },
    COMPLETED: { sv: "genomförd", en: "completed" },
    CANCELLED: { sv: "inställd", en: "cancelled" },
  },
);

export enum RegistrationStatus {
  CONFIRMED = "CONFIRMED",
  WAITLISTED = "WAITLISTED",
  CANCELLED = "CANCELLED",
}
registerEnumType(RegistrationStatus, { name: "RegistrationStatus" });

export const registrationMachine = new StateMachine<RegistrationStatus>(
  { sv: "Anmälan", en: "The registration" },
  {
    CONFIRMED: [RegistrationStatus.WAITLISTED, RegistrationStatus.CANCELLED],
    WAITLISTED: [RegistrationStatus.CONFIRMED, RegistrationStatus.CANCELLED],
    CANCELLED: [],
  },
  {
    CONFIRMED: { sv: "bekräftad", en: "confirmed" },
    WAITLISTED: { sv: "på reservlistan", en: "waitlisted" },
    CANCELLED: { sv: "avbokad", en: "cancelled" },
  },
);

/** What a person may do with a training event. */
export enum TrainingEventAction {
  EDIT = "EDIT",
  PUBLISH = "PUBLISH",
  COMPLETE = "COMPLETE",
  CANCEL = "CANCEL",
  LOG_PARTICIPATION = "LOG_PARTICIPATION",
  REGISTER = "REGISTER",
}
registerEnumType(TrainingEventAction, {
  name: "TrainingEventAction",
  description: "Vad som kan göras med utbildningen: ändra, publicera, markera som genomförd, ställa in, logga deltagare, anmäla",
});

/** What a person may do with a registration. */
export enum RegistrationAction {
  CANCEL = "CANCEL",
  CONFIRM = "CONFIRM",
  WAITLIST = "WAITLIST",
  MARK_ATTENDANCE = "MARK_ATTENDANCE",
}
registerEnumType(RegistrationAction, {
  name: "RegistrationAction",
  description: "Vad som kan göras med anmälan: avboka, ge bekräftad plats, flytta till reservlistan, registrera närvaro",
});
