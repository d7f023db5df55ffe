export declare const NGO_APPLICANT: string;

/** An eligible application to a round: an ideell förening active locally, paid to bankgiro 5050-1055. */
export declare function ngoApplicationInput(roundId: string, changes?: Record<string, unknown>): Record<string, unknown> & { requestedAmount: number };
