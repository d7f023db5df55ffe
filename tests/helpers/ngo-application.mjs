// An NGO's application for development funds (NgoApplicationInput) from the demo association: used by
// the API tests, the browser specs and the bench's data generator, each changing what it needs.

export const NGO_APPLICANT = "ansokan@kvinnojouren-goteborg.demo.samverka.se";

/** An eligible application to a round: an ideell förening active locally, paid to bankgiro 5050-1055. */
export function ngoApplicationInput(roundId, changes = {}) {
  const amount = changes.requestedAmount ?? 100_000;
  return {
    roundId,
    title: "Stödsamtal i nordöstra Göteborg",
    organisationNumber: "802000-0009",
    legalForm: "IDEELL_FORENING",
    activeLocally: true,
    paymentMethod: "BANKGIRO",
    paymentNumber: "5050-1055",
    activityArea: "VALDSUTSATTA_KVINNOR",
    description: "Stödsamtal för våldsutsatta kvinnor i nordöstra Göteborg.",
    countyCode: "14",
    supportMissing: false,
    targetGroups: "Våldsutsatta kvinnor",
    periodStart: "2021-01-01",
    periodEnd: "2021-12-31",
    requestedAmount: amount,
    budgetLines: [{ category: "Personal", amount }],
    contactName: "Kim",
    contactEmail: NGO_APPLICANT,
    ...changes,
  };
}
