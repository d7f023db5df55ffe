import { Field, ID, Int, ObjectType } from "type-graphql";
import type { EntityManager } from "typeorm";
import { currentLocale, type Locale } from "../../shared/request-context";
import { fill, type MessageParam, param, renderPhrase } from "../../shared/messages";
import { Organisation, OrganisationKind } from "../organisations/organisation.entity";
import { GrantApplication } from "./grant-application.entity";
import { GRANTED, GrantApplicationStatus as S } from "./grant-application.state-machine";
import { GrantCall, GrantProgramme } from "./grant-call.entity";
import { StimulusApplicationContent } from "./stimulus-application-content.entity";
import { normalisePurposes, STIMULUS_PURPOSE_LABELS, STIMULUS_PURPOSES, StimulusPurpose } from "./stimulus-purpose";

/** The money of a set of stimulus applications, in whole kronor. */
@ObjectType({ description: "Stimulus funds of a set of applications (submitted, withdrawn ones excluded), in whole kronor" })
export class StimulusFigures {
  @Field(() => Int, { description: "Applications submitted (withdrawn ones excluded)" })
  applications: number;

  @Field(() => Int, { description: "Applied for" })
  requested: number;

  @Field(() => Int, { description: "Granted by decision" })
  granted: number;

  @Field(() => Int, { description: "Paid out" })
  paid: number;

  @Field(() => Int, { description: "Used, as the follow-up reports say" })
  used: number;

  @Field(() => Int, { nullable: true, description: "Used of granted, in whole per cent (rounded); null when nothing was granted" })
  shareUsed: number | null;

  @Field(() => Int, { description: "Repaid (received)" })
  repaid: number;

  @Field(() => Int, { description: "To be repaid, not yet received" })
  repaymentDue: number;
}

@ObjectType({ description: "One organisation that applied for stimulus funds in the year, with its figures and the purposes it stated" })
export class StimulusRecipientSummary extends StimulusFigures {
  @Field(() => ID)
  organisationId: string;

  @Field()
  organisationName: string;

  @Field(() => OrganisationKind)
  organisationKind: OrganisationKind;

  @Field(() => [StimulusPurpose], { description: "Every purpose stated in its applications, in the order of the decision" })
  purposes: StimulusPurpose[];

  @Field({ description: "Some of its applications state no purpose (made before purposes were asked for)" })
  purposeNotStated: boolean;
}

@ObjectType({
  description:
    "The applications stating one purpose. An application with several purposes is counted in full under each of them, so these rows add up to more than the total when purposes overlap; the total is the summary's own",
})
export class StimulusPurposeSummary extends StimulusFigures {
  @Field(() => StimulusPurpose, { nullable: true, description: "null: applications that state no purpose (made before purposes were asked for)" })
  purpose: StimulusPurpose | null;

  @Field({ description: "The purpose in the request's language" })
  label: string;

  @Field(() => Int, { description: "Organisations granted money for this purpose" })
  recipients: number;
}

@ObjectType({
  description: "Stimulus funds of one year, as Tabell 1 of Socialstyrelsen's final report: available, recipients, granted, used, share used, repaid",
})
export class StimulusSummary {
  @Field(() => Int)
  year: number;

  @Field(() => Int, { description: "Stimulus calls of the year" })
  calls: number;

  @Field(() => Int, { description: "Available: the sum of the budgets of the year's stimulus calls" })
  available: number;

  @Field(() => Int, { description: "Organisations that applied (withdrawn applications excluded)" })
  applicants: number;

  @Field(() => Int, { description: "Organisations granted money" })
  recipients: number;

  @Field({ description: 'Who was granted money, in words and in the request\'s language: "Fem länsstyrelser och NCK"' })
  recipientsDescription: string;

  @Field(() => StimulusFigures)
  total: StimulusFigures;

  @Field(() => [StimulusRecipientSummary], { description: "Every organisation that applied, by name; one granted nothing shows 0 and is not a recipient" })
  byOrganisation: StimulusRecipientSummary[];

  @Field(() => [StimulusPurposeSummary], {
    description:
      "Per purpose, then the applications that state none. An application with several purposes counts in full under each, so the rows may add up to more than the total",
  })
  byPurpose: StimulusPurposeSummary[];
}

interface AppRow {
  organisationId: number;
  organisationName: string;
  organisationKind: OrganisationKind;
  status: S;
  requested: number;
  granted: number;
  paid: boolean;
  used: number;
  repayment: number;
  purposes: StimulusPurpose[];
}

const emptyFigures = (): StimulusFigures => ({ applications: 0, requested: 0, granted: 0, paid: 0, used: 0, shareUsed: null, repaid: 0, repaymentDue: 0 });

function add(f: StimulusFigures, a: AppRow) {
  f.applications += 1;
  f.requested += a.requested;
  f.granted += a.granted;
  if (a.paid) f.paid += a.granted;
  f.used += a.used;
  if (a.status === S.REPAID) f.repaid += a.repayment;
  if (a.status === S.REPAYMENT_DUE) f.repaymentDue += a.repayment;
}

function withShare<T extends StimulusFigures>(f: T): T {
  f.shareUsed = f.granted > 0 ? Math.round((100 * f.used) / f.granted) : null;
  return f;
}

const SWEDISH_NUMBERS = [
  "noll",
  "en",
  "två",
  "tre",
  "fyra",
  "fem",
  "sex",
  "sju",
  "åtta",
  "nio",
  "tio",
  "elva",
  "tolv",
  "tretton",
  "fjorton",
  "femton",
  "sexton",
  "sjutton",
  "arton",
  "nitton",
  "tjugo",
  "tjugoen",
];
const ENGLISH_NUMBERS = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
  "twenty-one",
];

/** A count in words (up to 21, the länsstyrelser), otherwise in digits. */
const inWords = (n: number): MessageParam => (n < SWEDISH_NUMBERS.length ? { sv: SWEDISH_NUMBERS[n], en: ENGLISH_NUMBERS[n] } : n);

/** Kinds counted ("fem länsstyrelser"); other recipients are named ("NCK"). */
const COUNTED_KINDS = [OrganisationKind.LANSSTYRELSE, OrganisationKind.REGION, OrganisationKind.KOMMUN, OrganisationKind.IDEELL_ORGANISATION];

/** The short name of a named recipient: "NCK" from "Nationellt centrum för kvinnofrid (NCK) vid …", "Barnafrid" from "Barnafrid – …". */
export function shortName(name: string): string {
  const abbreviation = /\(([^)]+)\)/.exec(name)?.[1];
  return abbreviation ?? name.split(/\s+[–-]\s+|,/)[0].trim();
}

/** "Fem länsstyrelser och NCK": counts per kind of organisation, then the others by name, in the request's language. */
export function describeRecipients(recipients: { kind: OrganisationKind; name: string }[], lang = currentLocale()): string {
  const parts: MessageParam[] = [];
  for (const kind of COUNTED_KINDS) {
    const n = recipients.filter((r) => r.kind === kind).length;
    if (n === 1) parts.push(param.phrase(`grant.recipients.${kind}.one`));
    if (n > 1) parts.push(param.phrase(`grant.recipients.${kind}.many`, { count: inWords(n) }));
  }
  const named = recipients.filter((r) => !COUNTED_KINDS.includes(r.kind)).map((r) => shortName(r.name));
  parts.push(...[...new Set(named)].sort((a, b) => a.localeCompare(b, "sv")));
  const text =
    parts.length === 0
      ? renderPhrase("grant.recipients.none", undefined, lang)
      : parts.length === 1
        ? fill("{only}", { only: parts[0] }, lang)
        : renderPhrase("grant.recipients.and", { first: param.list(parts.slice(0, -1)), last: parts[parts.length - 1] }, lang);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The year's stimulus funds in two statements, whatever the number of organisations: the calls'
 * budgets, and every submitted application (withdrawn ones excluded) with its organisation and
 * purposes, added up here.
 */
export async function stimulusSummary(m: EntityManager, year: number, lang: Locale = currentLocale()): Promise<StimulusSummary> {
  const budget = await m
    .createQueryBuilder(GrantCall, "c")
    .select("COUNT(*)", "calls")
    .addSelect("COALESCE(SUM(c.budget), 0)", "available")
    .where("c.programme = :programme AND c.year = :year", { programme: GrantProgramme.SARSKILDA_STIMULANSMEDEL, year })
    .getRawOne<{ calls: string | number; available: string | number }>();
  const raw = await m
    .createQueryBuilder(GrantApplication, "a")
    .innerJoin(GrantCall, "c", "c.id = a.callId")
    .innerJoin(Organisation, "o", "o.id = a.organisationId")
    .leftJoin(StimulusApplicationContent, "s", "s.applicationId = a.id")
    .select("a.organisationId", "organisationId")
    .addSelect("o.name", "organisationName")
    .addSelect("o.kind", "organisationKind")
    .addSelect("a.status", "status")
    .addSelect("a.requestedAmount", "requested")
    .addSelect("a.grantedAmount", "granted")
    .addSelect("a.paidAt", "paidAt")
    .addSelect("a.usedAmount", "used")
    .addSelect("a.repaymentAmount", "repayment")
    .addSelect("s.purposeCategories", "purposes")
    .where("c.programme = :programme AND c.year = :year", { programme: GrantProgramme.SARSKILDA_STIMULANSMEDEL, year })
    .andWhere("a.status NOT IN (:...excluded)", { excluded: [S.DRAFT, S.WITHDRAWN] })
    .orderBy("o.name", "ASC")
    .addOrderBy("a.id", "ASC")
    .getRawMany<Record<string, unknown>>();
  const apps: AppRow[] = raw.map((r) => {
    const status = r.status as S;
    let purposes: StimulusPurpose[] = [];
    try {
      purposes = normalisePurposes(r.purposes ? (JSON.parse(String(r.purposes)) as string[]) : []);
    } catch {
      purposes = [];
    }
    return {
      organisationId: Number(r.organisationId),
      organisationName: String(r.organisationName),
      organisationKind: r.organisationKind as OrganisationKind,
      status,
      requested: Number(r.requested ?? 0),
      granted: GRANTED.has(status) ? Number(r.granted ?? 0) : 0,
      paid: r.paidAt != null,
      used: Number(r.used ?? 0),
      repayment: Number(r.repayment ?? 0),
      purposes,
    };
  });

  const total = emptyFigures();
  const byOrg = new Map<number, StimulusRecipientSummary>();
  for (const a of apps) {
    add(total, a);
    let row = byOrg.get(a.organisationId);
    if (!row) {
      row = {
        ...emptyFigures(),
        organisationId: String(a.organisationId),
        organisationName: a.organisationName,
        organisationKind: a.organisationKind,
        purposes: [],
        purposeNotStated: false,
      };
      byOrg.set(a.organisationId, row);
    }
    add(row, a);
    row.purposes = normalisePurposes([...row.purposes, ...a.purposes]);
    if (a.purposes.length === 0) row.purposeNotStated = true;
  }
  const organisations = [...byOrg.values()].map(withShare);
  const recipients = organisations.filter((o) => o.granted > 0);

  const byPurpose: StimulusPurposeSummary[] = [...STIMULUS_PURPOSES, null].map((purpose) => {
    const of = apps.filter((a) => (purpose ? a.purposes.includes(purpose) : a.purposes.length === 0));
    const row: StimulusPurposeSummary = {
      ...emptyFigures(),
      purpose,
      label: purpose ? STIMULUS_PURPOSE_LABELS[purpose][lang] : lang === "en" ? "Not stated" : "Ej angivet",
      recipients: new Set(of.filter((a) => a.granted > 0).map((a) => a.organisationId)).size,
    };
    of.forEach((a) => add(row, a));
    return withShare(row);
  });

  return {
    year,
    calls: Number(budget?.calls ?? 0),
    available: Number(budget?.available ?? 0),
    applicants: organisations.length,
    recipients: recipients.length,
    recipientsDescription: describeRecipients(
      recipients.map((r) => ({ kind: r.organisationKind, name: r.organisationName })),
      lang,
    ),
    total: withShare(total),
    byOrganisation: organisations,
    byPurpose,
  };
}
