import { registerEnumType } from "type-graphql";
import { StateMachine } from "../../shared/state-machine";

/**
 * A reviewer's part in one application: assigned, then a declaration of impartiality
 * (förvaltningslagen 16–18 §§) before the application opens. A reviewer who declares jäv takes no
 * further part; one who declares none scores, and may change the scores until the decision.
 */
export enum ReviewStatus {
  ASSIGNED = "ASSIGNED",
  IMPARTIAL = "IMPARTIAL",
  DISQUALIFIED = "DISQUALIFIED",
  SCORED = "SCORED",
}
registerEnumType(ReviewStatus, {
  name: "ReviewStatus",
  description: "En bedömares del i en ansökan",
  valuesConfig: {
    ASSIGNED: { description: "Tilldelad, har inte prövat jäv" },
    IMPARTIAL: { description: "Har förklarat sig inte jävig" },
    DISQUALIFIED: { description: "Jävig, deltar inte" },
    SCORED: { description: "Har poängsatt" },
  },
});

const V = ReviewStatus;

export const reviewMachine = new StateMachine<ReviewStatus>(
  { sv: "Bedömningen", en: "The assessment" },
  {
    ASSIGNED: [V.IMPARTIAL, V.DISQUALIFIED],
    IMPARTIAL: [V.SCORED],
    DISQUALIFIED: [],
    SCORED: [V.SCORED],
  },
  {
    ASSIGNED: { sv: "tilldelad", en: "assigned" },
    IMPARTIAL: { sv: "inte jävig", en: "not disqualified" },
    DISQUALIFIED: { sv: "jävig", en: "disqualified" },
    SCORED: { sv: "poängsatt", en: "scored" },
  },
);
