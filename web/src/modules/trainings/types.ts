import type { RegistrationStatus, TrainingEventStatus, TrainingType } from "../../generated/graphql";

/** Every kind of training, in the order shown in selects. */
export const TRAINING_TYPES: TrainingType[] = [
  "KURSLEDARUTBILDNING",
  "BAS",
  "UPPFOLJNINGSDAG",
  "FREDA",
  "SPETS",
  "HEDERSRELATERAT_VALD",
  "BARN_SOM_UPPLEVER_VALD",
  "SEX_MOT_ERSATTNING",
  "SOSFS_2014_4",
  "OTHER",
];

export function eventStatusTone(status: TrainingEventStatus) {
  return status === "PUBLISHED" ? "positive" : status === "CANCELLED" ? "negative" : status === "DRAFT" ? "waiting" : "neutral";
}

export function registrationTone(status: RegistrationStatus) {
  return status === "CONFIRMED" ? "positive" : status === "WAITLISTED" ? "waiting" : "neutral";
}
