import type { FundUseCategory, KommunFundingStatus, NgoActivityArea, NgoLegalForm } from "../../generated/graphql";
import { kronorText } from "../../app/format";

/** The categories of planned and reported use, in the order of the national report. */
export const FUND_USE_CATEGORIES: FundUseCategory[] = ["SAMORDNING", "KOMPETENSUTVECKLING", "METODER", "RUTINER", "SAMVERKAN", "OTHER"];

/** The seven activity areas an NGO applies within, in the order of the regulation. */
export const NGO_AREAS: NgoActivityArea[] = [
  "KVALITETSUTVECKLING",
  "UNIVERSELLT_FOREBYGGANDE",
  "VALDSUTSATTA_KVINNOR",
  "SARSKILT_UTSATTA_GRUPPER",
  "BARN",
  "VALDSUTOVARE",
  "PROSTITUTION_MANNISKOHANDEL",
];

/** The legal forms an NGO chooses from when it applies; the server says which of them may apply. */
export const NGO_LEGAL_FORMS: NgoLegalForm[] = ["IDEELL_FORENING", "STIFTELSE", "EKONOMISK_FORENING", "AKTIEBOLAG", "OTHER"];

/**
 * Target groups and assessment methods of the follow-up. The server stores the strings as
 * given, so the Swedish names are the values; the English UI shows a translation of each.
 */
export const TARGET_GROUPS = [
  { value: "Våldsutsatta kvinnor", key: "women" },
  { value: "Våldsutsatta män", key: "men" },
  { value: "Barn som upplever våld", key: "children" },
  { value: "Äldre", key: "elderly" },
  { value: "Personer med funktionsnedsättning", key: "disability" },
  { value: "Hbtqi-personer", key: "lgbtqi" },
  { value: "Personer med missbruk eller beroende", key: "substance" },
  { value: "Hedersrelaterat våld och förtryck", key: "honour" },
  { value: "Våldsutövare", key: "perpetrators" },
] as const;

export const KOMMUN_STATUSES: KommunFundingStatus[] = ["USED", "AWAITING_REPORT", "REPAID_ALL", "DECLINED", "NOT_REQUISITIONED"];

/** The seeded history (2014, 2016–2018) says "demodata" in the titles of its pots. */
export function isDemoRound(round: { kommunPot: { title: string } }): boolean {
  return /demodata/i.test(round.kommunPot.title);
}

/** `1 250 000`, as typed back into an amount field (grouped as the field groups what is typed). */
export const kronorInput: (value: number | null | undefined) => string = kronorText;
