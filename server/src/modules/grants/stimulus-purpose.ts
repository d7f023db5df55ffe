import { registerEnumType } from "type-graphql";

/**
 * What special stimulus funds may be used for, as the government decision names it
 * (S2020/01591/SOF): an application states one or more of these, and the yearly summary counts them.
 */
export enum StimulusPurpose {
  /** Informations- och utbildningsinsatser på nationell, regional eller lokal nivå. */
  INFORMATION_AND_TRAINING = "INFORMATION_AND_TRAINING",
  /** Riktade insatser för vissa grupper. */
  TARGETED_GROUPS = "TARGETED_GROUPS",
  /** Utvecklingsarbete: pilot- och utvecklingsprojekt. */
  DEVELOPMENT = "DEVELOPMENT",
}
registerEnumType(StimulusPurpose, {
  name: "StimulusPurpose",
  description: "What special stimulus funds are for: information and training efforts, targeted efforts for certain groups, development work",
});

export const STIMULUS_PURPOSES: readonly StimulusPurpose[] = [
  StimulusPurpose.INFORMATION_AND_TRAINING,
  StimulusPurpose.TARGETED_GROUPS,
  StimulusPurpose.DEVELOPMENT,
];

export const STIMULUS_PURPOSE_LABELS: Record<StimulusPurpose, { sv: string; en: string }> = {
  INFORMATION_AND_TRAINING: {
    sv: "Informations- och utbildningsinsatser på nationell, regional eller lokal nivå",
    en: "Information and training efforts at national, regional or local level",
  },
  TARGETED_GROUPS: { sv: "Riktade insatser för vissa grupper", en: "Targeted efforts for certain groups" },
  DEVELOPMENT: { sv: "Utvecklingsarbete (pilot- och utvecklingsprojekt)", en: "Development work (pilot and development projects)" },
};

/** The stated purposes, each once, in the order of the decision; anything else is left out. */
export function normalisePurposes(values: readonly string[] | null | undefined): StimulusPurpose[] {
  const given = new Set(values ?? []);
  return STIMULUS_PURPOSES.filter((p) => given.has(p));
}
