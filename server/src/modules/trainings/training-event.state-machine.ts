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
