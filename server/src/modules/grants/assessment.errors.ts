import { defineErrors } from "../../shared/errors";

export const AssessmentErrors = defineErrors("assessment", {
  notAssessedByReviewers: {
    code: "CONFLICT",
    sv: "Ansökningarna i utlysningen bedöms inte av bedömare med bedömningsgrunder.",
    en: "The applications of the call are not assessed by reviewers on criteria.",
  },
  notAReviewer: {
    code: "FORBIDDEN",
    sv: "Du är inte bedömare i utlysningen.",
    en: "You are not a reviewer of the call.",
  },
  disqualified: {
    code: "FORBIDDEN",
    sv: "Du har anmält jäv i ärendet och får inte ta del av bedömningen eller delta i handläggningen (förvaltningslagen 16–18 §§).",
    en: "You have declared a conflict of interest in the case and may not see its assessment or take part in handling it.",
  },
  declareFirst: {
    code: "FORBIDDEN",
    sv: "Pröva först om du är jävig i ärendet. Ansökan öppnas när du har förklarat att du inte är jävig.",
    en: "First declare whether you have a conflict of interest. The application opens once you have declared that you have none.",
  },
  notAssessable: {
    code: "CONFLICT",
    sv: "Ansökan har status {status} och bedöms inte längre.",
    en: "The application is {status} and is no longer assessed.",
  },
  tooManyCriteria: {
    code: "BAD_USER_INPUT",
    sv: "En utlysning kan ha högst {max} bedömningsgrunder.",
    en: "A call can have at most {max} criteria.",
  },
  tooManyReviewers: {
    code: "BAD_USER_INPUT",
    sv: "En utlysning kan ha högst {max} bedömare.",
    en: "A call can have at most {max} reviewers.",
  },
  criteriaFixed: {
    code: "CONFLICT",
    sv: "Bedömningsgrunderna kan inte ändras när någon ansökan har poängsatts.",
    en: "The criteria cannot be changed once an application has been scored.",
  },
  noCriteria: {
    code: "CONFLICT",
    sv: "Utlysningen har inga bedömningsgrunder ännu.",
    en: "The call has no criteria yet.",
  },
  reviewerNotEligible: {
    code: "BAD_USER_INPUT",
    sv: "Bedömare ska vara handläggare på Socialstyrelsen som bedömer ansökningar.",
    en: "Reviewers must be Socialstyrelsen officers who assess applications.",
  },
  scoredOnCriteria: {
    code: "CONFLICT",
    sv: "Ansökningarna i utlysningen poängsätts på bedömningsgrunderna av tilldelade bedömare, under Ansökningar att bedöma.",
    en: "The applications of the call are scored on its criteria by assigned reviewers, under Applications to assess.",
  },
  reviewerHasScored: {
    code: "CONFLICT",
    sv: "Bedömaren har redan poängsatt en ansökan i utlysningen och kan inte tas bort: poängen ingår i underlaget för beslutet.",
    en: "The reviewer has already scored an application of the call and cannot be removed: the scores are part of the basis for the decision.",
  },
  notAReviewerOfTheCall: {
    code: "NOT_FOUND",
    sv: "Personen är inte bedömare i utlysningen.",
    en: "The person is not a reviewer of the call.",
  },
  presenterDisqualified: {
    code: "BAD_USER_INPUT",
    sv: "Föredraganden har anmält jäv i ärendet och kan inte föredra det.",
    en: "The presenting officer has declared a conflict of interest in the case and cannot present it.",
  },
});
