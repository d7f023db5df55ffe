import { registerEnumType } from "type-graphql";
import { StateMachine } from "../../shared/state-machine";

/**
 * A reviewer's part in one application: assigned, then a declaration of impartiality
 * (förvaltningslagen 16–18 §§) before the application opens. A reviewer who declares jäv takes no
 * further part; one who declares none scores, and may change the scores until the decision. An
 * officer may remove a reviewer from the call until the reviewer has scored (REMOVED); a declared jäv
 * stays recorded as it is.
 */
export enum ReviewStatus {
  ASSIGNED = "ASSIGNED",
  IMPARTIAL = "IMPARTIAL",
  DISQUALIFIED = "DISQUALIFIED",
  SCORED = "SCORED",
  REMOVED = "REMOVED",
}
registerEnumType(ReviewStatus, {
  name: "ReviewStatus",
  description: "En bedömares del i en ansökan",
  valuesConfig: {
    ASSIGNED: { description: "Tilldelad, har inte prövat jäv" },
    IMPARTIAL: { description: "Har förklarat sig inte jävig" },
    DISQUALIFIED: { description: "Jävig, deltar inte" },
    SCORED: { description: "Har poängsatt" },
    REMOVED: { description: "Borttagen som bedömare innan poängsättning" },
  },
});

const V = ReviewStatus;

export const reviewMachine = new StateMachine<ReviewStatus>(
  { sv: "Bedömningen", en: "The assessment" },
  {
    ASSIGNED: [V.IMPARTIAL, V.DISQUALIFIED, V.REMOVED],
    IMPARTIAL: [V.SCORED, V.REMOVED],
    DISQUALIFIED: [],
    SCORED: [V.SCORED],
    REMOVED: [],
  },
  {
    ASSIGNED: { sv: "tilldelad", en: "assigned" },
    IMPARTIAL: { sv: "inte jävig", en: "not disqualified" },
    DISQUALIFIED: { sv: "jävig", en: "disqualified" },
    SCORED: { sv: "poängsatt", en: "scored" },
    REMOVED: { sv: "borttagen", en: "removed" },
  },
);
