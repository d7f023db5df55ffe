/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSON` scalar type represents JSON values as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSON: { input: unknown; output: unknown; }
};

export type AcceptInvitationInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** One of the signed-in person's own sessions (a browser or API client that is signed in) */
export type AccountSession = {
  __typename?: 'AccountSession';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The session of this request */
  current: Scalars['Boolean']['output'];
  /** The start of the session's stored digest: names it to endSession, opens nothing */
  id: Scalars['String']['output'];
  /** The last request, to the nearest few minutes */
  lastUsedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The browser and system, e.g. 'Firefox, Windows' */
  userAgent?: Maybe<Scalars['String']['output']>;
};

export type ActionItem = {
  __typename?: 'ActionItem';
  done: Scalars['Boolean']['output'];
  dueDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  owner: Scalars['String']['output'];
  text: Scalars['String']['output'];
};

export type ActionItemInput = {
  dueDate?: InputMaybe<Scalars['String']['input']>;
  owner: Scalars['String']['input'];
  text: Scalars['String']['input'];
};

export type AgendaItem = {
  __typename?: 'AgendaItem';
  actionItemId?: Maybe<Scalars['ID']['output']>;
  durationMinutes?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  position: Scalars['Int']['output'];
  presenter?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

export type AgendaItemInput = {
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  presenter?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** One row of the allocation key */
export type AllocationRow = {
  __typename?: 'AllocationRow';
  amount: Scalars['Int']['output'];
  organisation: Organisation;
  population?: Maybe<Scalars['Int']['output']>;
};

export type Allotment = {
  __typename?: 'Allotment';
  amount: Scalars['Int']['output'];
  declineComment?: Maybe<Scalars['String']['output']>;
  declineReason?: Maybe<DeclineReason>;
  declinedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  organisation: Organisation;
  population?: Maybe<Scalars['Int']['output']>;
};

/** Vad mottagaren kan göra med sin tilldelning just nu */
export type AllotmentAction =
  /** Avstå, med skäl */
  | 'DECLINE'
  /** Rekvirera */
  | 'REQUISITION'
  /** Ångra avståendet (och rekvirera ändå) */
  | 'WITHDRAW_DECLINE';

export type AllotmentNotice = {
  __typename?: 'AllotmentNotice';
  amount: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  population?: Maybe<Scalars['Int']['output']>;
  /** The population figures are of 31 December of this year */
  populationYear: Scalars['Int']['output'];
};

/** Inte besvarad, avstådd eller rekvirerad */
export type AllotmentStatus =
  | 'DECLINED'
  | 'OPEN'
  | 'REQUISITIONED';

export type AnswerInput = {
  /** Yes/no/don't know (YES, NO, DONT_KNOW) and single choice: the choice's code, OTHER for other */
  choice?: InputMaybe<Scalars['String']['input']>;
  /** Multiple choice: the codes, OTHER for other */
  choices?: InputMaybe<Array<Scalars['String']['input']>>;
  /** A free-text comment beside the answer */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** Matrix: the chosen column of each row */
  matrix?: InputMaybe<Array<MatrixCellInput>>;
  /** Number, or amount in whole kronor */
  number?: InputMaybe<Scalars['Int']['input']>;
  /** What "other" is */
  otherText?: InputMaybe<Scalars['String']['input']>;
  questionId: Scalars['ID']['input'];
  text?: InputMaybe<Scalars['String']['input']>;
};

/** An answer's value: the field that fits the question's type */
export type AnswerValueView = {
  __typename?: 'AnswerValueView';
  choice?: Maybe<Scalars['String']['output']>;
  choices?: Maybe<Array<Scalars['String']['output']>>;
  matrix?: Maybe<Array<MatrixCell>>;
  number?: Maybe<Scalars['Float']['output']>;
  text?: Maybe<Scalars['String']['output']>;
};

/** The decision view of an application's assessment: criteria × reviewers, and the officer's proposal */
export type ApplicationAssessment = {
  __typename?: 'ApplicationAssessment';
  applicationId: Scalars['ID']['output'];
  /** The mean of the participating reviewers' totals (what the ranking weighs) */
  averageTotal?: Maybe<Scalars['Float']['output']>;
  criteria: Array<AssessmentCriterion>;
  maxTotal: Scalars['Int']['output'];
  proposal?: Maybe<DecisionProposalView>;
  reviews: Array<ReviewerScores>;
};

export type AssessmentCriterion = {
  __typename?: 'AssessmentCriterion';
  id: Scalars['ID']['output'];
  maxPoints: Scalars['Int']['output'];
  /** The criterion's name in Swedish */
  name: Scalars['String']['output'];
  /** The criterion's name in English, when given */
  nameEn?: Maybe<Scalars['String']['output']>;
  position: Scalars['Int']['output'];
};

export type AssessmentCriterionInput = {
  maxPoints: Scalars['Int']['input'];
  /** The name in Swedish */
  name: Scalars['String']['input'];
  /** The name in English; the Swedish one is shown when left out */
  nameEn?: InputMaybe<Scalars['String']['input']>;
};

export type AssessmentParticipant = {
  __typename?: 'AssessmentParticipant';
  name: Scalars['String']['output'];
  total: Scalars['Int']['output'];
};

/** A reviewer of a call, as the officer managing it sees them */
export type AssignedReviewer = {
  __typename?: 'AssignedReviewer';
  /** The viewer may remove the reviewer from the call now (removeReviewer): until the reviewer has scored */
  canRemove: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type AttendanceInput = {
  organisationId: Scalars['ID']['input'];
  people?: Scalars['Int']['input'];
  status: AttendanceStatus;
};

export type AttendanceStatus =
  | 'ABSENT'
  | 'ATTENDED'
  | 'EXCUSED';

export type Attendee = {
  __typename?: 'Attendee';
  email?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
};

export type AttendeeInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
};

export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: Scalars['String']['output'];
  actor?: Maybe<User>;
  actorOrganisation?: Maybe<Organisation>;
  after?: Maybe<Scalars['JSON']['output']>;
  before?: Maybe<Scalars['JSON']['output']>;
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  requestId?: Maybe<Scalars['String']['output']>;
};

export type AuditEntryPage = {
  __typename?: 'AuditEntryPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<AuditEntry>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

/** A sign-in: a session, or (for two-factor sign-in) the challenge of the second step */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Bearer token for API clients; the web app uses the httpOnly cookie set alongside. Null while a second step is due. */
  token?: Maybe<Scalars['String']['output']>;
  /** Set when the password was right and a code is due: pass it to completeTwoFactorSignIn within five minutes. Grants nothing on its own. */
  twoFactorChallenge?: Maybe<Scalars['String']['output']>;
  /** The signed-in person; null while a second step is due */
  user?: Maybe<User>;
};

export type BudgetLine = {
  __typename?: 'BudgetLine';
  amount: Scalars['Int']['output'];
  category: Scalars['String']['output'];
};

export type BudgetLineInput = {
  amount: Scalars['Int']['input'];
  category: Scalars['String']['input'];
};

export type Campaign = {
  __typename?: 'Campaign';
  /** Press articles, where known */
  articles?: Maybe<Scalars['Int']['output']>;
  channels: Array<CampaignChannel>;
  countyBoard: Organisation;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Kommuner reached, where known */
  kommunerReached?: Maybe<Scalars['Int']['output']>;
  /** Methods and materials the campaign spread */
  methods: Array<Method>;
  notes: Scalars['String']['output'];
  /** People reached, where known */
  peopleReached?: Maybe<Scalars['Int']['output']>;
  periodEnd: Scalars['String']['output'];
  periodStart: Scalars['String']['output'];
  /** Readers of those articles, where known */
  readers?: Maybe<Scalars['Int']['output']>;
  scope: CampaignScope;
  title: Scalars['String']['output'];
  topic: NetworkTopic;
  year: Scalars['Int']['output'];
};

export type CampaignChannel =
  | 'EVENTS'
  | 'OTHER'
  | 'OUTDOOR'
  | 'PRESS'
  | 'PRINTED_MATERIAL'
  | 'RADIO_TV'
  | 'SOCIAL_MEDIA'
  | 'WEB';

export type CampaignInput = {
  articles?: InputMaybe<Scalars['Int']['input']>;
  channels: Array<CampaignChannel>;
  /** Omitted: a new campaign */
  id?: InputMaybe<Scalars['ID']['input']>;
  kommunerReached?: InputMaybe<Scalars['Int']['input']>;
  /** Methods and materials the campaign spread */
  methodIds?: Array<Scalars['ID']['input']>;
  notes?: Scalars['String']['input'];
  peopleReached?: InputMaybe<Scalars['Int']['input']>;
  periodEnd: Scalars['String']['input'];
  periodStart: Scalars['String']['input'];
  readers?: InputMaybe<Scalars['Int']['input']>;
  scope: CampaignScope;
  title: Scalars['String']['input'];
  topic: NetworkTopic;
};

export type CampaignPage = {
  __typename?: 'CampaignPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<Campaign>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

/** Nationell kampanj som länet spridit, eller länets egen */
export type CampaignScope =
  | 'NATIONAL'
  | 'REGIONAL';

export type CaseEntryKind =
  | 'ATTACHMENT_REMOVED'
  | 'COMPLETION_ANSWER'
  | 'COMPLETION_REQUEST'
  | 'MESSAGE';

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChoiceCount = {
  __typename?: 'ChoiceCount';
  code: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  en: Scalars['String']['output'];
  /** Of those who answered the question, 0–1 */
  share: Scalars['Float']['output'];
  sv: Scalars['String']['output'];
};

export type ChoiceInput = {
  code: Scalars['String']['input'];
  en: Scalars['String']['input'];
  sv: Scalars['String']['input'];
};

/** Yttrande: tillstyrker, tillstyrker med ändringar, avstyrker */
export type ConsultationOpinion =
  | 'DOES_NOT_SUPPORT'
  | 'SUPPORTS'
  | 'SUPPORTS_WITH_CHANGES';

export type ConsultationOpinionInput = {
  opinion: ConsultationOpinion;
  text: Scalars['String']['input'];
};

export type ConsultationRequest = {
  __typename?: 'ConsultationRequest';
  answeredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  application: GrantApplication;
  dueDate: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  opinion?: Maybe<ConsultationOpinion>;
  opinionText?: Maybe<Scalars['String']['output']>;
  /** The consulted body */
  organisation: Organisation;
  requestedAt: Scalars['DateTimeISO']['output'];
};

export type ContactInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type County = {
  __typename?: 'County';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** How many länsstyrelser did something in the year, of all länsstyrelser */
export type CountyBoardShare = {
  __typename?: 'CountyBoardShare';
  /** Counties (länskod) of those länsstyrelser */
  countyCodes: Array<Scalars['String']['output']>;
  lansstyrelser: Scalars['Int']['output'];
  /** lansstyrelser / all länsstyrelser, 0–1 */
  share: Scalars['Float']['output'];
};

export type CountyResponseRate = {
  __typename?: 'CountyResponseRate';
  countyCode: Scalars['String']['output'];
  recipients: Scalars['Int']['output'];
  /** submitted / recipients, 0–1 */
  share: Scalars['Float']['output'];
  submitted: Scalars['Int']['output'];
};

/** The county boards' own work, nationally, in a year: counts and shares only */
export type CountyWorkNational = {
  __typename?: 'CountyWorkNational';
  /** Press articles about the campaigns, where reported */
  articles: Scalars['Int']['output'];
  /** Every county with a länsstyrelse, in county-code order */
  byCounty: Array<CountyWorkOfCounty>;
  /** Campaigns started in the year */
  campaigns: Scalars['Int']['output'];
  /** Distinct kommuner visited */
  kommunerVisited: Scalars['Int']['output'];
  /** All länsstyrelser: the denominator of the shares */
  lansstyrelser: Scalars['Int']['output'];
  /** Every method spread in the year or still offered, by name */
  methods: Array<MethodShare>;
  /** Vega-Lite specification: the share of länsstyrelser per method (Figur 3) */
  methodsChart: Scalars['JSON']['output'];
  municipalityVisits: Scalars['Int']['output'];
  /** Spread at least one national campaign started in the year */
  nationalCampaigns: CountyBoardShare;
  /** Readers of those articles, where reported */
  readers: Scalars['Int']['output'];
  /** Vega-Lite specification: the share of länsstyrelser per campaign and strategy measure */
  sharesChart: Scalars['JSON']['output'];
  /** A regional strategy or action plan adopted or revised, as reported for the year */
  strategyAdopted: CountyBoardShare;
  /** A strategy or action plan of the year linked to the strategy for gender mainstreaming */
  strategyLinkedToGenderMainstreaming: CountyBoardShare;
  /** Work on a strategy or action plan started but not finished, and none adopted or revised */
  strategyStarted: CountyBoardShare;
  /** Vega-Lite specification: kommunbesök per län */
  visitsChart: Scalars['JSON']['output'];
  year: Scalars['Int']['output'];
};

/** One county board's own work in a year, in figures */
export type CountyWorkOfCounty = {
  __typename?: 'CountyWorkOfCounty';
  /** Campaigns started in the year */
  campaigns: Scalars['Int']['output'];
  countyCode: Scalars['String']['output'];
  countyName: Scalars['String']['output'];
  kommunerVisited: Scalars['Int']['output'];
  linkedToGenderMainstreaming: Scalars['Boolean']['output'];
  /** Distinct methods spread (as method spread or through a campaign) */
  methods: Scalars['Int']['output'];
  municipalityVisits: Scalars['Int']['output'];
  /** Spread at least one national campaign started in the year */
  nationalCampaign: Scalars['Boolean']['output'];
  /** The furthest status of the year's strategies and action plans: adopted or revised, started, or none */
  strategyStatus: StrategyStatus;
};

export type CourseLeader = {
  __typename?: 'CourseLeader';
  certificateUrl: Scalars['String']['output'];
  certifiedAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organisation: Organisation;
};

/** Självförsörjning av baskunskaper: kommuner of a county with at least one certified kursledare */
export type CourseLeaderCoverage = {
  __typename?: 'CourseLeaderCoverage';
  countyCode: Scalars['String']['output'];
  /** Certified kursledare of the county's kommuner */
  courseLeaders: Scalars['Int']['output'];
  /** Kursledare (kommun or region) with a confirmed seat at a follow-up day after their certification */
  courseLeadersFollowedUp: Scalars['Int']['output'];
  kommuner: Scalars['Int']['output'];
  kommunerWithCourseLeader: Scalars['Int']['output'];
  localCourseParticipants: Scalars['Int']['output'];
  /** Local basic courses run by the county's kursledare */
  localCourses: Scalars['Int']['output'];
  /** Certified kursledare of the county's region */
  regionCourseLeaders: Scalars['Int']['output'];
  /** Regioner of the county (one each) */
  regioner: Scalars['Int']['output'];
  regionerWithCourseLeader: Scalars['Int']['output'];
  share: Scalars['Float']['output'];
};

export type CourseLeaderPage = {
  __typename?: 'CourseLeaderPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<CourseLeader>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

export type CreateGrantCallInput = {
  /** Total budget in whole kronor */
  budget: Scalars['Int']['input'];
  closesAt: Scalars['DateTimeISO']['input'];
  consultationDays?: Scalars['Int']['input'];
  /** Consultation body; default Jämställdhetsmyndigheten */
  consultationOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  description?: Scalars['String']['input'];
  /** Default: länsstyrelser and national knowledge centres (NCK, Barnafrid) */
  eligibleKinds?: InputMaybe<Array<OrganisationKind>>;
  followUpDueDate: Scalars['String']['input'];
  /** Shortest consultation period: a due date is at least this many days after the request */
  minConsultationDays?: Scalars['Int']['input'];
  opensAt: Scalars['DateTimeISO']['input'];
  programme?: GrantProgramme;
  title: Scalars['String']['input'];
  /** Funds used over more than one year: the last day of use (YYYY-MM-DD), after the call's year, at most three years on */
  usableUntil?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type CreateQuestionInput = {
  allowsOther?: Scalars['Boolean']['input'];
  /** Stable over the years, e.g. NETWORK_KVINNOFRID */
  code: Scalars['String']['input'];
  /** Matrix: the rows (topics) */
  matrixRows?: Array<ChoiceInput>;
  /** Single and multiple choice: the choices; matrix: the columns */
  options?: Array<ChoiceInput>;
  prefillCode?: InputMaybe<Scalars['String']['input']>;
  textEn: Scalars['String']['input'];
  textSv: Scalars['String']['input'];
  type: QuestionType;
};

export type CriterionPoints = {
  __typename?: 'CriterionPoints';
  criterionId: Scalars['ID']['output'];
  points: Scalars['Int']['output'];
};

export type CriterionPointsInput = {
  criterionId: Scalars['ID']['input'];
  points: Scalars['Int']['input'];
};

/** Who took part in the assessment, recorded with the decision */
export type DecisionAssessmentRecord = {
  __typename?: 'DecisionAssessmentRecord';
  /** Reviewers who declared jäv and took no part */
  disqualified: Array<Scalars['String']['output']>;
  /** Nobody who declared jäv scored, presented or decided */
  noneDisqualifiedTookPart: Scalars['Boolean']['output'];
  /** Reviewers who declared no jäv and scored */
  participants: Array<AssessmentParticipant>;
};

export type DecisionInput = {
  /** Required when partially approved; approved grants the requested amount; rejected grants 0 */
  grantedAmount?: InputMaybe<Scalars['Int']['input']>;
  motivation: Scalars['String']['input'];
  outcome: DecisionOutcome;
  /** Föredragande: the officer who prepared and presented the case; the decision maker when left out */
  presentedById?: InputMaybe<Scalars['ID']['input']>;
  /** Why money is granted past a higher-ranked application that is undecided or rejected; required then (decisionNeedsRankingReason) */
  rankingDeviationReason?: InputMaybe<Scalars['String']['input']>;
};

/** Beslut: beviljad, delvis beviljad, avslag */
export type DecisionOutcome =
  | 'APPROVED'
  | 'PARTIALLY_APPROVED'
  | 'REJECTED';

export type DecisionProposalInput = {
  amount?: InputMaybe<Scalars['Int']['input']>;
  motivation: Scalars['String']['input'];
  outcome: DecisionOutcome;
};

/** Förslag till beslut, with who proposed it */
export type DecisionProposalView = {
  __typename?: 'DecisionProposalView';
  amount?: Maybe<Scalars['Int']['output']>;
  motivation: Scalars['String']['output'];
  /** APPROVED, PARTIALLY_APPROVED or REJECTED */
  outcome: Scalars['String']['output'];
  proposedAt: Scalars['DateTimeISO']['output'];
  proposedByName: Scalars['String']['output'];
};

/** Avstå: the kommun or region will not requisition its allotment */
export type DeclineAllotmentInput = {
  /** Required when the reason is OTHER */
  comment?: Scalars['String']['input'];
  reason: DeclineReason;
  roundId: Scalars['ID']['input'];
};

/** Varför kommunen eller regionen avstår: för litet belopp, saknar kapacitet, samarbete med annan kommun, annat */
export type DeclineReason =
  | 'AMOUNT_TOO_SMALL'
  | 'JOINT_WITH_OTHER_KOMMUN'
  | 'NO_CAPACITY'
  | 'OTHER';

/** How many kommuner declined for a reason */
export type DeclineReasonCount = {
  __typename?: 'DeclineReasonCount';
  count: Scalars['Int']['output'];
  reason: DeclineReason;
};

/** The round's follow-up form (a questionnaire), for one recipient */
export type DevelopmentFundFollowUpForm = {
  __typename?: 'DevelopmentFundFollowUpForm';
  questionnaireId: Scalars['ID']['output'];
  questions: Array<FollowUpFormQuestion>;
};

export type DevelopmentFundFollowUpInput = {
  /** Coded answers to the round's follow-up form */
  answers?: Array<AnswerInput>;
  applicationId: Scalars['ID']['input'];
  /** Older: methods as text; prefer the form's coded answer */
  assessmentMethods?: Array<Scalars['String']['input']>;
  coordinatorPlacement?: InputMaybe<Scalars['String']['input']>;
  report: Scalars['String']['input'];
  /** Older: groups as text; prefer the form's coded answer */
  targetGroups?: Array<Scalars['String']['input']>;
  usedAmount: Scalars['Int']['input'];
  /** Older: use per category; prefer the form's amounts per area */
  usedByCategory?: Array<FundUseInput>;
};

export type DevelopmentFundRound = {
  __typename?: 'DevelopmentFundRound';
  allocationPublishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the viewer may do with the round now */
  availableActions: Array<DevelopmentFundRoundAction>;
  closesAt: Scalars['DateTimeISO']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  floorAmount: Scalars['Int']['output'];
  followUpDueDate: Scalars['String']['output'];
  followUpQuestionnaireId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  isOpen: Scalars['Boolean']['output'];
  kommunPot: GrantCall;
  ngoPot: GrantCall;
  noticePublishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  opensAt: Scalars['DateTimeISO']['output'];
  phase: DevelopmentFundRoundPhase;
  redistributedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  regionPot: GrantCall;
  /** The last day the round's funds may be used (YYYY-MM-DD) when longer than its year */
  usableUntil?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type DevelopmentFundRoundAction =
  /** Publicera fördelningen */
  | 'PUBLISH_ALLOCATION'
  /** Publicera förhandsbesked */
  | 'PUBLISH_NOTICE';

export type DevelopmentFundRoundPhase =
  | 'CLOSED'
  | 'NOTICE_PUBLISHED'
  | 'PREPARING'
  | 'PUBLISHED'
  | 'REDISTRIBUTED';

/** E-post om aviseringar: en per avisering, en daglig sammanfattning, eller ingen */
export type EmailFrequency =
  /** En sammanfattning om dagen (från kl. 07 svensk tid) av det som är oläst */
  | 'DAILY'
  /** Ett e-brev per avisering */
  | 'IMMEDIATE'
  /** Inga e-brev om aviseringar; de finns i Samverka */
  | 'OFF';

export type ErasePersonalDataInput = {
  email: Scalars['String']['input'];
  /** Why the data is erased (recorded in the audit log) */
  reason: Scalars['String']['input'];
};

/** One coded answer of a follow-up, with the comment beside it */
export type FollowUpAnswer = {
  __typename?: 'FollowUpAnswer';
  code: Scalars['String']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  /** Read from a follow-up sent in before the form was coded */
  older: Scalars['Boolean']['output'];
  otherText?: Maybe<Scalars['String']['output']>;
  /** The answer as words, in English */
  shownEn: Scalars['String']['output'];
  /** The answer as words, in Swedish */
  shownSv: Scalars['String']['output'];
  textEn: Scalars['String']['output'];
  textSv: Scalars['String']['output'];
  value?: Maybe<AnswerValueView>;
};

/** One code of a follow-up table: how many answered it, in all and per group */
export type FollowUpCodeRow = {
  __typename?: 'FollowUpCodeRow';
  /** Kronor, for the areas of use */
  amount?: Maybe<Scalars['Int']['output']>;
  /** The count per group, in the order of the groups */
  byGroup: Array<Scalars['Int']['output']>;
  code: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  en: Scalars['String']['output'];
  sv: Scalars['String']['output'];
};

/** A question of the follow-up form as this recipient is asked it */
export type FollowUpFormQuestion = {
  __typename?: 'FollowUpFormQuestion';
  /** An amount per area: the amounts add up to the used amount */
  areaAmount: Scalars['Boolean']['output'];
  question: Question;
  /** A core question of the national follow-up; answering it is required */
  required: Scalars['Boolean']['output'];
  section?: Maybe<Scalars['String']['output']>;
};

/** A column of the follow-up tables: an SKR kommungrupp or a size band */
export type FollowUpGroupColumn = {
  __typename?: 'FollowUpGroupColumn';
  key: Scalars['String']['output'];
  label: Scalars['String']['output'];
  /** Kommuner of the group with a coded follow-up */
  reported: Scalars['Int']['output'];
};

export type FollowUpInput = {
  /** What was done with the money */
  report: Scalars['String']['input'];
  usedAmount: Scalars['Int']['input'];
};

/** Granskningen av en återrapportering */
export type FollowUpReviewStatus =
  /** Godkänd */
  | 'APPROVED'
  /** Väntar på granskning */
  | 'AWAITING_REVIEW'
  /** Komplettering begärd */
  | 'COMPLETION_REQUESTED'
  /** Återkrav beslutat */
  | 'RECLAIMED';

/** Tabell 3, 4, 5 or the areas of use (Figur 2), from the coded follow-ups */
export type FollowUpTable = {
  __typename?: 'FollowUpTable';
  /** Vega-Lite specification: the number of organisations per code */
  chart: Scalars['JSON']['output'];
  id: Scalars['String']['output'];
  /** Organisations counted (n) */
  reported: Scalars['Int']['output'];
  rows: Array<FollowUpCodeRow>;
  titleEn: Scalars['String']['output'];
  titleSv: Scalars['String']['output'];
};

/** The follow-up of development funds as the national report tabulates it */
export type FollowUpTables = {
  __typename?: 'FollowUpTables';
  /** Figur 2: what the kommuner used the funds for, with the amounts */
  areas: FollowUpTable;
  /** Tabell 5 and Figur 3: the standardised methods used */
  assessmentMethods: FollowUpTable;
  /** Kommuner that financed the coordinator with development funds */
  coordinatorFunded: Scalars['Int']['output'];
  groupBy: Scalars['String']['output'];
  groups: Array<FollowUpGroupColumn>;
  /** The NGOs' seven activity areas, with the amounts */
  ngoAreas: FollowUpTable;
  /** Tabell 3: where the coordinating function is placed */
  placement: FollowUpTable;
  /** Kommuner with a coded follow-up */
  reported: Scalars['Int']['output'];
  /** Tabell 4: the vulnerable groups reached */
  targetGroups: FollowUpTable;
  year: Scalars['Int']['output'];
};

export type FundFollowUpDetails = {
  __typename?: 'FundFollowUpDetails';
  /** FREDA, SARA, PATRIARK, … */
  assessmentMethods: Array<Scalars['String']['output']>;
  /** Where the coordinating function is placed */
  coordinatorPlacement?: Maybe<Scalars['String']['output']>;
  targetGroups: Array<Scalars['String']['output']>;
  usedByCategory: Array<FundUseLine>;
};

/** Samordning, kompetensutveckling, metoder (t.ex. FREDA), rutiner, samverkan, annat */
export type FundUseCategory =
  | 'KOMPETENSUTVECKLING'
  | 'METODER'
  | 'OTHER'
  | 'RUTINER'
  | 'SAMORDNING'
  | 'SAMVERKAN';

export type FundUseInput = {
  amount: Scalars['Int']['input'];
  category: FundUseCategory;
};

export type FundUseLine = {
  __typename?: 'FundUseLine';
  amount: Scalars['Int']['output'];
  category: FundUseCategory;
};

/** Tabell 10 (SKR kommungrupp), Tabell 9 (size band) or per county */
export type FundingGroupBy =
  | 'COUNTY'
  | 'KOMMUNGRUPP'
  | 'SIZE_BAND';

/** Tabell 9 / 10: share of kommuner that used funds, per group */
export type FundingGroupRow = {
  __typename?: 'FundingGroupRow';
  key: Scalars['String']['output'];
  kommuner: Scalars['Int']['output'];
  label: Scalars['String']['output'];
  shareUsed: Scalars['Float']['output'];
  used: Scalars['Int']['output'];
};

/** Tabell 1, 2, 6, 7: one recipient kind's pot in a year */
export type FundingKindRow = {
  __typename?: 'FundingKindRow';
  /** Tillgängliga medel (kr) */
  available: Scalars['Int']['output'];
  /** Follow-up reports that wait for review or for a completion */
  awaitingReview: Scalars['Int']['output'];
  /** Organisations granted money */
  granted: Scalars['Int']['output'];
  /** Rekvirerat / beviljat (kr) */
  grantedAmount: Scalars['Int']['output'];
  kind: OrganisationKind;
  /** Organisations that requisitioned or applied */
  participants: Scalars['Int']['output'];
  /** Återkrävt (kr): reclaimed at the review of the follow-up reports */
  reclaimed: Scalars['Int']['output'];
  /** Återbetalt (kr): the unused funds to repay or repaid */
  repaid: Scalars['Int']['output'];
  shareUsed?: Maybe<Scalars['Float']['output']>;
  /** Använda medel (kr), as reported */
  used: Scalars['Int']['output'];
  /** Used so far (kr) by the partial reports of funds used over more than one year whose final report is not in; not in `used` */
  usedSoFar: Scalars['Int']['output'];
};

export type FundingStatistics = {
  __typename?: 'FundingStatistics';
  byRecipientKind: Array<FundingKindRow>;
  countyCode?: Maybe<Scalars['String']['output']>;
  groupBy: FundingGroupBy;
  groups: Array<FundingGroupRow>;
  kommunUsage: KommunUsage;
  kommuner: Array<KommunFundingRow>;
  /** Size bands (Tabell 9) use the population on 31 December of this year */
  populationYear: Scalars['Int']['output'];
  /** All kommuner together (Totalt) */
  total: FundingGroupRow;
  /** Får användas till och med: the round's funds are used over more than one year */
  usableUntil?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

export type GrantApplication = {
  __typename?: 'GrantApplication';
  /** What the signed-in user can do with the application now; the mutations allow exactly these */
  availableActions: Array<GrantApplicationAction>;
  budgetLines: Array<BudgetLine>;
  call: GrantCall;
  /** Where to download the case file (akt, ZIP) to hand out under offentlighetsprincipen; null for those who may not compile it */
  caseFileUrl?: Maybe<Scalars['String']['output']>;
  completionDueDate?: Maybe<Scalars['String']['output']>;
  completionMessage?: Maybe<Scalars['String']['output']>;
  /** Remisser and their answers */
  consultations: Array<ConsultationRequest>;
  contactEmail: Scalars['String']['output'];
  contactName: Scalars['String']['output'];
  contactPhone?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** In consultation, unanswered past its due date: a decision now is made without an opinion */
  decidableWithoutOpinion: Scalars['Boolean']['output'];
  /** In consultation and unanswered: the first day a decision without an opinion may be made, YYYY-MM-DD */
  decidableWithoutOpinionFrom?: Maybe<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Decided after the consultation's due date had passed without an answer */
  decidedWithoutOpinion: Scalars['Boolean']['output'];
  /** Who took part in the assessment, recorded with the decision */
  decisionAssessment?: Maybe<DecisionAssessmentRecord>;
  /** Where to download the decision letter (PDF), once decided */
  decisionLetterUrl?: Maybe<Scalars['String']['output']>;
  /** Granting money now would pass over a higher-ranked application of the call that is undecided or rejected, so the decision needs rankingDeviationReason */
  decisionNeedsRankingReason: Scalars['Boolean']['output'];
  diarienummer?: Maybe<Scalars['String']['output']>;
  /** The coded follow-up (the form's answers, or the older items read as codes) */
  followUpAnswers: Array<FollowUpAnswer>;
  /** When the follow-up report is due (YYYY-MM-DD), set at the decision; always after the funded period */
  followUpDueDate?: Maybe<Scalars['String']['output']>;
  followUpReport?: Maybe<Scalars['String']['output']>;
  /** Socialstyrelsen's review of the follow-up report */
  followUpReview?: Maybe<FollowUpReviewStatus>;
  followUpSubmittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Older: the follow-up items as sent in before the form was coded */
  fundFollowUp?: Maybe<FundFollowUpDetails>;
  grantedAmount?: Maybe<Scalars['Int']['output']>;
  /** The signed-in user takes part in the case thread (Ärendet / Meddelanden): the applicant organisation or Socialstyrelsen's officers */
  hasCaseThread: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** Members of a joint requisition and whether they have confirmed */
  jointMembers: Array<JointRequisitionMember>;
  motivation?: Maybe<Scalars['String']['output']>;
  ngoDetails?: Maybe<NgoApplicationDetails>;
  organisation: Organisation;
  outcome?: Maybe<DecisionOutcome>;
  paidAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Funds used over more than one year: the partial report (delrapport) of each year of the period but the last, due or filed; empty otherwise */
  partialReports: Array<PartialReport>;
  /** When the payment was included in a payment file for the finance system (exported once) */
  paymentExportedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  periodEnd?: Maybe<Scalars['String']['output']>;
  periodStart?: Maybe<Scalars['String']['output']>;
  plannedActivities: Scalars['String']['output'];
  /** Whom the decision may name as föredragande (presenting officer): the decider's organisation's officers; empty for those who may not decide */
  presentingOfficers: Array<User>;
  purpose: Scalars['String']['output'];
  /** Stimulus funds: what the funds are for; empty where not stated */
  purposeCategories: Array<StimulusPurpose>;
  /** Why money was granted past a higher-ranked application that was undecided or rejected */
  rankingDeviationReason?: Maybe<Scalars['String']['output']>;
  reclaimAmount?: Maybe<Scalars['Int']['output']>;
  reclaimMotivation?: Maybe<Scalars['String']['output']>;
  repaidAmount?: Maybe<Scalars['Int']['output']>;
  repaidAt?: Maybe<Scalars['DateTimeISO']['output']>;
  repaymentAmount?: Maybe<Scalars['Int']['output']>;
  requestedAmount: Scalars['Int']['output'];
  /** Rekvisition details, for development-fund requisitions */
  requisition?: Maybe<Requisition>;
  /** When the completed follow-up report is due (YYYY-MM-DD) */
  reviewDueDate?: Maybe<Scalars['String']['output']>;
  reviewMessage?: Maybe<Scalars['String']['output']>;
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: GrantApplicationStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  targetGroups: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  usedAmount?: Maybe<Scalars['Int']['output']>;
  /** Used so far by the partial reports, before the final report; null without partial reports */
  usedSoFar?: Maybe<Scalars['Int']['output']>;
  version: Scalars['Int']['output'];
  /** Every submitted version, oldest first */
  versions: Array<GrantApplicationVersion>;
};

/** Vad som kan göras med en ansökan eller rekvisition just nu */
export type GrantApplicationAction =
  /** Godkänna återrapporteringen vid granskningen */
  | 'APPROVE_FOLLOW_UP'
  /** Bekräfta gemensam rekvisition */
  | 'CONFIRM_JOINT'
  /** Fatta beslut */
  | 'DECIDE'
  /** Ändra innehållet */
  | 'EDIT'
  /** Markera som utbetald */
  | 'MARK_PAID'
  /** Markera återbetalning som mottagen */
  | 'MARK_REPAID'
  /** Besluta om återkrav */
  | 'RECLAIM'
  /** Påminna den sökande om en begärd komplettering */
  | 'REMIND_COMPLETION'
  /** Begära komplettering */
  | 'REQUEST_COMPLETION'
  /** Skicka på remiss */
  | 'REQUEST_CONSULTATION'
  /** Begära komplettering av återrapporteringen */
  | 'REQUEST_FOLLOW_UP_COMPLETION'
  /** Poängsätta en ideell organisations ansökan */
  | 'SCORE'
  /** Skicka in (eller skicka in kompletteringen) */
  | 'SUBMIT'
  /** Lämna återrapportering (slutrapporten, när medlen används över flera år) */
  | 'SUBMIT_FOLLOW_UP'
  /** Lämna remissvar */
  | 'SUBMIT_OPINION'
  /** Lämna delrapport för ett år av perioden (medel som används över flera år) */
  | 'SUBMIT_PARTIAL_REPORT'
  /** Återkalla */
  | 'WITHDRAW';

export type GrantApplicationPage = {
  __typename?: 'GrantApplicationPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<GrantApplication>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

export type GrantApplicationStatus =
  | 'APPROVED'
  | 'AWAITING_CONFIRMATION'
  | 'COMPLETION_REQUESTED'
  | 'CONSULTED'
  | 'DRAFT'
  | 'FOLLOW_UP_COMPLETION'
  | 'IN_CONSULTATION'
  | 'PAID'
  | 'PARTIALLY_APPROVED'
  | 'REJECTED'
  | 'REPAID'
  | 'REPAYMENT_DUE'
  | 'REPORTED'
  | 'REQUISITIONED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type GrantApplicationVersion = {
  __typename?: 'GrantApplicationVersion';
  content: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  submittedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

export type GrantAttachment = {
  __typename?: 'GrantAttachment';
  /** The signed-in user may remove it now */
  canRemove: Scalars['Boolean']['output'];
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  filename: Scalars['String']['output'];
  fromApplicant: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** When it was removed: the file is gone, the record stays in the case file */
  removedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  size: Scalars['Int']['output'];
  uploadedByName?: Maybe<Scalars['String']['output']>;
  /** Where to download it */
  url: Scalars['String']['output'];
};

export type GrantCall = {
  __typename?: 'GrantCall';
  /** The call's applications are scored on its criteria by assigned reviewers, who first declare jäv */
  assessedByReviewers: Scalars['Boolean']['output'];
  assessmentCriteria: Array<AssessmentCriterion>;
  /** What the signed-in user can do with the call now; saving a new application asks the same rule */
  availableActions: Array<GrantCallAction>;
  budget: Scalars['Int']['output'];
  closesAt: Scalars['DateTimeISO']['output'];
  consultationDays: Scalars['Int']['output'];
  /** Remissinstans */
  consultationOrganisation?: Maybe<Organisation>;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  /** The earliest due date a consultation requested today may have (today plus the shortest consultation period), YYYY-MM-DD */
  earliestConsultationDueDate: Scalars['String']['output'];
  eligibleKinds: Array<OrganisationKind>;
  /** Officers who may be assigned as reviewers */
  eligibleReviewers: Array<Reviewer>;
  followUpDueDate: Scalars['String']['output'];
  /** Applications granted money */
  grantedCount: Scalars['Int']['output'];
  grantedTotal: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Applications can be submitted now */
  isOpen: Scalars['Boolean']['output'];
  minConsultationDays: Scalars['Int']['output'];
  mode: GrantCallMode;
  opensAt: Scalars['DateTimeISO']['output'];
  /** A partial report (delrapport) of the call answers the programme's follow-up form; otherwise it is the year's amount and a text */
  partialReportsCoded: Scalars['Boolean']['output'];
  programme: GrantProgramme;
  /** Budget not yet granted */
  remaining: Scalars['Int']['output'];
  /** Sum requested by submitted applications (withdrawn ones excluded) */
  requestedTotal: Scalars['Int']['output'];
  requiresConsultation: Scalars['Boolean']['output'];
  reviewers: Array<AssignedReviewer>;
  roundId?: Maybe<Scalars['ID']['output']>;
  statusCounts: Array<GrantStatusCount>;
  title: Scalars['String']['output'];
  /** The last day the funds may be used (YYYY-MM-DD) when longer than the call's year */
  usableUntil?: Maybe<Scalars['String']['output']>;
  year: Scalars['Int']['output'];
};

/** Vad som kan göras med en utlysning just nu */
export type GrantCallAction =
  /** Börja en ansökan (utlysningen har inte stängt och organisationen får söka) */
  | 'APPLY';

export type GrantCallMode =
  | 'APPLICATION'
  | 'REQUISITION';

export type GrantCaseEntry = {
  __typename?: 'GrantCaseEntry';
  /** Who wrote it (null for the system) */
  authorName?: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Written by the applicant organisation (otherwise by Socialstyrelsen) */
  fromApplicant: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** An internal note of Socialstyrelsen, never shown to the applicant */
  internal: Scalars['Boolean']['output'];
  kind: CaseEntryKind;
  /** What the entry says, in the reader's language: the message, or for a removed attachment who removed which file */
  text: Scalars['String']['output'];
};

export type GrantCaseEntryPage = {
  __typename?: 'GrantCaseEntryPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<GrantCaseEntry>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

/** The case thread of an application or requisition, as the signed-in user may see it */
export type GrantCaseThread = {
  __typename?: 'GrantCaseThread';
  applicationId: Scalars['ID']['output'];
  /** The largest attachment, in bytes */
  attachmentMaxBytes: Scalars['Int']['output'];
  /** The application's attachments, oldest first */
  attachments: Array<GrantAttachment>;
  /** The most attachments an application carries */
  attachmentsMax: Scalars['Int']['output'];
  /** The signed-in user may write a message now (the application has been submitted) */
  canWrite: Scalars['Boolean']['output'];
  /** The signed-in user writes for Socialstyrelsen and may write internal notes */
  canWriteInternal: Scalars['Boolean']['output'];
  /** The entries, newest first, a page at a time; internal notes only for Socialstyrelsen */
  entries: GrantCaseEntryPage;
  /** The longest message, in characters */
  messageMaxLength: Scalars['Int']['output'];
};


/** The case thread of an application or requisition, as the signed-in user may see it */
export type GrantCaseThreadEntriesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

export type GrantProgramme =
  | 'SARSKILDA_STIMULANSMEDEL'
  | 'UTVECKLINGSMEDEL';

/** How many submitted applications of a call are in a status */
export type GrantStatusCount = {
  __typename?: 'GrantStatusCount';
  count: Scalars['Int']['output'];
  status: GrantApplicationStatus;
};

/** A first sign-in through the organisation's identity provider waiting for approval */
export type IdentityLinkRequest = {
  __typename?: 'IdentityLinkRequest';
  /** The e-mail address the provider gave */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The name the provider gave */
  name?: Maybe<Scalars['String']['output']>;
  /** When the person last tried to sign in */
  requestedAt: Scalars['DateTimeISO']['output'];
  status: IdentityLinkStatus;
};

/** A first sign-in waiting for the organisation administrator, approved, or rejected */
export type IdentityLinkStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

/** An organisation's single sign-on through OpenID Connect */
export type IdentityProviderInput = {
  clientId: Scalars['String']['input'];
  /** Required the first time; left out, the stored secret is kept. Never shown again. */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** The issuer, e.g. https://login.example.se; its discovery document must name the same issuer */
  issuer: Scalars['String']['input'];
  /** The claim matched with users' e-mail addresses; email when left out */
  matchClaim?: InputMaybe<Scalars['String']['input']>;
  organisationId: Scalars['ID']['input'];
  /** Refuse password sign-in of the organisation's people (platform administrators keep theirs) */
  passwordSignInDisabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Separated by spaces; openid email profile when left out */
  scopes?: InputMaybe<Scalars['String']['input']>;
};

/** An organisation's single sign-on (OpenID Connect); the client secret is never shown, only whether it is set */
export type IdentityProviderSettings = {
  __typename?: 'IdentityProviderSettings';
  /** The client id registered at the provider */
  clientId: Scalars['String']['output'];
  /** Whether the client secret is set (it is never shown again) */
  clientSecretSet: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** The issuer (https://…); its discovery document must name the same issuer */
  issuer: Scalars['String']['output'];
  /** The claim matched with a user's e-mail address at the first sign-in (email, or e.g. upn or preferred_username) */
  matchClaim: Scalars['String']['output'];
  /** When true, the organisation's people sign in only through the provider (platform administrators keep their password) */
  passwordSignInDisabled: Scalars['Boolean']['output'];
  /** Scopes asked for, separated by spaces; always includes openid */
  scopes: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type ImpartialityInput = {
  /** True when the reviewer is disqualified by a conflict of interest (jäv) */
  disqualified: Scalars['Boolean']['input'];
  /** The circumstance that makes the reviewer disqualified */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** Invite a person to an organisation with the given roles */
export type InviteUserInput = {
  email: Scalars['String']['input'];
  /** The language of the invitation and of the person's notifications; Swedish when omitted */
  language?: InputMaybe<Language>;
  name: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  roles: Array<Role>;
};

export type JointRequisitionMember = {
  __typename?: 'JointRequisitionMember';
  confirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  organisation: Organisation;
};

/** One kommun's year, for the map and its table */
export type KommunFundingRow = {
  __typename?: 'KommunFundingRow';
  allotment: Scalars['Int']['output'];
  /** Why the kommun declined, when it did */
  declineReason?: Maybe<DeclineReason>;
  granted: Scalars['Int']['output'];
  /** Granted kronor per inhabitant */
  kronorPerInhabitant: Scalars['Float']['output'];
  organisation: Organisation;
  /** Återkrävt (kr), the kommun's share */
  reclaimed?: Maybe<Scalars['Int']['output']>;
  /** Where the review of the kommun's follow-up report stands */
  review?: Maybe<FollowUpReviewStatus>;
  status: KommunFundingStatus;
  used?: Maybe<Scalars['Int']['output']>;
  /** Used so far by the partial reports, before the final report (the kommun's share) */
  usedSoFar?: Maybe<Scalars['Int']['output']>;
};

export type KommunFundingStatus =
  | 'AWAITING_REPORT'
  | 'DECLINED'
  | 'NOT_REQUISITIONED'
  | 'REPAID_ALL'
  | 'USED';

/** Tabell 8: how the kommuner used the funds */
export type KommunUsage = {
  __typename?: 'KommunUsage';
  /** Requisitioned, follow-up not yet in */
  awaitingReport: Scalars['Int']['output'];
  /** The declines per reason, every reason listed */
  declineReasons: Array<DeclineReasonCount>;
  /** Did not requisition and declined, with a reason */
  declined: Scalars['Int']['output'];
  /** Of those awaiting the report: the funds may still be used (a multi-year round's period has not ended) */
  inPeriod: Scalars['Int']['output'];
  /** Did not requisition and did not answer */
  notRequisitioned: Scalars['Int']['output'];
  repaidEverything: Scalars['Int']['output'];
  usedAllOrPart: Scalars['Int']['output'];
};

/** SV (Swedish, the default) or EN (English) */
export type Language =
  | 'EN'
  | 'SV';

export type LetterTemplateInput = {
  /** The text in English */
  bodyEn: Scalars['String']['input'];
  /** The text in Swedish, with {{placeholders}}; blank lines separate paragraphs */
  bodySv: Scalars['String']['input'];
  /** The call whose own template this is; null for the programme's */
  callId?: InputMaybe<Scalars['ID']['input']>;
  kind: LetterTemplateKind;
  programme: GrantProgramme;
  /** E-mails: the subject in English */
  subjectEn?: InputMaybe<Scalars['String']['input']>;
  /** E-mails: the subject in Swedish */
  subjectSv?: InputMaybe<Scalars['String']['input']>;
};

export type LetterTemplateKind =
  | 'APPEAL_INFORMATION'
  | 'DECISION_CONDITIONS'
  | 'DECISION_EMAIL'
  | 'DECISION_LETTER'
  | 'FOLLOW_UP_COMPLETION_EMAIL'
  | 'RECLAIM_EMAIL'
  | 'RECLAIM_LETTER';

/** A template rendered for an application, in both languages */
export type LetterTemplatePreview = {
  __typename?: 'LetterTemplatePreview';
  /** The application rendered; null for the sample */
  applicationId?: Maybe<Scalars['ID']['output']>;
  en: LetterTemplateTexts;
  sv: LetterTemplateTexts;
};

/** The template of one kind for a programme or a call, as it applies now */
export type LetterTemplateScope = {
  __typename?: 'LetterTemplateScope';
  /** The built-in English text of the message catalogue */
  builtInEn: LetterTemplateTexts;
  /** The built-in Swedish text of the message catalogue */
  builtInSv: LetterTemplateTexts;
  callId?: Maybe<Scalars['ID']['output']>;
  /** The version in use; null while the built-in text applies */
  current?: Maybe<LetterTemplateVersion>;
  /** The template has a subject (an e-mail) */
  hasSubject: Scalars['Boolean']['output'];
  /** The version in use is the programme's (the call has none of its own) */
  inherited: Scalars['Boolean']['output'];
  kind: LetterTemplateKind;
  /** The placeholders the template may use, written {{name}} */
  placeholders: Array<Scalars['String']['output']>;
  programme: GrantProgramme;
};

/** A template's subject (e-mails only) and text in one language */
export type LetterTemplateTexts = {
  __typename?: 'LetterTemplateTexts';
  body: Scalars['String']['output'];
  subject?: Maybe<Scalars['String']['output']>;
};

/** One immutable version of a letter or e-mail template */
export type LetterTemplateVersion = {
  __typename?: 'LetterTemplateVersion';
  bodyEn: Scalars['String']['output'];
  bodySv: Scalars['String']['output'];
  /** The call the version is for; null for the programme's */
  callId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: LetterTemplateKind;
  programme: GrantProgramme;
  subjectEn?: Maybe<Scalars['String']['output']>;
  /** The e-mail's subject in Swedish (e-mails only) */
  subjectSv?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};

export type LocalCourse = {
  __typename?: 'LocalCourse';
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  participants: Scalars['Int']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

export type LocalCourseInput = {
  courseLeaderId: Scalars['ID']['input'];
  date: Scalars['String']['input'];
  participants: Scalars['Int']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
};

export type MatrixCell = {
  __typename?: 'MatrixCell';
  column: Scalars['String']['output'];
  row: Scalars['String']['output'];
};

export type MatrixCellCount = {
  __typename?: 'MatrixCellCount';
  column: Scalars['String']['output'];
  count: Scalars['Int']['output'];
  row: Scalars['String']['output'];
  /** Of those who answered the row, 0–1 */
  share: Scalars['Float']['output'];
};

export type MatrixCellInput = {
  column: Scalars['String']['input'];
  row: Scalars['String']['input'];
};

export type MeetingAttendance = {
  __typename?: 'MeetingAttendance';
  organisation: Organisation;
  /** People from the organisation who attended */
  people: Scalars['Int']['output'];
  status: AttendanceStatus;
};

export type MeetingDecision = {
  __typename?: 'MeetingDecision';
  /** 2026-11-24 */
  dueDate?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The meeting whose minutes record the decision */
  meeting: NetworkMeeting;
  position: Scalars['Int']['output'];
  responsible?: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type MeetingDecisionPage = {
  __typename?: 'MeetingDecisionPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<MeetingDecision>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

export type MeetingDocument = {
  __typename?: 'MeetingDocument';
  agendaItemId?: Maybe<Scalars['ID']['output']>;
  contentType: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  size: Scalars['Int']['output'];
  url: Scalars['String']['output'];
};

export type MeetingFigures = {
  __typename?: 'MeetingFigures';
  meeting: NetworkMeeting;
  organisationsRepresented: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
};

export type MeetingMinutes = {
  __typename?: 'MeetingMinutes';
  approvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Justerare */
  approver?: Maybe<User>;
  /** What I may do with the minutes now, as the server decides */
  availableActions: Array<MeetingMinutesAction>;
  body: Scalars['String']['output'];
  /** The decisions with who is responsible and when due: the draft's while the minutes are being written, the approved ones once published */
  decisionItems: Array<MeetingDecision>;
  decisions: Array<Scalars['String']['output']>;
  /** Every published version, oldest first */
  history: Array<MeetingMinutesVersion>;
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Justerarens kommentarer när protokollet skickades tillbaka; visas tills det skickas igen */
  returnComment?: Maybe<Scalars['String']['output']>;
  returnedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: MinutesStatus;
  version: Scalars['Int']['output'];
};

/** Vad som kan göras med protokollet: spara utkast, skicka för justering, justera, skicka tillbaka med kommentarer */
export type MeetingMinutesAction =
  | 'APPROVE'
  | 'SAVE_DRAFT'
  | 'SEND_BACK'
  | 'SUBMIT_FOR_APPROVAL';

export type MeetingMinutesVersion = {
  __typename?: 'MeetingMinutesVersion';
  content: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  publishedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

export type MeetingResponse = {
  __typename?: 'MeetingResponse';
  /** Empty: the organisation will not attend */
  attendees: Array<Attendee>;
  organisation: Organisation;
  respondedAt: Scalars['DateTimeISO']['output'];
};

export type MeetingStatus =
  | 'CANCELLED'
  | 'HELD'
  | 'SCHEDULED';

export type Method = {
  __typename?: 'Method';
  active: Scalars['Boolean']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type MethodInput = {
  active?: Scalars['Boolean']['input'];
  description?: Scalars['String']['input'];
  /** Omitted: a new method */
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
};

/** A method or material: the länsstyrelser that spread it in the year (as method spread or through a campaign) */
export type MethodShare = {
  __typename?: 'MethodShare';
  /** Counties (länskod) of those länsstyrelser */
  countyCodes: Array<Scalars['String']['output']>;
  lansstyrelser: Scalars['Int']['output'];
  methodId: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** lansstyrelser / all länsstyrelser, 0–1 */
  share: Scalars['Float']['output'];
};

export type MethodSpread = {
  __typename?: 'MethodSpread';
  countyBoard: Organisation;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Kommuner reached, where known */
  kommunerReached?: Maybe<Scalars['Int']['output']>;
  method: Method;
  note: Scalars['String']['output'];
  /** Other organisations reached, where known */
  organisationsReached?: Maybe<Scalars['Int']['output']>;
  year: Scalars['Int']['output'];
};

export type MethodSpreadInput = {
  /** Omitted: a new record */
  id?: InputMaybe<Scalars['ID']['input']>;
  kommunerReached?: InputMaybe<Scalars['Int']['input']>;
  methodId: Scalars['ID']['input'];
  note?: Scalars['String']['input'];
  organisationsReached?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type MethodSpreadPage = {
  __typename?: 'MethodSpreadPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<MethodSpread>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

export type MinutesDecisionInput = {
  /** 2026-11-24 */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** Who is responsible for carrying the decision out */
  responsible?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};

export type MinutesInput = {
  actionItems?: InputMaybe<Array<ActionItemInput>>;
  /** Justerare: a user of a member organisation */
  approverUserId?: InputMaybe<Scalars['ID']['input']>;
  body: Scalars['String']['input'];
  /** The decisions with who is responsible and when they are due; when given, `decisions` is their texts */
  decisionItems?: InputMaybe<Array<MinutesDecisionInput>>;
  decisions?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Protokoll: utkast, för justering, publicerat */
export type MinutesStatus =
  | 'AWAITING_APPROVAL'
  | 'DRAFT'
  | 'PUBLISHED';

export type MunicipalityVisit = {
  __typename?: 'MunicipalityVisit';
  countyBoard: Organisation;
  createdAt: Scalars['DateTimeISO']['output'];
  date: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  kommun: Organisation;
  notes: Scalars['String']['output'];
  participants: Scalars['String']['output'];
  topics: Array<NetworkTopic>;
  year: Scalars['Int']['output'];
};

export type MunicipalityVisitInput = {
  date: Scalars['String']['input'];
  /** Omitted: a new visit */
  id?: InputMaybe<Scalars['ID']['input']>;
  kommunId: Scalars['ID']['input'];
  notes?: Scalars['String']['input'];
  /** Who took part, and in what role */
  participants: Scalars['String']['input'];
  topics: Array<NetworkTopic>;
};

export type MunicipalityVisitPage = {
  __typename?: 'MunicipalityVisitPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<MunicipalityVisit>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Set a password from an invitation and sign in */
  acceptInvitation: AuthPayload;
  addNetworkMembers: Network;
  /** Granskning: approve a follow-up report */
  approveGrantFollowUp: GrantApplication;
  /** Approve a first sign-in: link it to an existing account of the organisation (userId), or create an account with the given roles */
  approveIdentityLinkRequest: IdentityLinkRequest;
  /** Justering: approve and publish the minutes */
  approveMeetingMinutes: MeetingMinutes;
  /** Assign reviewers (bedömare) to a call; each new one is notified. Returns every reviewer of the call */
  assignReviewers: Array<AssignedReviewer>;
  /** Cancel the event; everyone registered is notified */
  cancelTrainingEvent: TrainingEvent;
  /** Cancel a registration; the first waitlisted person who fits is promoted */
  cancelTrainingRegistration: TrainingRegistration;
  /** Change one's own password; the current one is required and every other session ends */
  changePassword: Scalars['Boolean']['output'];
  /** Move a strategy to another status; ADOPTED and REVISED need the adoption date */
  changeRegionalStrategyStatus: RegionalStrategy;
  /** The organiser records today's attendance of the person whose check-in code was typed or scanned */
  checkInTrainingParticipant: TrainingCheckIn;
  closeQuestionnaire: Questionnaire;
  /** End the requisition window now, so that redistribution can start */
  closeRequisitionWindow: DevelopmentFundRound;
  /** Mark a held event completed */
  completeTrainingEvent: TrainingEvent;
  /** The second step of signing in with two-factor: the challenge from login and a code from the app, or a recovery code; sets the session cookie */
  completeTwoFactorSignIn: AuthPayload;
  /** A member kommun confirms a joint requisition */
  confirmJointRequisition: GrantApplication;
  /** Confirm enrolment with a code from the app; returns ten recovery codes, shown this once */
  confirmTwoFactorEnrolment: Array<Scalars['String']['output']>;
  /** A new secret iCalendar address of my meetings and trainings; the previous one stops working */
  createCalendarFeed: Scalars['String']['output'];
  createGrantCall: GrantCall;
  /** Add a question to the bank; its code stays the same from year to year */
  createQuestion: Question;
  decideGrantApplication: GrantApplication;
  /** Declare whether the reviewer is disqualified by a conflict of interest (jäv) in the application */
  declareImpartiality: ReviewTask;
  /** Avstå: we will not requisition our allotment, for a reason; Socialstyrelsen is told */
  declineAllotment: Allotment;
  deleteCampaign: Scalars['Boolean']['output'];
  deleteMeetingDocument: MeetingDocument;
  deleteMethodSpread: Scalars['Boolean']['output'];
  deleteMunicipalityVisit: Scalars['Boolean']['output'];
  deleteRegionalStrategy: Scalars['Boolean']['output'];
  /** Turn one's own two-factor sign-in off, with the password and a current code; refused while the platform requires it */
  disableTwoFactor: Scalars['Boolean']['output'];
  /** End every session of one's own but this one; returns how many ended */
  endOtherSessions: Scalars['Int']['output'];
  /** End one of one's own sessions (the current one signs out) */
  endSession: Scalars['Boolean']['output'];
  /** Erase what is held about an e-mail address where no record must be kept; the reason is recorded */
  erasePersonalData: PersonalDataErasure;
  /** Import a staff-list CSV file: all rows or, when any row has an error, none */
  importStaffMembers: StaffImportResult;
  /** Invite a person; they receive an e-mail to set a password */
  inviteUser: User;
  /** Lift every sign-in block of an account (after failed attempts); true when a block was in force. Audited. */
  liftSignInThrottle: Scalars['Boolean']['output'];
  /** A basic course run by one of the organisation's kursledare */
  logLocalCourse: LocalCourse;
  /** Participant counts per organisation for an event held without registrations here */
  logTrainingEventParticipation: TrainingEvent;
  /** Sign in; also sets the session cookie */
  login: AuthPayload;
  /** End the current session */
  logout: Scalars['Boolean']['output'];
  /** Attendance for the given sessions (all sessions when empty) */
  markAttendance: TrainingRegistration;
  markDevelopmentFundsPaid: Array<GrantApplication>;
  markGrantPaid: GrantApplication;
  /** Mark several organisations of the network (at most 200) as attended, absent or excused; nothing changes if one is not of the network */
  markMeetingAttendance: NetworkMeeting;
  /** Mark notifications read (all when ids is omitted); returns how many changed */
  markNotificationsRead: Scalars['Int']['output'];
  markRepaymentReceived: GrantApplication;
  /** The organiser moves a person between the waitlist and a confirmed seat */
  moveTrainingRegistration: TrainingRegistration;
  /** Open a year's development funds: one pot each for kommuner, regioner and NGOs */
  openDevelopmentFundRound: DevelopmentFundRound;
  /** Open my organisation's response for answering; what the platform knows is pre-filled */
  openQuestionnaireResponse: QuestionnaireResponse;
  /** Write in the case thread; `internal` (Socialstyrelsen only) keeps the note from the applicant */
  postGrantCaseMessage: GrantCaseEntry;
  /** Record the officer's proposal for a decision (förslag till beslut) */
  proposeDecision: ApplicationAssessment;
  /** Förhandsbesked: publish each kommun's and region's expected allotment before the allocation, and tell them */
  publishAdvanceNotice: DevelopmentFundRound;
  publishAllocation: DevelopmentFundRound;
  /** Publish a template as a new version; letters sent from now on use it */
  publishLetterTemplate: LetterTemplateVersion;
  /** Send the minutes to the designated member for approval (justering); they are published when approved */
  publishMeetingMinutes: MeetingMinutes;
  publishTrainingEvent: TrainingEvent;
  /** Granskning: decide a reclaim (återkrav), a repayment due with its own amount and reasons */
  reclaimGrant: GrantApplication;
  recordMeetingAttendance: NetworkMeeting;
  /** Omfördelning of funds not requisitioned; dryRun previews it */
  redistributeDevelopmentFunds: RedistributionResult;
  /** Register staff; each is confirmed while seats and quota allow, otherwise waitlisted */
  registerForTraining: Array<TrainingRegistration>;
  /** Reject a first sign-in; the person cannot sign in through the provider */
  rejectIdentityLinkRequest: IdentityLinkRequest;
  /** Remind the applicants of up to 100 applications of their outstanding completion (notification and e-mail); all or nothing */
  remindGrantCompletions: Array<GrantApplication>;
  /** Remind the organisations that have not submitted their answer */
  remindQuestionnaireRecipients: Questionnaire;
  /** Remove an attachment: the file leaves the document store, the record stays in the case file as removed (who and when) */
  removeGrantAttachment: GrantAttachment;
  /** Remove an organisation's identity provider; its people sign in with passwords again */
  removeIdentityProvider: Scalars['Boolean']['output'];
  removeNetworkMember: Network;
  /** Remove several member organisations at once (at most 200); nothing is removed if one is not a member */
  removeNetworkMembers: Network;
  /** Remove a reviewer from a call before they have scored; they are notified. Returns every remaining reviewer of the call */
  removeReviewer: Array<AssignedReviewer>;
  /** Remove a person from my organisation's staff list */
  removeStaffMember: Scalars['Boolean']['output'];
  /** Send up to 100 applications to the consultation body (remiss); all or nothing: one refusal changes none */
  requestConsultation: Array<GrantApplication>;
  /** Return a submitted application to the applicant for completion (komplettering) */
  requestGrantCompletion: GrantApplication;
  /** Return up to 100 applications to their applicants for completion with the same message and due date; all or nothing: one refusal changes none */
  requestGrantCompletions: Array<GrantApplication>;
  /** Granskning: ask for a completion of a follow-up report by a day after today */
  requestGrantFollowUpCompletion: GrantApplication;
  /** Glömt lösenord: mails a single-use link (valid for an hour) if the address has an account; the answer is the same either way */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Rekvisition: all of the allotment or less; jointly through a lead kommun when member ids are given */
  requisitionDevelopmentFunds: GrantApplication;
  /** Set a new password from a reset link; every session of the account ends. Sign in afterwards. */
  resetPassword: Scalars['Boolean']['output'];
  /** Reset a user's two-factor sign-in (an administrator of the user's organisation): their sessions end and they are mailed */
  resetUserTwoFactor: User;
  /** My organisation's answer: who attends (an empty list declines) */
  respondToMeetingInvitation: MeetingResponse;
  /** Erase personal data past the retention period now (the daily job does it too); refused while a run is under way */
  runPersonalDataRetention: PersonalDataRetentionRun;
  saveCampaign: Campaign;
  /** Create (with callId) or update (with id) a draft application */
  saveGrantApplication: GrantApplication;
  /** Save the minutes as a draft */
  saveMeetingMinutes: MeetingMinutes;
  /** Add (without id), rename or deactivate a method */
  saveMethod: Method;
  saveMethodSpread: MethodSpread;
  /** Log (without id) or correct a kommunbesök of my county */
  saveMunicipalityVisit: MunicipalityVisit;
  /** Create (without id) or update a network; my organisation convenes it */
  saveNetwork: Network;
  /** Create (without id) or change a questionnaire in draft */
  saveQuestionnaire: Questionnaire;
  /** Save answers: a draft, or a correction after submitting, until the deadline */
  saveQuestionnaireAnswers: QuestionnaireResponse;
  /** Add (without id, status NONE) or describe a regional strategy or action plan */
  saveRegionalStrategy: RegionalStrategy;
  /** Add (without id) or change a person of my organisation's staff list */
  saveStaffMember: StaffMember;
  /** Create (without id) or update a training event */
  saveTrainingEvent: TrainingEvent;
  /** Schedule a meeting, or a series; members are invited */
  scheduleNetworkMeeting: Array<NetworkMeeting>;
  /** Score the application on every criterion of its call, with a comment */
  scoreApplication: ReviewTask;
  scoreNgoApplication: NgoScore;
  /** Justering: send the minutes back to the convener as a draft, with comments */
  sendBackMeetingMinutes: MeetingMinutes;
  /** Remind recipients whose follow-up is due within the given days (each once); returns how many were reminded */
  sendFollowUpReminders: Scalars['Int']['output'];
  /** Send to every organisation of the target group */
  sendQuestionnaire: Questionnaire;
  /** Remind every kommun and region that has not requisitioned; returns how many organisations */
  sendRequisitionReminders: Scalars['Int']['output'];
  setActionItemDone: ActionItem;
  /** Replace the criteria of a call, while nothing is scored on them */
  setAssessmentCriteria: Array<AssessmentCriterion>;
  /** Configure an organisation's identity provider (platform administrator). Audited without the secret. */
  setIdentityProvider: IdentityProviderSettings;
  /** How the signed-in user hears of notifications by e-mail: each one, a daily digest, or none */
  setMyEmailFrequency: User;
  /** The signed-in user's language for notifications, e-mails and the web app */
  setMyLanguage: User;
  /** Name the contact persons of a member organisation */
  setNetworkContacts: Array<NetworkContact>;
  /** Deactivate (ends every session) or reactivate an account */
  setUserActive: User;
  setUserRoles: User;
  /** End the current session; when it was opened through an identity provider, also where to sign out there */
  signOut: SignOutPayload;
  /** Start two-factor enrolment: a new secret with its QR code, confirmed by confirmTwoFactorEnrolment */
  startTwoFactorEnrolment: TwoFactorEnrolment;
  submitConsultationOpinion: ConsultationRequest;
  /** Återrapportering with the coded answers of the round's follow-up form */
  submitDevelopmentFundFollowUp: GrantApplication;
  submitGrantApplication: GrantApplication;
  /** File the follow-up report (återrapportering) */
  submitGrantFollowUp: GrantApplication;
  /** An NGO applies in competition */
  submitNgoApplication: GrantApplication;
  /** File the partial report (delrapport) of one year of funds used over more than one year */
  submitPartialReport: GrantApplication;
  submitQuestionnaireResponse: QuestionnaireResponse;
  /** Mark a reporting date submitted with the report of a year; a frozen copy is kept */
  submitReport: ReportDeadlineView;
  /** Change platform settings; those not given keep their value */
  updatePlatformSettings: PlatformSettings;
  /** Withdraw our decline while the window is open, to requisition after all */
  withdrawAllotmentDecline: Allotment;
  withdrawGrantApplication: GrantApplication;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationAddNetworkMembersArgs = {
  networkId: Scalars['ID']['input'];
  organisationIds: Array<Scalars['ID']['input']>;
};


export type MutationApproveGrantFollowUpArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveIdentityLinkRequestArgs = {
  id: Scalars['ID']['input'];
  roles?: Array<Role>;
  userId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationApproveMeetingMinutesArgs = {
  meetingId: Scalars['ID']['input'];
};


export type MutationAssignReviewersArgs = {
  callId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']>;
};


export type MutationCancelTrainingEventArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCancelTrainingRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationChangeRegionalStrategyStatusArgs = {
  input: StrategyStatusInput;
};


export type MutationCheckInTrainingParticipantArgs = {
  code: Scalars['String']['input'];
  eventId: Scalars['ID']['input'];
};


export type MutationCloseQuestionnaireArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCloseRequisitionWindowArgs = {
  roundId: Scalars['ID']['input'];
};


export type MutationCompleteTrainingEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteTwoFactorSignInArgs = {
  challenge: Scalars['String']['input'];
  code: Scalars['String']['input'];
};


export type MutationConfirmJointRequisitionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationConfirmTwoFactorEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateGrantCallArgs = {
  input: CreateGrantCallInput;
};


export type MutationCreateQuestionArgs = {
  input: CreateQuestionInput;
};


export type MutationDecideGrantApplicationArgs = {
  id: Scalars['ID']['input'];
  input: DecisionInput;
};


export type MutationDeclareImpartialityArgs = {
  applicationId: Scalars['ID']['input'];
  input: ImpartialityInput;
};


export type MutationDeclineAllotmentArgs = {
  input: DeclineAllotmentInput;
};


export type MutationDeleteCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMeetingDocumentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMethodSpreadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteMunicipalityVisitArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRegionalStrategyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDisableTwoFactorArgs = {
  code: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationEndSessionArgs = {
  id: Scalars['String']['input'];
};


export type MutationErasePersonalDataArgs = {
  input: ErasePersonalDataInput;
};


export type MutationImportStaffMembersArgs = {
  csv: Scalars['String']['input'];
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
};


export type MutationLiftSignInThrottleArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationLogLocalCourseArgs = {
  input: LocalCourseInput;
};


export type MutationLogTrainingEventParticipationArgs = {
  counts: Array<ParticipationCountInput>;
  id: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkAttendanceArgs = {
  attended: AttendanceStatus;
  registrationId: Scalars['ID']['input'];
  sessionIds: Array<Scalars['ID']['input']>;
};


export type MutationMarkDevelopmentFundsPaidArgs = {
  recipientIds: Array<Scalars['ID']['input']>;
  roundId: Scalars['ID']['input'];
};


export type MutationMarkGrantPaidArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMarkMeetingAttendanceArgs = {
  meetingId: Scalars['ID']['input'];
  organisationIds: Array<Scalars['ID']['input']>;
  status: AttendanceStatus;
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMarkRepaymentReceivedArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMoveTrainingRegistrationArgs = {
  id: Scalars['ID']['input'];
  status: RegistrationStatus;
};


export type MutationOpenDevelopmentFundRoundArgs = {
  input: OpenDevelopmentFundRoundInput;
};


export type MutationOpenQuestionnaireResponseArgs = {
  questionnaireId: Scalars['ID']['input'];
};


export type MutationPostGrantCaseMessageArgs = {
  applicationId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  internal?: Scalars['Boolean']['input'];
};


export type MutationProposeDecisionArgs = {
  applicationId: Scalars['ID']['input'];
  input: DecisionProposalInput;
};


export type MutationPublishAdvanceNoticeArgs = {
  roundId: Scalars['ID']['input'];
};


export type MutationPublishAllocationArgs = {
  roundId: Scalars['ID']['input'];
};


export type MutationPublishLetterTemplateArgs = {
  input: LetterTemplateInput;
};


export type MutationPublishMeetingMinutesArgs = {
  input: MinutesInput;
  meetingId: Scalars['ID']['input'];
};


export type MutationPublishTrainingEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReclaimGrantArgs = {
  id: Scalars['ID']['input'];
  input: ReclaimInput;
};


export type MutationRecordMeetingAttendanceArgs = {
  input: Array<AttendanceInput>;
  meetingId: Scalars['ID']['input'];
};


export type MutationRedistributeDevelopmentFundsArgs = {
  dryRun: Scalars['Boolean']['input'];
  roundId: Scalars['ID']['input'];
};


export type MutationRegisterForTrainingArgs = {
  eventId: Scalars['ID']['input'];
  participants: Array<ParticipantInput>;
};


export type MutationRejectIdentityLinkRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemindGrantCompletionsArgs = {
  applicationIds: Array<Scalars['ID']['input']>;
};


export type MutationRemindQuestionnaireRecipientsArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveGrantAttachmentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRemoveIdentityProviderArgs = {
  organisationId: Scalars['ID']['input'];
};


export type MutationRemoveNetworkMemberArgs = {
  networkId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


export type MutationRemoveNetworkMembersArgs = {
  networkId: Scalars['ID']['input'];
  organisationIds: Array<Scalars['ID']['input']>;
};


export type MutationRemoveReviewerArgs = {
  callId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationRemoveStaffMemberArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRequestConsultationArgs = {
  applicationIds: Array<Scalars['ID']['input']>;
  dueDate?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRequestGrantCompletionArgs = {
  dueDate: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
};


export type MutationRequestGrantCompletionsArgs = {
  applicationIds: Array<Scalars['ID']['input']>;
  dueDate: Scalars['String']['input'];
  message: Scalars['String']['input'];
};


export type MutationRequestGrantFollowUpCompletionArgs = {
  dueDate: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationRequisitionDevelopmentFundsArgs = {
  input: RequisitionInput;
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationResetUserTwoFactorArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRespondToMeetingInvitationArgs = {
  attendees: Array<AttendeeInput>;
  meetingId: Scalars['ID']['input'];
};


export type MutationSaveCampaignArgs = {
  input: CampaignInput;
};


export type MutationSaveGrantApplicationArgs = {
  input: SaveGrantApplicationInput;
};


export type MutationSaveMeetingMinutesArgs = {
  input: MinutesInput;
  meetingId: Scalars['ID']['input'];
};


export type MutationSaveMethodArgs = {
  input: MethodInput;
};


export type MutationSaveMethodSpreadArgs = {
  input: MethodSpreadInput;
};


export type MutationSaveMunicipalityVisitArgs = {
  input: MunicipalityVisitInput;
};


export type MutationSaveNetworkArgs = {
  input: SaveNetworkInput;
};


export type MutationSaveQuestionnaireArgs = {
  input: SaveQuestionnaireInput;
};


export type MutationSaveQuestionnaireAnswersArgs = {
  answers: Array<AnswerInput>;
  responseId: Scalars['ID']['input'];
};


export type MutationSaveRegionalStrategyArgs = {
  input: RegionalStrategyInput;
};


export type MutationSaveStaffMemberArgs = {
  input: StaffMemberInput;
};


export type MutationSaveTrainingEventArgs = {
  input: SaveTrainingEventInput;
};


export type MutationScheduleNetworkMeetingArgs = {
  input: ScheduleMeetingInput;
};


export type MutationScoreApplicationArgs = {
  applicationId: Scalars['ID']['input'];
  input: ReviewScoreInput;
};


export type MutationScoreNgoApplicationArgs = {
  id: Scalars['ID']['input'];
  input: NgoScoreInput;
};


export type MutationSendBackMeetingMinutesArgs = {
  comment: Scalars['String']['input'];
  meetingId: Scalars['ID']['input'];
};


export type MutationSendFollowUpRemindersArgs = {
  withinDays?: Scalars['Int']['input'];
};


export type MutationSendQuestionnaireArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSendRequisitionRemindersArgs = {
  roundId: Scalars['ID']['input'];
};


export type MutationSetActionItemDoneArgs = {
  done: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetAssessmentCriteriaArgs = {
  callId: Scalars['ID']['input'];
  criteria: Array<AssessmentCriterionInput>;
};


export type MutationSetIdentityProviderArgs = {
  input: IdentityProviderInput;
};


export type MutationSetMyEmailFrequencyArgs = {
  frequency: EmailFrequency;
};


export type MutationSetMyLanguageArgs = {
  language: Language;
};


export type MutationSetNetworkContactsArgs = {
  contacts: Array<ContactInput>;
  networkId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};


export type MutationSetUserActiveArgs = {
  active: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};


export type MutationSetUserRolesArgs = {
  roles: Array<Role>;
  userId: Scalars['ID']['input'];
};


export type MutationSubmitConsultationOpinionArgs = {
  applicationId: Scalars['ID']['input'];
  input: ConsultationOpinionInput;
};


export type MutationSubmitDevelopmentFundFollowUpArgs = {
  input: DevelopmentFundFollowUpInput;
};


export type MutationSubmitGrantApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitGrantFollowUpArgs = {
  id: Scalars['ID']['input'];
  input: FollowUpInput;
};


export type MutationSubmitNgoApplicationArgs = {
  input: NgoApplicationInput;
};


export type MutationSubmitPartialReportArgs = {
  id: Scalars['ID']['input'];
  input: PartialReportInput;
};


export type MutationSubmitQuestionnaireResponseArgs = {
  responseId: Scalars['ID']['input'];
};


export type MutationSubmitReportArgs = {
  deadlineKey: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};


export type MutationUpdatePlatformSettingsArgs = {
  input: PlatformSettingsInput;
};


export type MutationWithdrawAllotmentDeclineArgs = {
  roundId: Scalars['ID']['input'];
};


export type MutationWithdrawGrantApplicationArgs = {
  id: Scalars['ID']['input'];
};

export type MyAllotment = {
  __typename?: 'MyAllotment';
  allotment?: Maybe<Allotment>;
  /** What we may do with the allotment now */
  availableActions: Array<AllotmentAction>;
  /** The published allotment less the advance notice (kr), once both are published */
  differenceFromNotice?: Maybe<Scalars['Int']['output']>;
  /** Förhandsbesked: our expected allotment as it was published */
  notice?: Maybe<AllotmentNotice>;
  /** Our requisition, or the joint one we take part in */
  requisition?: Maybe<GrantApplication>;
  /** Not answered, declined or requisitioned */
  status: AllotmentStatus;
};

export type Network = {
  __typename?: 'Network';
  /** People of member organisations who may approve minutes (justerare); only for the convener */
  approverCandidates: Array<User>;
  convener: Organisation;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** My organisation convenes (or co-convenes) the network */
  isConvener: Scalars['Boolean']['output'];
  kind: NetworkKind;
  members: Array<NetworkMembership>;
  name: Scalars['String']['output'];
  /** Action items not yet done, from every meeting */
  openActionItems: Array<ActionItem>;
  topic: NetworkTopic;
  upcomingMeetings: Array<NetworkMeeting>;
};

export type NetworkContact = {
  __typename?: 'NetworkContact';
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

/** Nätverk, eller länssamverkan (regionalt samverkansorgan) */
export type NetworkKind =
  | 'LANSSAMVERKAN'
  | 'NETWORK';

export type NetworkMeeting = {
  __typename?: 'NetworkMeeting';
  actionItems: Array<ActionItem>;
  agenda: Array<AgendaItem>;
  attendance: Array<MeetingAttendance>;
  /** What I may do with the meeting now, as the server decides */
  availableActions: Array<NetworkMeetingAction>;
  createdAt: Scalars['DateTimeISO']['output'];
  documents: Array<MeetingDocument>;
  endsAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  location?: Maybe<Scalars['String']['output']>;
  /** Published minutes for members; drafts too for the convener and the approver */
  minutes?: Maybe<MeetingMinutes>;
  /** My organisation's answer */
  myResponse?: Maybe<MeetingResponse>;
  network: Network;
  /** The network's meeting after this one whose minutes I may read */
  nextMinutes?: Maybe<NetworkMeeting>;
  onlineUrl?: Maybe<Scalars['String']['output']>;
  /** The network's meeting before this one whose minutes I may read */
  previousMinutes?: Maybe<NetworkMeeting>;
  /** Answers to the invitation: all for the convener, my organisation's for members */
  responses: Array<MeetingResponse>;
  rsvpDeadline?: Maybe<Scalars['DateTimeISO']['output']>;
  seriesId?: Maybe<Scalars['String']['output']>;
  startsAt: Scalars['DateTimeISO']['output'];
  status: MeetingStatus;
  title: Scalars['String']['output'];
};

/** Vad som kan göras med mötet: svara på inbjudan, registrera närvaro, skriva protokoll, hantera dokument */
export type NetworkMeetingAction =
  | 'MANAGE_DOCUMENTS'
  | 'RECORD_ATTENDANCE'
  | 'RESPOND'
  | 'WRITE_MINUTES';

export type NetworkMeetingPage = {
  __typename?: 'NetworkMeetingPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<NetworkMeeting>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

export type NetworkMembership = {
  __typename?: 'NetworkMembership';
  coConvener: Scalars['Boolean']['output'];
  contacts: Array<NetworkContact>;
  organisation: Organisation;
};

export type NetworkPage = {
  __typename?: 'NetworkPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<Network>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

/** The figures länsstyrelser report yearly for a network */
export type NetworkStatistics = {
  __typename?: 'NetworkStatistics';
  meetings: Array<MeetingFigures>;
  meetingsHeld: Scalars['Int']['output'];
  members: Scalars['Int']['output'];
  membersAttendedAtLeastOnce: Scalars['Int']['output'];
  networkId: Scalars['ID']['output'];
  /** Members that have not attended any meeting in the last 12 months */
  notAttendedLast12Months: Array<Organisation>;
  shareAttended: Scalars['Float']['output'];
  year: Scalars['Int']['output'];
};

export type NetworkTopic =
  | 'BARN'
  | 'HEDERSRELATERAT_VALD'
  | 'OTHER'
  | 'PROSTITUTION_MANNISKOHANDEL'
  | 'VALDSFOREBYGGANDE'
  | 'VALD_I_NARA_RELATIONER';

/** Networks on one topic convened by länsstyrelser in a year: counts only, never a network's name or content */
export type NetworkTopicFigures = {
  __typename?: 'NetworkTopicFigures';
  /** Counties (länskod) of the länsstyrelser convening */
  countyCodes: Array<Scalars['String']['output']>;
  /** Länsstyrelser convening at least one network on the topic that met in the year */
  lansstyrelser: Scalars['Int']['output'];
  /** Meetings held in the year */
  meetingsHeld: Scalars['Int']['output'];
  /** Distinct member organisations of those networks */
  organisations: Scalars['Int']['output'];
  /** lansstyrelser / all länsstyrelser, 0–1 */
  share: Scalars['Float']['output'];
  topic: NetworkTopic;
};

export type NetworksByTopic = {
  __typename?: 'NetworksByTopic';
  /** Vega-Lite specification: the share of länsstyrelser per topic (Figur 2) */
  chart: Scalars['JSON']['output'];
  /** All länsstyrelser: the denominator of the shares */
  lansstyrelser: Scalars['Int']['output'];
  /** Every topic, also those no länsstyrelse convened */
  topics: Array<NetworkTopicFigures>;
  year: Scalars['Int']['output'];
};

export type NgoActivityArea =
  | 'BARN'
  | 'KVALITETSUTVECKLING'
  | 'PROSTITUTION_MANNISKOHANDEL'
  | 'SARSKILT_UTSATTA_GRUPPER'
  | 'UNIVERSELLT_FOREBYGGANDE'
  | 'VALDSUTOVARE'
  | 'VALDSUTSATTA_KVINNOR';

export type NgoApplicationDetails = {
  __typename?: 'NgoApplicationDetails';
  /** Active at local level, in its kommun or county (null: not asked) */
  activeLocally?: Maybe<Scalars['Boolean']['output']>;
  activityArea: NgoActivityArea;
  /** Länskod where the organisation works */
  countyCode: Scalars['String']['output'];
  /** The eligibility check of the application, one row per condition */
  eligibility: Array<NgoEligibilityResult>;
  legalForm?: Maybe<NgoLegalForm>;
  /** Organisationsnummer, NNNNNN-NNNN */
  organisationNumber: Scalars['String']['output'];
  paymentMethod?: Maybe<PaymentMethod>;
  /** Bankgiro NNNN-NNNN or plusgiro N…N-N */
  paymentNumber?: Maybe<Scalars['String']['output']>;
  /** Such support is otherwise missing there (priority) */
  supportMissing: Scalars['Boolean']['output'];
};

export type NgoApplicationInput = {
  /** Active at local level, in its kommun or county (a condition to apply) */
  activeLocally: Scalars['Boolean']['input'];
  activityArea: NgoActivityArea;
  budgetLines: Array<BudgetLineInput>;
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  countyCode: Scalars['String']['input'];
  description: Scalars['String']['input'];
  /** Only an ideell förening or a stiftelse may apply */
  legalForm: NgoLegalForm;
  /** NNNNNN-NNNN */
  organisationNumber: Scalars['String']['input'];
  paymentMethod: PaymentMethod;
  paymentNumber: Scalars['String']['input'];
  periodEnd: Scalars['String']['input'];
  periodStart: Scalars['String']['input'];
  requestedAmount: Scalars['Int']['input'];
  roundId: Scalars['ID']['input'];
  supportMissing: Scalars['Boolean']['input'];
  targetGroups: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

export type NgoEligibilityCondition =
  | 'LEGAL_FORM'
  | 'LOCAL_ACTIVITY'
  | 'NON_PROFIT_NUMBER'
  | 'ORGANISATION_NUMBER';

/** One condition an NGO meets to apply for development funds, and whether the application met it */
export type NgoEligibilityResult = {
  __typename?: 'NgoEligibilityResult';
  condition: NgoEligibilityCondition;
  /** Null when the application was sent before the condition was asked */
  passed?: Maybe<Scalars['Boolean']['output']>;
};

/** Ideell förening, stiftelse, ekonomisk förening, aktiebolag, annan */
export type NgoLegalForm =
  | 'AKTIEBOLAG'
  | 'EKONOMISK_FORENING'
  | 'IDEELL_FORENING'
  | 'OTHER'
  | 'STIFTELSE';

export type NgoRankingRow = {
  __typename?: 'NgoRankingRow';
  application: GrantApplication;
  averageScore?: Maybe<Scalars['Float']['output']>;
  details?: Maybe<NgoApplicationDetails>;
  rank: Scalars['Int']['output'];
  /** What the ranking orders by: the average score plus supportMissingBonus when support is otherwise missing; null when unscored */
  rankingScore?: Maybe<Scalars['Float']['output']>;
  scores: Scalars['Int']['output'];
  /** The points added to the average score when support for the target group is otherwise missing */
  supportMissingBonus: Scalars['Float']['output'];
};

export type NgoScore = {
  __typename?: 'NgoScore';
  comment: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  score: Scalars['Int']['output'];
};

export type NgoScoreInput = {
  comment: Scalars['String']['input'];
  score: Scalars['Int']['input'];
};

export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  link?: Maybe<Scalars['String']['output']>;
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  title: Scalars['String']['output'];
};

export type NotificationPage = {
  __typename?: 'NotificationPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<Notification>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

export type OpenDevelopmentFundRoundInput = {
  closesAt: Scalars['DateTimeISO']['input'];
  /** Lowest allotment per kommun */
  floorAmount?: Scalars['Int']['input'];
  followUpDueDate: Scalars['String']['input'];
  kommunPot?: Scalars['Int']['input'];
  ngoPot?: Scalars['Int']['input'];
  opensAt: Scalars['DateTimeISO']['input'];
  regionPot?: Scalars['Int']['input'];
  /** Får användas till och med (YYYY-MM-DD): after the round's year, at most three years on; followUpDueDate is then the final report's */
  usableUntil?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};

export type Organisation = {
  __typename?: 'Organisation';
  /** The roles the signed-in person may give to users of this organisation (empty when they do not administer it) */
  assignableRoles: Array<Role>;
  code: Scalars['String']['output'];
  county?: Maybe<County>;
  countyCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  municipalityGroupCode?: Maybe<Scalars['String']['output']>;
  municipalityGroupName?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Organisationsnummer, NNNNNN-NNNN, once given */
  organisationNumber?: Maybe<Scalars['String']['output']>;
  population?: Maybe<Scalars['Int']['output']>;
  populationYear?: Maybe<Scalars['Int']['output']>;
};

/** What kind of body an organisation is */
export type OrganisationKind =
  | 'IDEELL_ORGANISATION'
  | 'JAMSTALLDHETSMYNDIGHETEN'
  | 'KOMMUN'
  | 'LANSSTYRELSE'
  | 'NATIONELLT_KUNSKAPSCENTRUM'
  | 'REGION'
  | 'SOCIALSTYRELSEN'
  | 'VARDANALYS';

export type OrganisationPage = {
  __typename?: 'OrganisationPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<Organisation>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

export type OutboxMail = {
  __typename?: 'OutboxMail';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  nextAttemptAt: Scalars['DateTimeISO']['output'];
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: OutboxStatus;
  subject: Scalars['String']['output'];
  textBody: Scalars['String']['output'];
  toAddress: Scalars['String']['output'];
};

export type OutboxMailPage = {
  __typename?: 'OutboxMailPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<OutboxMail>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

export type OutboxStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENDING'
  | 'SENT';

/** Delrapport: one calendar year of funds used over more than one year */
export type PartialReport = {
  __typename?: 'PartialReport';
  /** The year's coded answers to the round's follow-up form (empty until filed) */
  answers: Array<FollowUpAnswer>;
  /** When the partial report is due (YYYY-MM-DD) */
  dueDate: Scalars['String']['output'];
  report?: Maybe<Scalars['String']['output']>;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Used during the year, as reported */
  usedAmount?: Maybe<Scalars['Int']['output']>;
  year: Scalars['Int']['output'];
};

/** Delrapport: one calendar year of funds used over more than one year */
export type PartialReportInput = {
  /** Coded answers to the round's follow-up form, where the programme has one */
  answers?: Array<AnswerInput>;
  /** What was done during the year */
  report: Scalars['String']['input'];
  /** Kronor used during the year */
  usedAmount: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

export type ParticipantInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  profession?: Scalars['String']['input'];
  workplace?: Scalars['String']['input'];
};

export type ParticipationCountInput = {
  organisationId: Scalars['ID']['input'];
  participants: Scalars['Int']['input'];
};

export type PaymentMethod =
  | 'BANKGIRO'
  | 'PLUSGIRO';

export type PersonalDataCount = {
  __typename?: 'PersonalDataCount';
  count: Scalars['Int']['output'];
  kind: Scalars['String']['output'];
};

/** What an erasure erased, and what it kept and why */
export type PersonalDataErasure = {
  __typename?: 'PersonalDataErasure';
  erased: Array<PersonalDataCount>;
  kept: Array<PersonalDataSection>;
};

/** Everything the platform holds about an e-mail address (GDPR article 15) */
export type PersonalDataExtract = {
  __typename?: 'PersonalDataExtract';
  email: Scalars['String']['output'];
  generatedAt: Scalars['DateTimeISO']['output'];
  sections: Array<PersonalDataSection>;
};

/** A kind of record that holds personal data */
export type PersonalDataKind =
  | 'APPLICATION_CONTACT'
  | 'AUDIT_ENTRY'
  | 'COURSE_LEADER'
  | 'MEETING_ATTENDEE'
  | 'NETWORK_CONTACT'
  | 'OUTBOX_MAIL'
  | 'TRAINING_REGISTRATION'
  | 'USER_ACCOUNT';

/** One run of the erasure of personal data past the retention period */
export type PersonalDataRetentionRun = {
  __typename?: 'PersonalDataRetentionRun';
  cutoff: Scalars['DateTimeISO']['output'];
  erased: Array<PersonalDataCount>;
  months: Scalars['Int']['output'];
};

/** The records of one kind that name an e-mail address */
export type PersonalDataSection = {
  __typename?: 'PersonalDataSection';
  count: Scalars['Int']['output'];
  /** How many of them erasePersonalData erases */
  erasable: Scalars['Int']['output'];
  /** Why the others are kept, in the request's language */
  keptReason?: Maybe<Scalars['String']['output']>;
  kind: PersonalDataKind;
  /** The kind, in the request's language */
  label: Scalars['String']['output'];
  /** The records (at most 500), as in the JSON extract */
  records: Scalars['JSON']['output'];
};

/** Settings of the whole platform, changed by the platform administrator */
export type PlatformSettings = {
  __typename?: 'PlatformSettings';
  /** When the daily erasure of personal data last ran */
  lastRetentionRunAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Deciding on and paying out money needs two-factor sign-in */
  requireTotpForMoney: Scalars['Boolean']['output'];
  /** The default from the environment (SAMVERKA_REQUIRE_TOTP_FOR_MONEY) */
  requireTotpForMoneyDefault: Scalars['Boolean']['output'];
  /** Months after a training, meeting or application before participants' and contacts' personal data is erased */
  retentionMonths: Scalars['Int']['output'];
  /** The default from the environment (PERSONAL_DATA_RETENTION_MONTHS) */
  retentionMonthsDefault: Scalars['Int']['output'];
};

export type PlatformSettingsInput = {
  requireTotpForMoney?: InputMaybe<Scalars['Boolean']['input']>;
  /** 1 to 240 months */
  retentionMonths?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** The allocation key applied to the round, before it is published */
  allocationPreview: Array<AllocationRow>;
  /** Scores side by side (criterion × reviewer) and the proposal; refused to anyone with jäv */
  applicationAssessment: ApplicationAssessment;
  /** Who changed what and when, newest first */
  auditLog: AuditEntryPage;
  campaign: Campaign;
  /** Campaigns and information efforts of a county started in a year */
  campaigns: CampaignPage;
  /** The consultation body's queue */
  consultationRequests: Array<ConsultationRequest>;
  /** The 21 län */
  counties: Array<County>;
  /** The county boards' own work nationally in a year: the share of länsstyrelser per campaign, method and strategy measure, and totals; counts only */
  countyWorkNational: CountyWorkNational;
  courseLeaderCoverage: Array<CourseLeaderCoverage>;
  /** Certified kursledare: a kommun its own, a länsstyrelse its county, Socialstyrelsen and analysts all */
  courseLeaders: CourseLeaderPage;
  /** The follow-up form of the application's round, as its recipient is asked it */
  developmentFundFollowUpForm: DevelopmentFundFollowUpForm;
  /** Tabell 3–5 and Figur 2 of the national report, from the coded follow-ups */
  developmentFundFollowUpTables: FollowUpTables;
  developmentFundRound: DevelopmentFundRound;
  developmentFundRounds: Array<DevelopmentFundRound>;
  /** The national tables of a year; a länsstyrelse sees its own county */
  fundingStatistics: FundingStatistics;
  grantApplication: GrantApplication;
  /** Applications the signed-in user may see: their own organisation's, everything for Socialstyrelsen and analysts, what was sent for consultation for the consultation body */
  grantApplications: GrantApplicationPage;
  grantCall: GrantCall;
  /** Grant calls (utlysningar), newest first */
  grantCalls: Array<GrantCall>;
  /** The case thread and attachments of an application, for its applicant organisation and Socialstyrelsen's officers */
  grantCaseThread: GrantCaseThread;
  /** First sign-ins through the organisation's identity provider waiting for approval (at most 50, oldest first) */
  identityLinkRequests: Array<IdentityLinkRequest>;
  /** An organisation's identity provider (platform administrator) */
  identityProvider?: Maybe<IdentityProviderSettings>;
  /** The template of a kind for a programme, or a call (which overrides its programme's) */
  letterTemplate: LetterTemplateScope;
  /** The versions of a programme's or call's template, newest first (at most 50) */
  letterTemplateVersions: Array<LetterTemplateVersion>;
  /** The signed-in user, or null */
  me?: Maybe<User>;
  methodSpread: MethodSpread;
  methodSpreads: MethodSpreadPage;
  /** Methods and materials länsstyrelser spread (reference data) */
  methods: Array<Method>;
  municipalityVisit: MunicipalityVisit;
  /** Kommunbesök of a county (a länsstyrelse: its own) in a year */
  municipalityVisits: MunicipalityVisitPage;
  /** My organisation's allotment and requisition in the round */
  myAllotment: MyAllotment;
  /** The questionnaires my organisation is asked to answer */
  myQuestionnaireResponses: QuestionnaireResponsePage;
  /** One application the signed-in user reviews; its content opens (grantApplication) once no jäv is declared */
  myReview: ReviewTask;
  /** The applications the signed-in reviewer is to assess, newest first */
  myReviews: ReviewTaskPage;
  /** The signed-in person's sessions that have not expired, newest first (at most 50) */
  mySessions: Array<AccountSession>;
  /** My organisation's registrations, latest events first (offset pagination) */
  myTrainingRegistrations: Array<TrainingRegistration>;
  myTwoFactor: TwoFactorStatus;
  network: Network;
  /** The network's register of decisions from approved minutes, the latest meeting first */
  networkDecisions: MeetingDecisionPage;
  networkMeeting: NetworkMeeting;
  networkMeetings: NetworkMeetingPage;
  networkStatistics: NetworkStatistics;
  /** Networks my organisation convenes or belongs to */
  networks: NetworkPage;
  /** Per topic: the länsstyrelser convening networks, meetings held and organisations represented; counts only */
  networksByTopic: NetworksByTopic;
  ngoRanking: Array<NgoRankingRow>;
  /** Kommuner and regioner that have neither requisitioned nor declined: to remind */
  notRequisitioned: Array<Organisation>;
  /** The signed-in user's notifications, newest first */
  notifications: NotificationPage;
  organisation?: Maybe<Organisation>;
  /** Organisations, filtered by kind, county or name */
  organisations: OrganisationPage;
  /** E-mails queued or sent by the platform */
  outboxMails: OutboxMailPage;
  /** Paid grants whose follow-up report is overdue */
  overdueFollowUps: Array<GrantApplication>;
  /** Register extract: everything held about an e-mail address; also as /api/personal-data/extract.json and .pdf */
  personalDataExtract: PersonalDataExtract;
  platformSettings: PlatformSettings;
  /** A draft rendered for an application (or a sample one) in Swedish and English; nothing is stored */
  previewLetterTemplate: LetterTemplatePreview;
  /** A staff-list CSV file read row by row with each row's errors; nothing is stored */
  previewStaffImport: Array<StaffImportRow>;
  /** The bank of reusable questions */
  questionBank: QuestionPage;
  questionnaire: Questionnaire;
  /** The organisations asked and where each stands; for the owner */
  questionnaireRecipients: QuestionnaireResponsePage;
  /** A response: for the responding organisation and the questionnaire's owner */
  questionnaireResponse: QuestionnaireResponse;
  /** Recipients and submitted answers */
  questionnaireResponseRate: ResponseRate;
  /** Counts and shares per question, nationally or for a county */
  questionnaireResults: QuestionnaireResults;
  /** Questionnaires my organisation owns; for those who read results, every questionnaire sent */
  questionnaires: QuestionnairePage;
  regionalStrategies: RegionalStrategyPage;
  regionalStrategy: RegionalStrategy;
  /** The reporting dates of the government's decision, with their status */
  reportDeadlines: Array<ReportDeadlineView>;
  /** The yearly report to the government for a year: its sections, tables and charts */
  reportOverview: ReportOverview;
  roleDefinitions: Array<RoleDefinition>;
  /** Applications, trainings, networks and meetings that match the term, among those the signed-in person may see */
  search: SearchResults;
  /** The organisations offered as 'Logga in via <organisation>' on the sign-in page (at most 50) */
  signInProviders: Array<SignInProvider>;
  /** My organisation's saved staff list, by name */
  staffMembers: StaffMemberPage;
  /** Stimulus funds of a year as in Tabell 1 of the final report: available, applied for, granted, paid, used, share used, repaid, per organisation and per purpose */
  stimulusSummary: StimulusSummary;
  trainingEvent: TrainingEvent;
  /** Published training events (and the organiser's own drafts), soonest first */
  trainingEvents: TrainingEventPage;
  /** Reach per training type, year and county, counted by distinct people and organisations */
  trainingReach: TrainingReach;
  trainingStatistics: TrainingStatistics;
  unreadNotificationCount: Scalars['Int']['output'];
  /** People of an organisation */
  users: UserPage;
  /** What needs the signed-in person now: a few items of each kind, each with its deadline and link */
  workQueue: WorkQueue;
};


export type QueryAllocationPreviewArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryApplicationAssessmentArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryCampaignArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCampaignsArgs = {
  countyBoardId?: InputMaybe<Scalars['ID']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  scope?: InputMaybe<CampaignScope>;
  topic?: InputMaybe<NetworkTopic>;
  year: Scalars['Int']['input'];
};


export type QueryConsultationRequestsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  openOnly?: Scalars['Boolean']['input'];
};


export type QueryCountyWorkNationalArgs = {
  year: Scalars['Int']['input'];
};


export type QueryCourseLeadersArgs = {
  countyCode?: InputMaybe<Scalars['String']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDevelopmentFundFollowUpFormArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryDevelopmentFundFollowUpTablesArgs = {
  groupBy?: FundingGroupBy;
  year: Scalars['Int']['input'];
};


export type QueryDevelopmentFundRoundArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFundingStatisticsArgs = {
  countyCode?: InputMaybe<Scalars['String']['input']>;
  groupBy?: FundingGroupBy;
  populationYear?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryGrantApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGrantApplicationsArgs = {
  callId?: InputMaybe<Scalars['ID']['input']>;
  callIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  followUpReviews?: InputMaybe<Array<FollowUpReviewStatus>>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  readyFor?: InputMaybe<GrantApplicationAction>;
  statuses?: InputMaybe<Array<GrantApplicationStatus>>;
};


export type QueryGrantCallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGrantCallsArgs = {
  programme?: InputMaybe<GrantProgramme>;
};


export type QueryGrantCaseThreadArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryIdentityLinkRequestsArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryIdentityProviderArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryLetterTemplateArgs = {
  callId?: InputMaybe<Scalars['ID']['input']>;
  kind: LetterTemplateKind;
  programme: GrantProgramme;
};


export type QueryLetterTemplateVersionsArgs = {
  callId?: InputMaybe<Scalars['ID']['input']>;
  kind: LetterTemplateKind;
  limit?: Scalars['Int']['input'];
  programme: GrantProgramme;
};


export type QueryMethodSpreadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMethodSpreadsArgs = {
  countyBoardId?: InputMaybe<Scalars['ID']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type QueryMethodsArgs = {
  includeInactive?: Scalars['Boolean']['input'];
};


export type QueryMunicipalityVisitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMunicipalityVisitsArgs = {
  countyBoardId?: InputMaybe<Scalars['ID']['input']>;
  kommunId?: InputMaybe<Scalars['ID']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  topic?: InputMaybe<NetworkTopic>;
  year: Scalars['Int']['input'];
};


export type QueryMyAllotmentArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryMyQuestionnaireResponsesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryMyReviewArgs = {
  applicationId: Scalars['ID']['input'];
};


export type QueryMyReviewsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  pendingOnly?: Scalars['Boolean']['input'];
};


export type QueryMyTrainingRegistrationsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryNetworkArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNetworkDecisionsArgs = {
  limit?: Scalars['Int']['input'];
  networkId: Scalars['ID']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryNetworkMeetingArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNetworkMeetingsArgs = {
  limit?: Scalars['Int']['input'];
  networkId?: InputMaybe<Scalars['ID']['input']>;
  offset?: Scalars['Int']['input'];
  pastOnly?: Scalars['Boolean']['input'];
  upcomingOnly?: Scalars['Boolean']['input'];
};


export type QueryNetworkStatisticsArgs = {
  networkId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
};


export type QueryNetworksArgs = {
  convenedByMe?: Scalars['Boolean']['input'];
  kind?: InputMaybe<NetworkKind>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  topic?: InputMaybe<NetworkTopic>;
};


export type QueryNetworksByTopicArgs = {
  year: Scalars['Int']['input'];
};


export type QueryNgoRankingArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryNotRequisitionedArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryNotificationsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  countyCode?: InputMaybe<Scalars['String']['input']>;
  kinds?: InputMaybe<Array<OrganisationKind>>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryOutboxMailsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  status?: InputMaybe<OutboxStatus>;
};


export type QueryOverdueFollowUpsArgs = {
  callId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPersonalDataExtractArgs = {
  email: Scalars['String']['input'];
};


export type QueryPreviewLetterTemplateArgs = {
  applicationId?: InputMaybe<Scalars['ID']['input']>;
  input: LetterTemplateInput;
};


export type QueryPreviewStaffImportArgs = {
  csv: Scalars['String']['input'];
};


export type QueryQuestionBankArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryQuestionnaireArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestionnaireRecipientsArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  questionnaireId: Scalars['ID']['input'];
  status?: InputMaybe<QuestionnaireResponseStatus>;
};


export type QueryQuestionnaireResponseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestionnaireResponseRateArgs = {
  questionnaireId: Scalars['ID']['input'];
};


export type QueryQuestionnaireResultsArgs = {
  countyCode?: InputMaybe<Scalars['String']['input']>;
  questionnaireId: Scalars['ID']['input'];
};


export type QueryQuestionnairesArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  status?: InputMaybe<QuestionnaireStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRegionalStrategiesArgs = {
  countyBoardId?: InputMaybe<Scalars['ID']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};


export type QueryRegionalStrategyArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportOverviewArgs = {
  year: Scalars['Int']['input'];
};


export type QuerySearchArgs = {
  term: Scalars['String']['input'];
};


export type QueryStaffMembersArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryStimulusSummaryArgs = {
  year: Scalars['Int']['input'];
};


export type QueryTrainingEventArgs = {
  id: Scalars['ID']['input'];
};


export type QueryTrainingEventsArgs = {
  countyCode?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  organisedByMe?: Scalars['Boolean']['input'];
  statuses?: InputMaybe<Array<TrainingEventStatus>>;
  to?: InputMaybe<Scalars['String']['input']>;
  types?: InputMaybe<Array<TrainingType>>;
  withPlacesLeft?: Scalars['Boolean']['input'];
};


export type QueryTrainingReachArgs = {
  countyCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryTrainingStatisticsArgs = {
  countyCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryUsersArgs = {
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type Question = {
  __typename?: 'Question';
  allowsOther: Scalars['Boolean']['output'];
  /** What may be answered: the fixed three of yes/no/don't know, the options, and OTHER where allowed */
  choices: Array<QuestionChoice>;
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  matrixRows: Array<QuestionChoice>;
  options: Array<QuestionChoice>;
  prefillCode?: Maybe<Scalars['String']['output']>;
  textEn: Scalars['String']['output'];
  textSv: Scalars['String']['output'];
  type: QuestionType;
};

export type QuestionChoice = {
  __typename?: 'QuestionChoice';
  code: Scalars['String']['output'];
  en: Scalars['String']['output'];
  sv: Scalars['String']['output'];
};

export type QuestionPage = {
  __typename?: 'QuestionPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<Question>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

export type QuestionResult = {
  __typename?: 'QuestionResult';
  /** How many submitted answers the question has */
  answered: Scalars['Int']['output'];
  cells: Array<MatrixCellCount>;
  /** A Vega-Lite specification of the question's bar chart */
  chart?: Maybe<Scalars['JSON']['output']>;
  choices: Array<ChoiceCount>;
  mean?: Maybe<Scalars['Float']['output']>;
  position: Scalars['Int']['output'];
  question: Question;
  section?: Maybe<Scalars['String']['output']>;
  /** Number and amount questions */
  sum?: Maybe<Scalars['Float']['output']>;
};

/** Ja/nej/vet ej, ett val, flera val, antal, belopp (kr), fritext, matris (ett val per rad) */
export type QuestionType =
  | 'AMOUNT'
  | 'MATRIX'
  | 'MULTIPLE_CHOICE'
  | 'NUMBER'
  | 'SINGLE_CHOICE'
  | 'TEXT'
  | 'YES_NO_DONT_KNOW';

export type Questionnaire = {
  __typename?: 'Questionnaire';
  availableActions: Array<QuestionnaireAction>;
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Codes of the core questions that cannot be removed */
  coreCodes?: Maybe<Array<Scalars['String']['output']>>;
  createdAt: Scalars['DateTimeISO']['output'];
  deadline: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** My organisation's response, when it was asked */
  myResponse?: Maybe<QuestionnaireResponse>;
  owner: Organisation;
  questions: Array<QuestionnaireQuestion>;
  remindedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** For the owner and those who read results */
  responseRate?: Maybe<ResponseRate>;
  sentAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: QuestionnaireStatus;
  targetGroup: QuestionnaireTargetGroup;
  titleEn: Scalars['String']['output'];
  titleSv: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** Vad som kan göras med enkäten: ändra, skicka ut, påminna, stänga, läsa resultat */
export type QuestionnaireAction =
  | 'CLOSE'
  | 'EDIT'
  | 'READ_RESULTS'
  | 'REMIND'
  | 'SEND';

export type QuestionnaireAnswer = {
  __typename?: 'QuestionnaireAnswer';
  /** Pre-filled and since changed by the respondent */
  changedFromPrefill: Scalars['Boolean']['output'];
  /** A free-text comment beside the answer */
  comment?: Maybe<Scalars['String']['output']>;
  otherText?: Maybe<Scalars['String']['output']>;
  /** Filled in from the platform's data */
  prefilled: Scalars['Boolean']['output'];
  /** What the platform's data said */
  prefilledValue?: Maybe<AnswerValueView>;
  questionId: Scalars['ID']['output'];
  updatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who changed the answer last (null when only pre-filled) */
  updatedBy?: Maybe<User>;
  value?: Maybe<AnswerValueView>;
};

export type QuestionnaireItemInput = {
  questionId: Scalars['ID']['input'];
  /** A heading the question is shown under */
  section?: InputMaybe<Scalars['String']['input']>;
};

export type QuestionnairePage = {
  __typename?: 'QuestionnairePage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<Questionnaire>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

export type QuestionnaireQuestion = {
  __typename?: 'QuestionnaireQuestion';
  position: Scalars['Int']['output'];
  question: Question;
  section?: Maybe<Scalars['String']['output']>;
};

export type QuestionnaireResponse = {
  __typename?: 'QuestionnaireResponse';
  /** Only for the responding organisation and the questionnaire's owner */
  answers: Array<QuestionnaireAnswer>;
  availableActions: Array<QuestionnaireResponseAction>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  organisation: Organisation;
  questionnaire: Questionnaire;
  status: QuestionnaireResponseStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  submittedBy?: Maybe<User>;
  updatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  updatedBy?: Maybe<User>;
};

/** Vad som kan göras med svaret: spara (utkast eller rättelse), skicka in */
export type QuestionnaireResponseAction =
  | 'SAVE'
  | 'SUBMIT';

export type QuestionnaireResponsePage = {
  __typename?: 'QuestionnaireResponsePage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<QuestionnaireResponse>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

export type QuestionnaireResponseStatus =
  | 'DRAFT'
  | 'SUBMITTED';

export type QuestionnaireResults = {
  __typename?: 'QuestionnaireResults';
  byCounty: Array<CountyResponseRate>;
  /** The county the figures are for; null for the whole country */
  countyCode?: Maybe<Scalars['String']['output']>;
  questionnaire: Questionnaire;
  questions: Array<QuestionResult>;
  responseRate: ResponseRate;
};

export type QuestionnaireStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'SENT';

/** Who a questionnaire is sent to */
export type QuestionnaireTargetGroup =
  | 'KOMMUNER'
  | 'LANSSTYRELSER'
  | 'NGOS_WITH_GRANTS'
  | 'REGIONER';

/** One figure of a reach row, e.g. for a chart per län */
export type ReachMeasure =
  | 'EVENTS'
  | 'KOMMUNER'
  | 'NGOS'
  | 'OTHER_BODIES'
  | 'PARTICIPANTS'
  | 'REGIONER'
  | 'UNMET_DEMAND';

/** Återkrav at the review of a follow-up report */
export type ReclaimInput = {
  /** Kronor to repay; at most what was paid minus what is already to be repaid */
  amount: Scalars['Int']['input'];
  motivation: Scalars['String']['input'];
};

export type RedistributionResult = {
  __typename?: 'RedistributionResult';
  /** True when the redistribution had been applied before; nothing changed */
  alreadyApplied: Scalars['Boolean']['output'];
  /** True when this call changed the grants */
  applied: Scalars['Boolean']['output'];
  /** Kronor not requisitioned, before redistribution */
  pool: Scalars['Int']['output'];
  rows: Array<RedistributionRow>;
};

export type RedistributionRow = {
  __typename?: 'RedistributionRow';
  amount: Scalars['Int']['output'];
  applicationId: Scalars['ID']['output'];
  organisation: Organisation;
};

export type RegionalStrategy = {
  __typename?: 'RegionalStrategy';
  adoptedOn?: Maybe<Scalars['String']['output']>;
  /** The statuses the strategy may move to now, for the actor */
  availableStatuses: Array<StrategyStatus>;
  countyBoard: Organisation;
  documentFilename?: Maybe<Scalars['String']['output']>;
  /** Where to download the adopted document */
  documentUrl?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: StrategyKind;
  /** Linked to the county's strategy for gender mainstreaming (jämställdhetsintegrering) */
  linkedToGenderMainstreaming: Scalars['Boolean']['output'];
  notes: Scalars['String']['output'];
  status: StrategyStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  year: Scalars['Int']['output'];
};

export type RegionalStrategyInput = {
  /** Omitted: a new strategy, with status NONE or as given */
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: StrategyKind;
  linkedToGenderMainstreaming?: Scalars['Boolean']['input'];
  notes?: Scalars['String']['input'];
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type RegionalStrategyPage = {
  __typename?: 'RegionalStrategyPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<RegionalStrategy>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

/** Vad som kan göras med anmälan: avboka, ge bekräftad plats, flytta till reservlistan, registrera närvaro */
export type RegistrationAction =
  | 'CANCEL'
  | 'CONFIRM'
  | 'MARK_ATTENDANCE'
  | 'WAITLIST';

export type RegistrationStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'WAITLISTED';

/** Upcoming, overdue (the date passed without a report), or submitted */
export type ReportDeadlineStatus =
  | 'OVERDUE'
  | 'SUBMITTED'
  | 'UPCOMING';

/** A reporting date set by the government's decision, with its status */
export type ReportDeadlineView = {
  __typename?: 'ReportDeadlineView';
  /** Whether the reader may mark it submitted now */
  canSubmit: Scalars['Boolean']['output'];
  /** YYYY-MM-DD */
  dueDate: Scalars['String']['output'];
  /** Stable key of the date, e.g. final-2023 */
  key: Scalars['String']['output'];
  /** The frozen PDF, once submitted */
  pdfUrl?: Maybe<Scalars['String']['output']>;
  /** The agency that reports */
  responsible: OrganisationKind;
  status: ReportDeadlineStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** The year of the report that was submitted */
  submittedYear?: Maybe<Scalars['Int']['output']>;
  /** What is to be reported, in the request's language */
  title: Scalars['String']['output'];
  /** The frozen workbook, once submitted */
  xlsxUrl?: Maybe<Scalars['String']['output']>;
  /** The year whose figures the report gives */
  year: Scalars['Int']['output'];
};

/** The yearly report of a year, as the web shows it, with its downloads */
export type ReportOverview = {
  __typename?: 'ReportOverview';
  /** The platform holds demo data */
  demo: Scalars['Boolean']['output'];
  pdfUrl: Scalars['String']['output'];
  sections: Array<ReportSectionView>;
  xlsxUrl: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** A section of the report: its tables and charts (the PDF's, the same specifications) */
export type ReportSectionView = {
  __typename?: 'ReportSectionView';
  /** Vega-Lite specifications, as the PDF draws them */
  charts: Array<Scalars['JSON']['output']>;
  key: Scalars['String']['output'];
  tables: Array<ReportTableView>;
  title: Scalars['String']['output'];
};

/** A table of the report, its cells written as the report writes them */
export type ReportTableView = {
  __typename?: 'ReportTableView';
  columns: Array<Scalars['String']['output']>;
  note?: Maybe<Scalars['String']['output']>;
  rows: Array<Array<Scalars['String']['output']>>;
  title: Scalars['String']['output'];
};

export type Requisition = {
  __typename?: 'Requisition';
  paymentMethod: PaymentMethod;
  paymentNumber: Scalars['String']['output'];
  redistributedAmount: Scalars['Int']['output'];
  wantsMore: Scalars['Boolean']['output'];
  wantsMoreUpTo?: Maybe<Scalars['Int']['output']>;
};

export type RequisitionInput = {
  /** All of the allotment or less (for a joint requisition: of the pooled allotments) */
  amount: Scalars['Int']['input'];
  contactEmail: Scalars['String']['input'];
  contactName: Scalars['String']['input'];
  /** Other kommuner requisitioning jointly through my kommun (each must confirm) */
  jointMemberOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Organisationsnummer NNNNNN-NNNN of the requisitioning organisation, kept on it for the next round; omitted: the one kept (required when none is kept) */
  organisationNumber?: InputMaybe<Scalars['String']['input']>;
  paymentMethod: PaymentMethod;
  paymentNumber: Scalars['String']['input'];
  /** Planned use by category; must add up to the amount */
  plannedUse: Array<FundUseInput>;
  roundId: Scalars['ID']['input'];
  /** Wants a share of funds left over */
  wantsMore?: Scalars['Boolean']['input'];
  wantsMoreUpTo?: InputMaybe<Scalars['Int']['input']>;
};

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  /** The token of the link mailed by requestPasswordReset */
  token: Scalars['String']['input'];
};

export type ResponseRate = {
  __typename?: 'ResponseRate';
  recipients: Scalars['Int']['output'];
  /** submitted / recipients, 0–1 */
  share: Scalars['Float']['output'];
  submitted: Scalars['Int']['output'];
};

/** Vad en bedömare kan göra med en ansökan just nu */
export type ReviewAction =
  /** Pröva och anmäla jäv (eller förklara sig inte jävig) */
  | 'DECLARE'
  /** Poängsätta ansökan på bedömningsgrunderna */
  | 'SCORE';

export type ReviewScoreInput = {
  comment: Scalars['String']['input'];
  scores: Array<CriterionPointsInput>;
};

/** En bedömares del i en ansökan */
export type ReviewStatus =
  /** Tilldelad, har inte prövat jäv */
  | 'ASSIGNED'
  /** Jävig, deltar inte */
  | 'DISQUALIFIED'
  /** Har förklarat sig inte jävig */
  | 'IMPARTIAL'
  /** Borttagen som bedömare innan poängsättning */
  | 'REMOVED'
  /** Har poängsatt */
  | 'SCORED';

/** One application as its reviewer sees it: what to judge jäv on, and their own part */
export type ReviewTask = {
  __typename?: 'ReviewTask';
  /** The applying organisation */
  applicantName: Scalars['String']['output'];
  applicationId: Scalars['ID']['output'];
  applicationStatus: GrantApplicationStatus;
  /** What the reviewer can do now; the mutations ask the same rules */
  availableActions: Array<ReviewAction>;
  callId: Scalars['ID']['output'];
  callTitle: Scalars['String']['output'];
  comment?: Maybe<Scalars['String']['output']>;
  diarienummer?: Maybe<Scalars['String']['output']>;
  /** Where the application opens in the web app (its programme's page for officers), once the reviewer has declared no jäv */
  link?: Maybe<Scalars['String']['output']>;
  /** The reviewer's own points (empty until scored) */
  scores: Array<CriterionPoints>;
  status: ReviewStatus;
  title: Scalars['String']['output'];
  total?: Maybe<Scalars['Int']['output']>;
};

export type ReviewTaskPage = {
  __typename?: 'ReviewTaskPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<ReviewTask>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

/** A Socialstyrelsen officer as a reviewer (bedömare) */
export type Reviewer = {
  __typename?: 'Reviewer';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** One reviewer's column of the decision view */
export type ReviewerScores = {
  __typename?: 'ReviewerScores';
  comment?: Maybe<Scalars['String']['output']>;
  reviewerId: Scalars['ID']['output'];
  reviewerName: Scalars['String']['output'];
  /** Shown once scored; a reviewer with jäv has none */
  scores: Array<CriterionPoints>;
  status: ReviewStatus;
  total?: Maybe<Scalars['Int']['output']>;
};

/** A named bundle of abilities */
export type Role =
  | 'ANALYTIKER'
  | 'IDEELL_ORGANISATION'
  | 'JAMSTALLDHETSMYNDIGHETEN'
  | 'KOMMUN_SAMORDNARE'
  | 'LANSSTYRELSE_UTVECKLINGSLEDARE'
  | 'NATIONELLT_KUNSKAPSCENTRUM'
  | 'ORGANISATION_ADMIN'
  | 'PLATFORM_ADMIN'
  | 'REGION_SAMORDNARE'
  | 'SOCIALSTYRELSEN_HANDLAGGARE';

/** A role: a named bundle of abilities, and the kinds of organisation it may be given in */
export type RoleDefinition = {
  __typename?: 'RoleDefinition';
  abilities: Array<Scalars['String']['output']>;
  organisationKinds: Array<OrganisationKind>;
  role: Role;
};

export type SaveGrantApplicationInput = {
  budgetLines?: InputMaybe<Array<BudgetLineInput>>;
  callId?: InputMaybe<Scalars['ID']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactName?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  periodEnd?: InputMaybe<Scalars['String']['input']>;
  periodStart?: InputMaybe<Scalars['String']['input']>;
  plannedActivities?: InputMaybe<Scalars['String']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
  /** Stimulus funds: what the funds are for, one or more (each counted once) */
  purposeCategories?: InputMaybe<Array<StimulusPurpose>>;
  requestedAmount?: InputMaybe<Scalars['Int']['input']>;
  targetGroups?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type SaveNetworkInput = {
  /** Co-conveners (medsammankallande); they become members too */
  coConvenerOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Kept as it is when omitted; a new network is a NETWORK */
  kind?: InputMaybe<NetworkKind>;
  name: Scalars['String']['input'];
  topic: NetworkTopic;
};

export type SaveQuestionnaireInput = {
  /** Last day to answer, YYYY-MM-DD */
  deadline: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  /** The questions, in order */
  items: Array<QuestionnaireItemInput>;
  targetGroup: QuestionnaireTargetGroup;
  titleEn: Scalars['String']['input'];
  titleSv: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

/** Create (without id) or update (with id) a training event */
export type SaveTrainingEventInput = {
  capacity: Scalars['Int']['input'];
  description?: Scalars['String']['input'];
  /** Länskoder; default the organiser's county, or every county when national */
  eligibleCountyCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Default: kommuner, regioner and NGOs */
  eligibleKinds?: InputMaybe<Array<OrganisationKind>>;
  id?: InputMaybe<Scalars['ID']['input']>;
  location?: InputMaybe<Scalars['String']['input']>;
  /** Held without registrations here; log participant counts instead */
  loggedOnly?: Scalars['Boolean']['input'];
  /** Open to the whole country (e.g. Länsstyrelsen Västra Götaland's kursledarutbildning) */
  national?: Scalars['Boolean']['input'];
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  quotaPerOrganisation?: InputMaybe<Scalars['Int']['input']>;
  quotaReleaseAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  registrationDeadline?: InputMaybe<Scalars['DateTimeISO']['input']>;
  sessions: Array<TrainingSessionInput>;
  title: Scalars['String']['input'];
  type: TrainingType;
};

export type ScheduleMeetingInput = {
  agenda?: InputMaybe<Array<AgendaItemInput>>;
  endsAt: Scalars['DateTimeISO']['input'];
  /** Invite the members now. A meeting that has already taken place cannot be invited to: record it with invite false, and it is held, without invitations */
  invite?: Scalars['Boolean']['input'];
  location?: InputMaybe<Scalars['String']['input']>;
  networkId: Scalars['ID']['input'];
  onlineUrl?: InputMaybe<Scalars['String']['input']>;
  /** How many meetings in the series (e.g. 2 for twice a year) */
  repeatCount?: Scalars['Int']['input'];
  /** Months between meetings in a series */
  repeatIntervalMonths?: Scalars['Int']['input'];
  rsvpDeadline?: InputMaybe<Scalars['DateTimeISO']['input']>;
  startsAt: Scalars['DateTimeISO']['input'];
  title: Scalars['String']['input'];
};

export type SearchGroup = {
  __typename?: 'SearchGroup';
  hits: Array<SearchHit>;
  kind: SearchKind;
  /** How many match, also beyond those listed */
  total: Scalars['Int']['output'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  /** The diarienummer and organisation, the date, or the network */
  detail?: Maybe<Scalars['String']['output']>;
  /** Where in the web app the hit is opened */
  link: Scalars['String']['output'];
  title: Scalars['String']['output'];
};

/** Vad en träff är */
export type SearchKind =
  /** Ansökan (titel, diarienummer eller organisation) */
  | 'APPLICATION'
  /** Nätverksmöte */
  | 'MEETING'
  /** Nätverk */
  | 'NETWORK'
  /** Utbildning */
  | 'TRAINING';

/** What matches the term among what the signed-in person may see */
export type SearchResults = {
  __typename?: 'SearchResults';
  /** Every kind, also those without hits */
  groups: Array<SearchGroup>;
  term: Scalars['String']['output'];
};

/** An organisation whose people can sign in through its identity provider */
export type SignInProvider = {
  __typename?: 'SignInProvider';
  /** The organisation's code; the sign-in starts at /api/auth/oidc/<code>/start */
  organisationCode: Scalars['String']['output'];
  organisationName: Scalars['String']['output'];
};

/** A sign-out */
export type SignOutPayload = {
  __typename?: 'SignOutPayload';
  /** Where the browser goes next to sign out at the identity provider too (its end_session_endpoint); null when the sign-in was not through one */
  providerLogoutUrl?: Maybe<Scalars['String']['output']>;
};

export type StaffImportResult = {
  __typename?: 'StaffImportResult';
  added: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

/** One row of a staff-list file as it would be imported */
export type StaffImportRow = {
  __typename?: 'StaffImportRow';
  email: Scalars['String']['output'];
  /** What is wrong with the row; empty when it can be imported */
  errors: Array<Scalars['String']['output']>;
  /** The address is already in the list: the row updates that person */
  existing: Scalars['Boolean']['output'];
  /** Line in the file (the headings are line 1) */
  line: Scalars['Int']['output'];
  name: Scalars['String']['output'];
  title: Scalars['String']['output'];
  workplace: Scalars['String']['output'];
};

export type StaffMember = {
  __typename?: 'StaffMember';
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  title: Scalars['String']['output'];
  workplace: Scalars['String']['output'];
};

/** A person of the organisation's staff list: create (without id) or update (with id) */
export type StaffMemberInput = {
  email: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  title?: Scalars['String']['input'];
  workplace?: Scalars['String']['input'];
};

export type StaffMemberPage = {
  __typename?: 'StaffMemberPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<StaffMember>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

/** Stimulus funds of a set of applications (submitted, withdrawn ones excluded), in whole kronor */
export type StimulusFigures = {
  __typename?: 'StimulusFigures';
  /** Applications submitted (withdrawn ones excluded) */
  applications: Scalars['Int']['output'];
  /** Granted by decision */
  granted: Scalars['Int']['output'];
  /** Paid out */
  paid: Scalars['Int']['output'];
  /** Repaid (received) */
  repaid: Scalars['Int']['output'];
  /** To be repaid, not yet received */
  repaymentDue: Scalars['Int']['output'];
  /** Applied for */
  requested: Scalars['Int']['output'];
  /** Used of granted, in whole per cent (rounded); null when nothing was granted */
  shareUsed?: Maybe<Scalars['Int']['output']>;
  /** Used, as the follow-up reports say */
  used: Scalars['Int']['output'];
};

/** What special stimulus funds are for: information and training efforts, targeted efforts for certain groups, development work */
export type StimulusPurpose =
  | 'DEVELOPMENT'
  | 'INFORMATION_AND_TRAINING'
  | 'TARGETED_GROUPS';

/** The applications stating one purpose. An application with several purposes is counted in full under each of them, so these rows add up to more than the total when purposes overlap; the total is the summary's own */
export type StimulusPurposeSummary = {
  __typename?: 'StimulusPurposeSummary';
  /** Applications submitted (withdrawn ones excluded) */
  applications: Scalars['Int']['output'];
  /** Granted by decision */
  granted: Scalars['Int']['output'];
  /** The purpose in the request's language */
  label: Scalars['String']['output'];
  /** Paid out */
  paid: Scalars['Int']['output'];
  /** null: applications that state no purpose (made before purposes were asked for) */
  purpose?: Maybe<StimulusPurpose>;
  /** Organisations granted money for this purpose */
  recipients: Scalars['Int']['output'];
  /** Repaid (received) */
  repaid: Scalars['Int']['output'];
  /** To be repaid, not yet received */
  repaymentDue: Scalars['Int']['output'];
  /** Applied for */
  requested: Scalars['Int']['output'];
  /** Used of granted, in whole per cent (rounded); null when nothing was granted */
  shareUsed?: Maybe<Scalars['Int']['output']>;
  /** Used, as the follow-up reports say */
  used: Scalars['Int']['output'];
};

/** One organisation that applied for stimulus funds in the year, with its figures and the purposes it stated */
export type StimulusRecipientSummary = {
  __typename?: 'StimulusRecipientSummary';
  /** Applications submitted (withdrawn ones excluded) */
  applications: Scalars['Int']['output'];
  /** Granted by decision */
  granted: Scalars['Int']['output'];
  organisationId: Scalars['ID']['output'];
  organisationKind: OrganisationKind;
  organisationName: Scalars['String']['output'];
  /** Paid out */
  paid: Scalars['Int']['output'];
  /** Some of its applications state no purpose (made before purposes were asked for) */
  purposeNotStated: Scalars['Boolean']['output'];
  /** Every purpose stated in its applications, in the order of the decision */
  purposes: Array<StimulusPurpose>;
  /** Repaid (received) */
  repaid: Scalars['Int']['output'];
  /** To be repaid, not yet received */
  repaymentDue: Scalars['Int']['output'];
  /** Applied for */
  requested: Scalars['Int']['output'];
  /** Used of granted, in whole per cent (rounded); null when nothing was granted */
  shareUsed?: Maybe<Scalars['Int']['output']>;
  /** Used, as the follow-up reports say */
  used: Scalars['Int']['output'];
};

/** Stimulus funds of one year, as Tabell 1 of Socialstyrelsen's final report: available, recipients, granted, used, share used, repaid */
export type StimulusSummary = {
  __typename?: 'StimulusSummary';
  /** Organisations that applied (withdrawn applications excluded) */
  applicants: Scalars['Int']['output'];
  /** Available: the sum of the budgets of the year's stimulus calls */
  available: Scalars['Int']['output'];
  /** Every organisation that applied, by name; one granted nothing shows 0 and is not a recipient */
  byOrganisation: Array<StimulusRecipientSummary>;
  /** Per purpose, then the applications that state none. An application with several purposes counts in full under each, so the rows may add up to more than the total */
  byPurpose: Array<StimulusPurposeSummary>;
  /** Stimulus calls of the year */
  calls: Scalars['Int']['output'];
  /** Organisations granted money */
  recipients: Scalars['Int']['output'];
  /** Who was granted money, in words and in the request's language: "Fem länsstyrelser och NCK" */
  recipientsDescription: Scalars['String']['output'];
  total: StimulusFigures;
  year: Scalars['Int']['output'];
};

/** Regional strategi eller handlingsplan */
export type StrategyKind =
  | 'ACTION_PLAN'
  | 'STRATEGY';

/** Saknas, arbete påbörjat, antagen, reviderad */
export type StrategyStatus =
  | 'ADOPTED'
  | 'NONE'
  | 'REVISED'
  | 'STARTED';

export type StrategyStatusInput = {
  /** Required when ADOPTED or REVISED */
  adoptedOn?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  status: StrategyStatus;
};

export type TrainingAttendance = {
  __typename?: 'TrainingAttendance';
  sessionId: Scalars['ID']['output'];
  status: AttendanceStatus;
};

/** A person checked in at the door with their code */
export type TrainingCheckIn = {
  __typename?: 'TrainingCheckIn';
  /** The person was already checked in for this session; nothing changed */
  alreadyCheckedIn: Scalars['Boolean']['output'];
  registration: TrainingRegistration;
  /** Today's session, whose attendance was recorded */
  session: TrainingSession;
};

export type TrainingEvent = {
  __typename?: 'TrainingEvent';
  /** What I may do with the event now, as the server decides */
  availableActions: Array<TrainingEventAction>;
  /** iCalendar file of the event's sessions */
  calendarUrl: Scalars['String']['output'];
  cancelReason?: Maybe<Scalars['String']['output']>;
  capacity: Scalars['Int']['output'];
  /** Today's session, for which the organiser can check people in by code */
  checkInSession?: Maybe<TrainingSession>;
  confirmedCount: Scalars['Int']['output'];
  countyCode?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  eligibleCountyCodes: Array<Scalars['String']['output']>;
  eligibleKinds: Array<OrganisationKind>;
  endsAt?: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** The signed-in user organises this event */
  isOrganiser: Scalars['Boolean']['output'];
  location?: Maybe<Scalars['String']['output']>;
  loggedOnly: Scalars['Boolean']['output'];
  onlineUrl?: Maybe<Scalars['String']['output']>;
  organiser: Organisation;
  /** Participant counts logged for an event held without registrations here */
  participationLogs: Array<TrainingParticipationLog>;
  placesLeft: Scalars['Int']['output'];
  quotaPerOrganisation?: Maybe<Scalars['Int']['output']>;
  quotaReleaseAt?: Maybe<Scalars['DateTimeISO']['output']>;
  registrationDeadline?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Registrations the signed-in user may see: all for the organiser and Socialstyrelsen, otherwise their own organisation's */
  registrations: Array<TrainingRegistration>;
  sessions: Array<TrainingSession>;
  startsAt?: Maybe<Scalars['DateTimeISO']['output']>;
  status: TrainingEventStatus;
  title: Scalars['String']['output'];
  type: TrainingType;
  /** People waiting for a seat */
  waitlistCount: Scalars['Int']['output'];
};

/** Vad som kan göras med utbildningen: ändra, publicera, markera som genomförd, ställa in, logga deltagare, anmäla */
export type TrainingEventAction =
  | 'CANCEL'
  | 'COMPLETE'
  | 'EDIT'
  | 'LOG_PARTICIPATION'
  | 'PUBLISH'
  | 'REGISTER';

export type TrainingEventPage = {
  __typename?: 'TrainingEventPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<TrainingEvent>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

export type TrainingEventStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DRAFT'
  | 'PUBLISHED';

export type TrainingParticipationLog = {
  __typename?: 'TrainingParticipationLog';
  organisation: Organisation;
  participants: Scalars['Int']['output'];
};

export type TrainingReach = {
  __typename?: 'TrainingReach';
  /** Per type and county (null: national bodies' events) */
  byCounty: Array<TrainingReachRow>;
  /** Vega-Lite specification: one measure of one type per län */
  countyChart: Scalars['JSON']['output'];
  /** The county asked for: byCounty holds only its rows */
  countyCode?: Maybe<Scalars['String']['output']>;
  /** All länsstyrelser: the denominator of the shares */
  lansstyrelser: Scalars['Int']['output'];
  shares: Array<TrainingTypeShare>;
  /** Vega-Lite specification: the share of länsstyrelser that held each type */
  sharesChart: Scalars['JSON']['output'];
  /** Per type nationally: each person and organisation once, whatever the county */
  totals: Array<TrainingReachRow>;
  year: Scalars['Int']['output'];
};


export type TrainingReachCountyChartArgs = {
  measure?: ReachMeasure;
  type: TrainingType;
};

/** The reach of one training type in a year, in one county, among national bodies' events, or nationally */
export type TrainingReachRow = {
  __typename?: 'TrainingReachRow';
  /** Distinct participants who were certified kursledare before the event (for follow-up days) */
  certifiedCourseLeaders: Scalars['Int']['output'];
  /** The organising länsstyrelse's county; null for national bodies' events, and in the national totals */
  countyCode?: Maybe<Scalars['String']['output']>;
  /** Events not cancelled that took place */
  events: Scalars['Int']['output'];
  kommuner: Scalars['Int']['output'];
  /** Participants of events logged afterwards as counts per organisation (not people) */
  loggedParticipants: Scalars['Int']['output'];
  /** Idéburna organisationer */
  ngos: Scalars['Int']['output'];
  /** Other bodies: länsstyrelser, national agencies and centres */
  otherBodies: Scalars['Int']['output'];
  /** Distinct people (by e-mail) with a confirmed seat: a person at two events counts once */
  participants: Scalars['Int']['output'];
  regioner: Scalars['Int']['output'];
  type: TrainingType;
  /** Distinct people waitlisted who never got a seat at an event of the type in the same county */
  unmetDemand: Scalars['Int']['output'];
};

export type TrainingRegistration = {
  __typename?: 'TrainingRegistration';
  attendance: Array<TrainingAttendance>;
  /** What I may do with the registration now, as the server decides */
  availableActions: Array<RegistrationAction>;
  cancelledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  confirmedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  event: TrainingEvent;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organisation: Organisation;
  profession: Scalars['String']['output'];
  status: RegistrationStatus;
  /** Place in the waitlist, 1 = next in line */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
  workplace: Scalars['String']['output'];
};

export type TrainingSession = {
  __typename?: 'TrainingSession';
  endsAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  startsAt: Scalars['DateTimeISO']['output'];
};

export type TrainingSessionInput = {
  endsAt: Scalars['DateTimeISO']['input'];
  startsAt: Scalars['DateTimeISO']['input'];
};

export type TrainingStatistics = {
  __typename?: 'TrainingStatistics';
  /** Attended sessions / sessions with attendance recorded */
  attendanceRate?: Maybe<Scalars['Float']['output']>;
  byType: Array<TrainingTypeCount>;
  countyCode?: Maybe<Scalars['String']['output']>;
  events: Scalars['Int']['output'];
  /** Distinct kommuner reached */
  kommuner: Scalars['Int']['output'];
  /** Participants of events logged afterwards as counts per organisation */
  loggedParticipants: Scalars['Int']['output'];
  /** Distinct other organisations reached (NGOs, agencies) */
  organisations: Scalars['Int']['output'];
  /** Distinct people (by e-mail) with a confirmed seat, across events */
  participants: Scalars['Int']['output'];
  regioner: Scalars['Int']['output'];
  unmetDemand: Array<UnmetDemand>;
  year: Scalars['Int']['output'];
};

export type TrainingType =
  | 'BARN_SOM_UPPLEVER_VALD'
  | 'BAS'
  | 'FREDA'
  | 'HEDERSRELATERAT_VALD'
  | 'KURSLEDARUTBILDNING'
  | 'OTHER'
  | 'SEX_MOT_ERSATTNING'
  | 'SOSFS_2014_4'
  | 'SPETS'
  | 'UPPFOLJNINGSDAG';

export type TrainingTypeCount = {
  __typename?: 'TrainingTypeCount';
  events: Scalars['Int']['output'];
  participants: Scalars['Int']['output'];
  type: TrainingType;
};

/** How many of the länsstyrelser held at least one event of a type in the year */
export type TrainingTypeShare = {
  __typename?: 'TrainingTypeShare';
  lansstyrelser: Scalars['Int']['output'];
  /** lansstyrelser / all länsstyrelser, 0–1 */
  share: Scalars['Float']['output'];
  type: TrainingType;
};

/** A started enrolment: shown once, confirmed with a code (confirmTwoFactorEnrolment) */
export type TwoFactorEnrolment = {
  __typename?: 'TwoFactorEnrolment';
  /** The QR code as a PNG data URL */
  qrCode: Scalars['String']['output'];
  /** The secret as text (base32), for typing into an app by hand */
  secret: Scalars['String']['output'];
  /** The otpauth:// address the QR code holds */
  uri: Scalars['String']['output'];
};

/** The signed-in person's two-factor sign-in */
export type TwoFactorStatus = {
  __typename?: 'TwoFactorStatus';
  enabled: Scalars['Boolean']['output'];
  /** Recovery codes not yet used */
  recoveryCodesLeft: Scalars['Int']['output'];
  /** The platform requires it of this person before they decide on or pay out money; until then those abilities are refused */
  required: Scalars['Boolean']['output'];
};

/** People still on the waitlist when an event started: demand to schedule another date */
export type UnmetDemand = {
  __typename?: 'UnmetDemand';
  /** Null for national events */
  countyCode?: Maybe<Scalars['String']['output']>;
  type: TrainingType;
  waitlisted: Scalars['Int']['output'];
};

export type User = {
  __typename?: 'User';
  /** What the user may do, from their roles. Null unless the viewer is the user, of the same organisation, or administers the platform */
  abilities?: Maybe<Array<Scalars['String']['output']>>;
  /** Null unless the viewer is the user, of the same organisation, or administers the platform */
  active?: Maybe<Scalars['Boolean']['output']>;
  /** Null unless the viewer is the user, of the same organisation, or administers the platform */
  createdAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Null unless the viewer is the user, of the same organisation, or administers the platform */
  email?: Maybe<Scalars['String']['output']>;
  /** How the user hears of notifications by e-mail; the user's own choice, null to anyone else */
  emailFrequency?: Maybe<EmailFrequency>;
  id: Scalars['ID']['output'];
  /** Invited but has not yet set a password. Null unless the viewer is the user, of the same organisation, or administers the platform */
  invitationPending?: Maybe<Scalars['Boolean']['output']>;
  /** The language of the user's notifications and e-mails. Null unless the viewer is the user, of the same organisation, or administers the platform */
  language?: Maybe<Language>;
  /** Null unless the viewer is the user, of the same organisation, or administers the platform */
  lastLoginAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  organisation: Organisation;
  /** Null unless the viewer is the user, of the same organisation, or administers the platform */
  roles?: Maybe<Array<Role>>;
  /** Until when sign-in is blocked from some address after failed attempts; only for those who may lift the block (liftSignInThrottle) */
  signInBlockedUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Two-factor sign-in is on; for the user and for those who administer the user's organisation, null to anyone else */
  twoFactorEnabled?: Maybe<Scalars['Boolean']['output']>;
};

export type UserPage = {
  __typename?: 'UserPage';
  hasMore: Scalars['Boolean']['output'];
  items: Array<User>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** How many items match, over all pages */
  total: Scalars['Int']['output'];
};

export type WorkItem = {
  __typename?: 'WorkItem';
  /** The last day (YYYY-MM-DD, Europe/Stockholm); none where the work has no date */
  deadline?: Maybe<Scalars['String']['output']>;
  /** A short addition: the diarienummer, the organisation or the network */
  detail?: Maybe<Scalars['String']['output']>;
  kind: WorkItemKind;
  /** Where in the web app the work is done */
  link: Scalars['String']['output'];
  /** The deadline has passed */
  overdue: Scalars['Boolean']['output'];
  /** What the work concerns: the application's, training's, meeting's or questionnaire's own title */
  title: Scalars['String']['output'];
};

/** Vilket slags arbete som väntar */
export type WorkItemKind =
  /** Ansökan att bedöma: pröva jäv och poängsätta */
  | 'APPLICATION_TO_ASSESS'
  /** Ansökan att besluta om */
  | 'APPLICATION_TO_DECIDE'
  /** Komplettering begärd av den egna organisationen */
  | 'COMPLETION_REQUESTED'
  /** Remiss att besvara */
  | 'CONSULTATION_TO_ANSWER'
  /** Återrapportering som snart ska in eller är försenad */
  | 'FOLLOW_UP_DUE'
  /** Återrapportering som väntar på granskning */
  | 'FOLLOW_UP_TO_REVIEW'
  /** Inbjudan till nätverksmöte att svara på */
  | 'INVITATION_TO_ANSWER'
  /** Protokoll att justera */
  | 'MINUTES_TO_APPROVE'
  /** Delrapport för ett år av medel som används över flera år, som snart ska in eller är försenad */
  | 'PARTIAL_REPORT_DUE'
  /** Enkät att besvara */
  | 'QUESTIONNAIRE_TO_ANSWER'
  /** Utvecklingsmedel att rekvirera innan fönstret stänger */
  | 'REQUISITION_WINDOW_CLOSING'
  /** Utbildning vars sista anmälningsdag är inom 14 dagar */
  | 'TRAINING_REGISTRATION_CLOSING';

/** What needs the signed-in person now, for their roles and organisation */
export type WorkQueue = {
  __typename?: 'WorkQueue';
  /** Only the kinds that have items */
  groups: Array<WorkQueueGroup>;
  total: Scalars['Int']['output'];
};

export type WorkQueueGroup = {
  __typename?: 'WorkQueueGroup';
  /** The most urgent items, earliest deadline first */
  items: Array<WorkItem>;
  kind: WorkItemKind;
  /** How many items of this kind there are, also beyond those listed */
  total: Scalars['Int']['output'];
};

export type MyLanguageQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLanguageQuery = { __typename: 'Query', me?: { __typename: 'User', id: string, language?: Language | null } | null };

export type SetMyLanguageMutationVariables = Exact<{
  language: Language;
}>;


export type SetMyLanguageMutation = { __typename: 'Mutation', setMyLanguage: { __typename: 'User', id: string, language?: Language | null } };

export type AuditLogQueryVariables = Exact<{
  action?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type AuditLogQuery = { __typename: 'Query', auditLog: { __typename: 'AuditEntryPage', total: number, offset: number, limit: number, hasMore: boolean, items: Array<{ __typename: 'AuditEntry', id: string, occurredAt: string, action: string, entityType: string, entityId: string, before?: unknown | null, after?: unknown | null, requestId?: string | null, actor?: { __typename: 'User', id: string, name: string, email?: string | null } | null, actorOrganisation?: { __typename: 'Organisation', id: string, name: string } | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename: 'Query', me?: { __typename: 'User', id: string, name: string, email?: string | null, roles?: Array<Role> | null, abilities?: Array<string> | null, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind } } | null };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename: 'Mutation', login: { __typename: 'AuthPayload', twoFactorChallenge?: string | null, user?: { __typename: 'User', id: string, name: string } | null } };

export type CompleteTwoFactorSignInMutationVariables = Exact<{
  challenge: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type CompleteTwoFactorSignInMutation = { __typename: 'Mutation', completeTwoFactorSignIn: { __typename: 'AuthPayload', user?: { __typename: 'User', id: string, name: string } | null } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type RequestPasswordResetMutation = { __typename: 'Mutation', requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { __typename: 'Mutation', resetPassword: boolean };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { __typename: 'Mutation', changePassword: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { __typename: 'Query', mySessions: Array<{ __typename: 'AccountSession', id: string, createdAt: string, lastUsedAt?: string | null, userAgent?: string | null, current: boolean }> };

export type EndSessionMutationVariables = Exact<{
  id: Scalars['String']['input'];
}>;


export type EndSessionMutation = { __typename: 'Mutation', endSession: boolean };

export type EndOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type EndOtherSessionsMutation = { __typename: 'Mutation', endOtherSessions: number };

export type MyTwoFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTwoFactorQuery = { __typename: 'Query', myTwoFactor: { __typename: 'TwoFactorStatus', enabled: boolean, required: boolean, recoveryCodesLeft: number } };

export type StartTwoFactorEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTwoFactorEnrolmentMutation = { __typename: 'Mutation', startTwoFactorEnrolment: { __typename: 'TwoFactorEnrolment', secret: string, uri: string, qrCode: string } };

export type ConfirmTwoFactorEnrolmentMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmTwoFactorEnrolmentMutation = { __typename: 'Mutation', confirmTwoFactorEnrolment: Array<string> };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename: 'Mutation', signOut: { __typename: 'SignOutPayload', providerLogoutUrl?: string | null } };

export type SignInProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInProvidersQuery = { __typename: 'Query', signInProviders: Array<{ __typename: 'SignInProvider', organisationCode: string, organisationName: string }> };

export type IdentityProviderQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type IdentityProviderQuery = { __typename: 'Query', identityProvider?: { __typename: 'IdentityProviderSettings', id: string, issuer: string, clientId: string, clientSecretSet: boolean, scopes: string, matchClaim: string, passwordSignInDisabled: boolean, updatedAt: string } | null };

export type SetIdentityProviderMutationVariables = Exact<{
  input: IdentityProviderInput;
}>;


export type SetIdentityProviderMutation = { __typename: 'Mutation', setIdentityProvider: { __typename: 'IdentityProviderSettings', id: string, issuer: string, clientId: string, clientSecretSet: boolean, scopes: string, matchClaim: string, passwordSignInDisabled: boolean, updatedAt: string } };

export type RemoveIdentityProviderMutationVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type RemoveIdentityProviderMutation = { __typename: 'Mutation', removeIdentityProvider: boolean };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename: 'Mutation', acceptInvitation: { __typename: 'AuthPayload', user?: { __typename: 'User', id: string, name: string } | null } };

export type DisableTwoFactorMutationVariables = Exact<{
  password: Scalars['String']['input'];
  code: Scalars['String']['input'];
}>;


export type DisableTwoFactorMutation = { __typename: 'Mutation', disableTwoFactor: boolean };

export type CountyWorkContextQueryVariables = Exact<{ [key: string]: never; }>;


export type CountyWorkContextQuery = { __typename: 'Query', me?: { __typename: 'User', id: string, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind, countyCode?: string | null } } | null, methods: Array<{ __typename: 'Method', id: string, name: string }> };

export type CountyBoardsQueryVariables = Exact<{ [key: string]: never; }>;


export type CountyBoardsQuery = { __typename: 'Query', organisations: { __typename: 'OrganisationPage', items: Array<{ __typename: 'Organisation', id: string, name: string, countyCode?: string | null }> } };

export type CountyKommunerQueryVariables = Exact<{
  countyCode: Scalars['String']['input'];
}>;


export type CountyKommunerQuery = { __typename: 'Query', organisations: { __typename: 'OrganisationPage', items: Array<{ __typename: 'Organisation', id: string, name: string }> } };

export type CountyWorkQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  countyBoardId?: InputMaybe<Scalars['ID']['input']>;
  topic?: InputMaybe<NetworkTopic>;
  limit: Scalars['Int']['input'];
}>;


export type CountyWorkQuery = { __typename: 'Query', municipalityVisits: { __typename: 'MunicipalityVisitPage', total: number, items: Array<{ __typename: 'MunicipalityVisit', id: string, date: string, topics: Array<NetworkTopic>, participants: string, notes: string, kommun: { __typename: 'Organisation', id: string, name: string }, countyBoard: { __typename: 'Organisation', id: string, name: string } }> }, campaigns: { __typename: 'CampaignPage', total: number, items: Array<{ __typename: 'Campaign', id: string, title: string, scope: CampaignScope, topic: NetworkTopic, channels: Array<CampaignChannel>, periodStart: string, periodEnd: string, kommunerReached?: number | null, peopleReached?: number | null, articles?: number | null, readers?: number | null, methods: Array<{ __typename: 'Method', id: string, name: string }>, countyBoard: { __typename: 'Organisation', id: string, name: string } }> }, methodSpreads: { __typename: 'MethodSpreadPage', total: number, items: Array<{ __typename: 'MethodSpread', id: string, year: number, kommunerReached?: number | null, organisationsReached?: number | null, note: string, method: { __typename: 'Method', id: string, name: string }, countyBoard: { __typename: 'Organisation', id: string, name: string } }> }, regionalStrategies: { __typename: 'RegionalStrategyPage', total: number, items: Array<{ __typename: 'RegionalStrategy', id: string, kind: StrategyKind, title: string, status: StrategyStatus, adoptedOn?: string | null, linkedToGenderMainstreaming: boolean, documentFilename?: string | null, documentUrl?: string | null, availableStatuses: Array<StrategyStatus>, countyBoard: { __typename: 'Organisation', id: string, name: string } }> } };

export type SaveMunicipalityVisitMutationVariables = Exact<{
  input: MunicipalityVisitInput;
}>;


export type SaveMunicipalityVisitMutation = { __typename: 'Mutation', saveMunicipalityVisit: { __typename: 'MunicipalityVisit', id: string } };

export type SaveCampaignMutationVariables = Exact<{
  input: CampaignInput;
}>;


export type SaveCampaignMutation = { __typename: 'Mutation', saveCampaign: { __typename: 'Campaign', id: string } };

export type SaveMethodSpreadMutationVariables = Exact<{
  input: MethodSpreadInput;
}>;


export type SaveMethodSpreadMutation = { __typename: 'Mutation', saveMethodSpread: { __typename: 'MethodSpread', id: string } };

export type SaveRegionalStrategyMutationVariables = Exact<{
  input: RegionalStrategyInput;
}>;


export type SaveRegionalStrategyMutation = { __typename: 'Mutation', saveRegionalStrategy: { __typename: 'RegionalStrategy', id: string } };

export type ChangeRegionalStrategyStatusMutationVariables = Exact<{
  input: StrategyStatusInput;
}>;


export type ChangeRegionalStrategyStatusMutation = { __typename: 'Mutation', changeRegionalStrategyStatus: { __typename: 'RegionalStrategy', id: string, status: StrategyStatus, adoptedOn?: string | null, availableStatuses: Array<StrategyStatus> } };

export type DeleteMunicipalityVisitMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMunicipalityVisitMutation = { __typename: 'Mutation', deleteMunicipalityVisit: boolean };

export type DeleteCampaignMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCampaignMutation = { __typename: 'Mutation', deleteCampaign: boolean };

export type DeleteMethodSpreadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMethodSpreadMutation = { __typename: 'Mutation', deleteMethodSpread: boolean };

export type DeleteRegionalStrategyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteRegionalStrategyMutation = { __typename: 'Mutation', deleteRegionalStrategy: boolean };

export type MunicipalityVisitQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MunicipalityVisitQuery = { __typename: 'Query', municipalityVisit: { __typename: 'MunicipalityVisit', id: string, date: string, topics: Array<NetworkTopic>, participants: string, notes: string, kommun: { __typename: 'Organisation', id: string, name: string } } };

export type CampaignQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignQuery = { __typename: 'Query', campaign: { __typename: 'Campaign', id: string, title: string, scope: CampaignScope, topic: NetworkTopic, channels: Array<CampaignChannel>, periodStart: string, periodEnd: string, kommunerReached?: number | null, peopleReached?: number | null, articles?: number | null, readers?: number | null, notes: string, methods: Array<{ __typename: 'Method', id: string, name: string }> } };

export type MethodSpreadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MethodSpreadQuery = { __typename: 'Query', methodSpread: { __typename: 'MethodSpread', id: string, year: number, kommunerReached?: number | null, organisationsReached?: number | null, note: string, method: { __typename: 'Method', id: string, name: string } } };

export type RegionalStrategyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RegionalStrategyQuery = { __typename: 'Query', regionalStrategy: { __typename: 'RegionalStrategy', id: string, kind: StrategyKind, title: string, year: number, linkedToGenderMainstreaming: boolean, notes: string, documentFilename?: string | null } };

export type AllMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type AllMethodsQuery = { __typename: 'Query', methods: Array<{ __typename: 'Method', id: string, name: string, description: string, active: boolean }> };

export type SaveMethodMutationVariables = Exact<{
  input: MethodInput;
}>;


export type SaveMethodMutation = { __typename: 'Mutation', saveMethod: { __typename: 'Method', id: string, name: string, description: string, active: boolean } };

export type DevFundPotFieldsFragment = { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string };

export type DevFundRoundFieldsFragment = { __typename: 'DevelopmentFundRound', id: string, year: number, opensAt: string, closesAt: string, followUpDueDate: string, usableUntil?: string | null, followUpQuestionnaireId?: string | null, floorAmount: number, isOpen: boolean, allocationPublishedAt?: string | null, noticePublishedAt?: string | null, phase: DevelopmentFundRoundPhase, availableActions: Array<DevelopmentFundRoundAction>, redistributedAt?: string | null, createdAt: string, kommunPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string }, regionPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string }, ngoPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string } };

export type DevFundRoundsQueryVariables = Exact<{ [key: string]: never; }>;


export type DevFundRoundsQuery = { __typename: 'Query', developmentFundRounds: Array<{ __typename: 'DevelopmentFundRound', id: string, year: number, opensAt: string, closesAt: string, followUpDueDate: string, usableUntil?: string | null, followUpQuestionnaireId?: string | null, floorAmount: number, isOpen: boolean, allocationPublishedAt?: string | null, noticePublishedAt?: string | null, phase: DevelopmentFundRoundPhase, availableActions: Array<DevelopmentFundRoundAction>, redistributedAt?: string | null, createdAt: string, kommunPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string }, regionPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string }, ngoPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string } }> };

export type DevFundRoundQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DevFundRoundQuery = { __typename: 'Query', developmentFundRound: { __typename: 'DevelopmentFundRound', id: string, year: number, opensAt: string, closesAt: string, followUpDueDate: string, usableUntil?: string | null, followUpQuestionnaireId?: string | null, floorAmount: number, isOpen: boolean, allocationPublishedAt?: string | null, noticePublishedAt?: string | null, phase: DevelopmentFundRoundPhase, availableActions: Array<DevelopmentFundRoundAction>, redistributedAt?: string | null, createdAt: string, kommunPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string }, regionPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string }, ngoPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string } } };

export type DevFundOverdueFollowUpsQueryVariables = Exact<{
  kommunCallId: Scalars['ID']['input'];
  regionCallId: Scalars['ID']['input'];
  ngoCallId: Scalars['ID']['input'];
}>;


export type DevFundOverdueFollowUpsQuery = { __typename: 'Query', kommun: Array<{ __typename: 'GrantApplication', id: string, diarienummer?: string | null, grantedAmount?: number | null, organisation: { __typename: 'Organisation', id: string, name: string }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string } }>, region: Array<{ __typename: 'GrantApplication', id: string, diarienummer?: string | null, grantedAmount?: number | null, organisation: { __typename: 'Organisation', id: string, name: string }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string } }>, ngo: Array<{ __typename: 'GrantApplication', id: string, diarienummer?: string | null, grantedAmount?: number | null, organisation: { __typename: 'Organisation', id: string, name: string }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string } }> };

export type DevFundOpenRoundMutationVariables = Exact<{
  input: OpenDevelopmentFundRoundInput;
}>;


export type DevFundOpenRoundMutation = { __typename: 'Mutation', openDevelopmentFundRound: { __typename: 'DevelopmentFundRound', id: string, year: number, opensAt: string, closesAt: string, followUpDueDate: string, usableUntil?: string | null, followUpQuestionnaireId?: string | null, floorAmount: number, isOpen: boolean, allocationPublishedAt?: string | null, noticePublishedAt?: string | null, phase: DevelopmentFundRoundPhase, availableActions: Array<DevelopmentFundRoundAction>, redistributedAt?: string | null, createdAt: string, kommunPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string }, regionPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string }, ngoPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string } } };

export type DevFundAllocationPreviewQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type DevFundAllocationPreviewQuery = { __typename: 'Query', allocationPreview: Array<{ __typename: 'AllocationRow', amount: number, population?: number | null, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind } }> };

export type DevFundPublishAllocationMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type DevFundPublishAllocationMutation = { __typename: 'Mutation', publishAllocation: { __typename: 'DevelopmentFundRound', id: string, allocationPublishedAt?: string | null } };

export type DevFundPublishAdvanceNoticeMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type DevFundPublishAdvanceNoticeMutation = { __typename: 'Mutation', publishAdvanceNotice: { __typename: 'DevelopmentFundRound', id: string, noticePublishedAt?: string | null, phase: DevelopmentFundRoundPhase, availableActions: Array<DevelopmentFundRoundAction> } };

export type DevFundDeclineAllotmentMutationVariables = Exact<{
  input: DeclineAllotmentInput;
}>;


export type DevFundDeclineAllotmentMutation = { __typename: 'Mutation', declineAllotment: { __typename: 'Allotment', declinedAt?: string | null, declineReason?: DeclineReason | null, declineComment?: string | null } };

export type DevFundWithdrawDeclineMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type DevFundWithdrawDeclineMutation = { __typename: 'Mutation', withdrawAllotmentDecline: { __typename: 'Allotment', declinedAt?: string | null } };

export type DevFundCodedAnswerFieldsFragment = { __typename: 'FollowUpAnswer', code: string, textSv: string, textEn: string, shownSv: string, shownEn: string, comment?: string | null, older: boolean };

export type DevFundApplicationFieldsFragment = { __typename: 'GrantApplication', id: string, title: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, diarienummer?: string | null, requestedAmount: number, grantedAmount?: number | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, submittedAt?: string | null, decidedAt?: string | null, paidAt?: string | null, paymentExportedAt?: string | null, repaidAt?: string | null, followUpSubmittedAt?: string | null, followUpReview?: FollowUpReviewStatus | null, reviewMessage?: string | null, reviewDueDate?: string | null, reclaimAmount?: number | null, reclaimMotivation?: string | null, repaidAmount?: number | null, caseFileUrl?: string | null, hasCaseThread: boolean, motivation?: string | null, contactName: string, contactEmail: string, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string }, requisition?: { __typename: 'Requisition', paymentMethod: PaymentMethod, paymentNumber: string, wantsMore: boolean, wantsMoreUpTo?: number | null, redistributedAmount: number } | null, ngoDetails?: { __typename: 'NgoApplicationDetails', paymentMethod?: PaymentMethod | null, paymentNumber?: string | null } | null, jointMembers: Array<{ __typename: 'JointRequisitionMember', confirmedAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }> };

export type DevFundMyAllotmentQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type DevFundMyAllotmentQuery = { __typename: 'Query', myAllotment: { __typename: 'MyAllotment', status: AllotmentStatus, availableActions: Array<AllotmentAction>, differenceFromNotice?: number | null, notice?: { __typename: 'AllotmentNotice', amount: number, population?: number | null, populationYear: number } | null, allotment?: { __typename: 'Allotment', amount: number, population?: number | null, declinedAt?: string | null, declineReason?: DeclineReason | null, declineComment?: string | null, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind, organisationNumber?: string | null } } | null, requisition?: { __typename: 'GrantApplication', followUpReport?: string | null, id: string, title: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, diarienummer?: string | null, requestedAmount: number, grantedAmount?: number | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, submittedAt?: string | null, decidedAt?: string | null, paidAt?: string | null, paymentExportedAt?: string | null, repaidAt?: string | null, followUpSubmittedAt?: string | null, followUpReview?: FollowUpReviewStatus | null, reviewMessage?: string | null, reviewDueDate?: string | null, reclaimAmount?: number | null, reclaimMotivation?: string | null, repaidAmount?: number | null, caseFileUrl?: string | null, hasCaseThread: boolean, motivation?: string | null, contactName: string, contactEmail: string, budgetLines: Array<{ __typename: 'BudgetLine', category: string, amount: number }>, fundFollowUp?: { __typename: 'FundFollowUpDetails', coordinatorPlacement?: string | null, targetGroups: Array<string>, assessmentMethods: Array<string>, usedByCategory: Array<{ __typename: 'FundUseLine', category: FundUseCategory, amount: number }> } | null, followUpAnswers: Array<{ __typename: 'FollowUpAnswer', otherText?: string | null, code: string, textSv: string, textEn: string, shownSv: string, shownEn: string, comment?: string | null, older: boolean, value?: { __typename: 'AnswerValueView', choice?: string | null, choices?: Array<string> | null, number?: number | null, text?: string | null } | null }>, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string }, requisition?: { __typename: 'Requisition', paymentMethod: PaymentMethod, paymentNumber: string, wantsMore: boolean, wantsMoreUpTo?: number | null, redistributedAmount: number } | null, ngoDetails?: { __typename: 'NgoApplicationDetails', paymentMethod?: PaymentMethod | null, paymentNumber?: string | null } | null, jointMembers: Array<{ __typename: 'JointRequisitionMember', confirmedAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }> } | null } };

export type DevFundFollowUpFormQueryVariables = Exact<{
  applicationId: Scalars['ID']['input'];
}>;


export type DevFundFollowUpFormQuery = { __typename: 'Query', developmentFundFollowUpForm: { __typename: 'DevelopmentFundFollowUpForm', questionnaireId: string, questions: Array<{ __typename: 'FollowUpFormQuestion', section?: string | null, required: boolean, areaAmount: boolean, question: { __typename: 'Question', id: string, code: string, type: QuestionType, textSv: string, textEn: string, allowsOther: boolean, prefillCode?: string | null, choices: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }>, options: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }>, matrixRows: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }> } }> } };

export type DevFundFollowUpTablesQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  groupBy: FundingGroupBy;
}>;


export type DevFundFollowUpTablesQuery = { __typename: 'Query', developmentFundFollowUpTables: { __typename: 'FollowUpTables', year: number, reported: number, coordinatorFunded: number, groups: Array<{ __typename: 'FollowUpGroupColumn', key: string, label: string, reported: number }>, placement: { __typename: 'FollowUpTable', id: string, titleSv: string, titleEn: string, reported: number, chart: unknown, rows: Array<{ __typename: 'FollowUpCodeRow', code: string, sv: string, en: string, count: number, amount?: number | null, byGroup: Array<number> }> }, targetGroups: { __typename: 'FollowUpTable', id: string, titleSv: string, titleEn: string, reported: number, chart: unknown, rows: Array<{ __typename: 'FollowUpCodeRow', code: string, sv: string, en: string, count: number, amount?: number | null, byGroup: Array<number> }> }, assessmentMethods: { __typename: 'FollowUpTable', id: string, titleSv: string, titleEn: string, reported: number, chart: unknown, rows: Array<{ __typename: 'FollowUpCodeRow', code: string, sv: string, en: string, count: number, amount?: number | null, byGroup: Array<number> }> }, areas: { __typename: 'FollowUpTable', id: string, titleSv: string, titleEn: string, reported: number, chart: unknown, rows: Array<{ __typename: 'FollowUpCodeRow', code: string, sv: string, en: string, count: number, amount?: number | null, byGroup: Array<number> }> }, ngoAreas: { __typename: 'FollowUpTable', id: string, titleSv: string, titleEn: string, reported: number, chart: unknown, rows: Array<{ __typename: 'FollowUpCodeRow', code: string, sv: string, en: string, count: number, amount?: number | null, byGroup: Array<number> }> } } };

export type DevFundFollowUpTableFieldsFragment = { __typename: 'FollowUpTable', id: string, titleSv: string, titleEn: string, reported: number, chart: unknown, rows: Array<{ __typename: 'FollowUpCodeRow', code: string, sv: string, en: string, count: number, amount?: number | null, byGroup: Array<number> }> };

export type DevFundRequisitionMutationVariables = Exact<{
  input: RequisitionInput;
}>;


export type DevFundRequisitionMutation = { __typename: 'Mutation', requisitionDevelopmentFunds: { __typename: 'GrantApplication', id: string, title: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, diarienummer?: string | null, requestedAmount: number, grantedAmount?: number | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, submittedAt?: string | null, decidedAt?: string | null, paidAt?: string | null, paymentExportedAt?: string | null, repaidAt?: string | null, followUpSubmittedAt?: string | null, followUpReview?: FollowUpReviewStatus | null, reviewMessage?: string | null, reviewDueDate?: string | null, reclaimAmount?: number | null, reclaimMotivation?: string | null, repaidAmount?: number | null, caseFileUrl?: string | null, hasCaseThread: boolean, motivation?: string | null, contactName: string, contactEmail: string, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string }, requisition?: { __typename: 'Requisition', paymentMethod: PaymentMethod, paymentNumber: string, wantsMore: boolean, wantsMoreUpTo?: number | null, redistributedAmount: number } | null, ngoDetails?: { __typename: 'NgoApplicationDetails', paymentMethod?: PaymentMethod | null, paymentNumber?: string | null } | null, jointMembers: Array<{ __typename: 'JointRequisitionMember', confirmedAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }> } };

export type DevFundConfirmJointMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DevFundConfirmJointMutation = { __typename: 'Mutation', confirmJointRequisition: { __typename: 'GrantApplication', id: string, title: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, diarienummer?: string | null, requestedAmount: number, grantedAmount?: number | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, submittedAt?: string | null, decidedAt?: string | null, paidAt?: string | null, paymentExportedAt?: string | null, repaidAt?: string | null, followUpSubmittedAt?: string | null, followUpReview?: FollowUpReviewStatus | null, reviewMessage?: string | null, reviewDueDate?: string | null, reclaimAmount?: number | null, reclaimMotivation?: string | null, repaidAmount?: number | null, caseFileUrl?: string | null, hasCaseThread: boolean, motivation?: string | null, contactName: string, contactEmail: string, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string }, requisition?: { __typename: 'Requisition', paymentMethod: PaymentMethod, paymentNumber: string, wantsMore: boolean, wantsMoreUpTo?: number | null, redistributedAmount: number } | null, ngoDetails?: { __typename: 'NgoApplicationDetails', paymentMethod?: PaymentMethod | null, paymentNumber?: string | null } | null, jointMembers: Array<{ __typename: 'JointRequisitionMember', confirmedAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }> } };

export type DevFundFollowUpMutationVariables = Exact<{
  input: DevelopmentFundFollowUpInput;
}>;


export type DevFundFollowUpMutation = { __typename: 'Mutation', submitDevelopmentFundFollowUp: { __typename: 'GrantApplication', id: string, title: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, diarienummer?: string | null, requestedAmount: number, grantedAmount?: number | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, submittedAt?: string | null, decidedAt?: string | null, paidAt?: string | null, paymentExportedAt?: string | null, repaidAt?: string | null, followUpSubmittedAt?: string | null, followUpReview?: FollowUpReviewStatus | null, reviewMessage?: string | null, reviewDueDate?: string | null, reclaimAmount?: number | null, reclaimMotivation?: string | null, repaidAmount?: number | null, caseFileUrl?: string | null, hasCaseThread: boolean, motivation?: string | null, contactName: string, contactEmail: string, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string }, requisition?: { __typename: 'Requisition', paymentMethod: PaymentMethod, paymentNumber: string, wantsMore: boolean, wantsMoreUpTo?: number | null, redistributedAmount: number } | null, ngoDetails?: { __typename: 'NgoApplicationDetails', paymentMethod?: PaymentMethod | null, paymentNumber?: string | null } | null, jointMembers: Array<{ __typename: 'JointRequisitionMember', confirmedAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }> } };

export type DevFundPartialReportMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: PartialReportInput;
}>;


export type DevFundPartialReportMutation = { __typename: 'Mutation', submitPartialReport: { __typename: 'GrantApplication', id: string, title: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, diarienummer?: string | null, requestedAmount: number, grantedAmount?: number | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, submittedAt?: string | null, decidedAt?: string | null, paidAt?: string | null, paymentExportedAt?: string | null, repaidAt?: string | null, followUpSubmittedAt?: string | null, followUpReview?: FollowUpReviewStatus | null, reviewMessage?: string | null, reviewDueDate?: string | null, reclaimAmount?: number | null, reclaimMotivation?: string | null, repaidAmount?: number | null, caseFileUrl?: string | null, hasCaseThread: boolean, motivation?: string | null, contactName: string, contactEmail: string, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string }, requisition?: { __typename: 'Requisition', paymentMethod: PaymentMethod, paymentNumber: string, wantsMore: boolean, wantsMoreUpTo?: number | null, redistributedAmount: number } | null, ngoDetails?: { __typename: 'NgoApplicationDetails', paymentMethod?: PaymentMethod | null, paymentNumber?: string | null } | null, jointMembers: Array<{ __typename: 'JointRequisitionMember', confirmedAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }> } };

export type DevFundKommunSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
}>;


export type DevFundKommunSearchQuery = { __typename: 'Query', organisations: { __typename: 'OrganisationPage', total: number, items: Array<{ __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind, county?: { __typename: 'County', code: string, name: string } | null }> } };

export type DevFundApplicationsQueryVariables = Exact<{
  callId: Scalars['ID']['input'];
  readyFor?: InputMaybe<GrantApplicationAction>;
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type DevFundApplicationsQuery = { __typename: 'Query', grantApplications: { __typename: 'GrantApplicationPage', total: number, items: Array<{ __typename: 'GrantApplication', id: string, title: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, diarienummer?: string | null, requestedAmount: number, grantedAmount?: number | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, submittedAt?: string | null, decidedAt?: string | null, paidAt?: string | null, paymentExportedAt?: string | null, repaidAt?: string | null, followUpSubmittedAt?: string | null, followUpReview?: FollowUpReviewStatus | null, reviewMessage?: string | null, reviewDueDate?: string | null, reclaimAmount?: number | null, reclaimMotivation?: string | null, repaidAmount?: number | null, caseFileUrl?: string | null, hasCaseThread: boolean, motivation?: string | null, contactName: string, contactEmail: string, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string }, requisition?: { __typename: 'Requisition', paymentMethod: PaymentMethod, paymentNumber: string, wantsMore: boolean, wantsMoreUpTo?: number | null, redistributedAmount: number } | null, ngoDetails?: { __typename: 'NgoApplicationDetails', paymentMethod?: PaymentMethod | null, paymentNumber?: string | null } | null, jointMembers: Array<{ __typename: 'JointRequisitionMember', confirmedAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }> }> } };

export type DevFundNotRequisitionedQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type DevFundNotRequisitionedQuery = { __typename: 'Query', notRequisitioned: Array<{ __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind }> };

export type DevFundCloseWindowMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type DevFundCloseWindowMutation = { __typename: 'Mutation', closeRequisitionWindow: { __typename: 'DevelopmentFundRound', id: string, year: number, opensAt: string, closesAt: string, followUpDueDate: string, usableUntil?: string | null, followUpQuestionnaireId?: string | null, floorAmount: number, isOpen: boolean, allocationPublishedAt?: string | null, noticePublishedAt?: string | null, phase: DevelopmentFundRoundPhase, availableActions: Array<DevelopmentFundRoundAction>, redistributedAt?: string | null, createdAt: string, kommunPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string }, regionPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string }, ngoPot: { __typename: 'GrantCall', availableActions: Array<GrantCallAction>, id: string, title: string, budget: number, grantedTotal: number, remaining: number, isOpen: boolean, opensAt: string, closesAt: string } } };

export type DevFundRedistributeMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
  dryRun: Scalars['Boolean']['input'];
}>;


export type DevFundRedistributeMutation = { __typename: 'Mutation', redistributeDevelopmentFunds: { __typename: 'RedistributionResult', applied: boolean, alreadyApplied: boolean, pool: number, rows: Array<{ __typename: 'RedistributionRow', applicationId: string, amount: number, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind } }> } };

export type DevFundMarkPaidMutationVariables = Exact<{
  roundId: Scalars['ID']['input'];
  recipientIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type DevFundMarkPaidMutation = { __typename: 'Mutation', markDevelopmentFundsPaid: Array<{ __typename: 'GrantApplication', id: string, status: GrantApplicationStatus, paidAt?: string | null }> };

export type DevFundRepaymentReceivedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DevFundRepaymentReceivedMutation = { __typename: 'Mutation', markRepaymentReceived: { __typename: 'GrantApplication', id: string, status: GrantApplicationStatus, repaidAt?: string | null } };

export type DevFundNgoRankingQueryVariables = Exact<{
  roundId: Scalars['ID']['input'];
}>;


export type DevFundNgoRankingQuery = { __typename: 'Query', ngoRanking: Array<{ __typename: 'NgoRankingRow', rank: number, scores: number, averageScore?: number | null, rankingScore?: number | null, supportMissingBonus: number, details?: { __typename: 'NgoApplicationDetails', activityArea: NgoActivityArea, countyCode: string, organisationNumber: string, supportMissing: boolean, legalForm?: NgoLegalForm | null, activeLocally?: boolean | null, paymentMethod?: PaymentMethod | null, paymentNumber?: string | null, eligibility: Array<{ __typename: 'NgoEligibilityResult', condition: NgoEligibilityCondition, passed?: boolean | null }> } | null, application: { __typename: 'GrantApplication', id: string, title: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, diarienummer?: string | null, requestedAmount: number, grantedAmount?: number | null, contactName: string, contactEmail: string, rankingDeviationReason?: string | null, decisionNeedsRankingReason: boolean, hasCaseThread: boolean, purpose: string, targetGroups: string, periodStart?: string | null, periodEnd?: string | null, organisation: { __typename: 'Organisation', id: string, name: string }, budgetLines: Array<{ __typename: 'BudgetLine', category: string, amount: number }> } }> };

export type DevFundScoreMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: NgoScoreInput;
}>;


export type DevFundScoreMutation = { __typename: 'Mutation', scoreNgoApplication: { __typename: 'NgoScore', score: number, comment: string, createdAt: string } };

export type DevFundDecideMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: DecisionInput;
}>;


export type DevFundDecideMutation = { __typename: 'Mutation', decideGrantApplication: { __typename: 'GrantApplication', id: string, title: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, diarienummer?: string | null, requestedAmount: number, grantedAmount?: number | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, submittedAt?: string | null, decidedAt?: string | null, paidAt?: string | null, paymentExportedAt?: string | null, repaidAt?: string | null, followUpSubmittedAt?: string | null, followUpReview?: FollowUpReviewStatus | null, reviewMessage?: string | null, reviewDueDate?: string | null, reclaimAmount?: number | null, reclaimMotivation?: string | null, repaidAmount?: number | null, caseFileUrl?: string | null, hasCaseThread: boolean, motivation?: string | null, contactName: string, contactEmail: string, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string }, requisition?: { __typename: 'Requisition', paymentMethod: PaymentMethod, paymentNumber: string, wantsMore: boolean, wantsMoreUpTo?: number | null, redistributedAmount: number } | null, ngoDetails?: { __typename: 'NgoApplicationDetails', paymentMethod?: PaymentMethod | null, paymentNumber?: string | null } | null, jointMembers: Array<{ __typename: 'JointRequisitionMember', confirmedAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }> } };

export type DevFundSubmitNgoMutationVariables = Exact<{
  input: NgoApplicationInput;
}>;


export type DevFundSubmitNgoMutation = { __typename: 'Mutation', submitNgoApplication: { __typename: 'GrantApplication', id: string, title: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, diarienummer?: string | null, requestedAmount: number, grantedAmount?: number | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, submittedAt?: string | null, decidedAt?: string | null, paidAt?: string | null, paymentExportedAt?: string | null, repaidAt?: string | null, followUpSubmittedAt?: string | null, followUpReview?: FollowUpReviewStatus | null, reviewMessage?: string | null, reviewDueDate?: string | null, reclaimAmount?: number | null, reclaimMotivation?: string | null, repaidAmount?: number | null, caseFileUrl?: string | null, hasCaseThread: boolean, motivation?: string | null, contactName: string, contactEmail: string, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string }, requisition?: { __typename: 'Requisition', paymentMethod: PaymentMethod, paymentNumber: string, wantsMore: boolean, wantsMoreUpTo?: number | null, redistributedAmount: number } | null, ngoDetails?: { __typename: 'NgoApplicationDetails', paymentMethod?: PaymentMethod | null, paymentNumber?: string | null } | null, jointMembers: Array<{ __typename: 'JointRequisitionMember', confirmedAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }> } };

export type DevFundCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DevFundCountiesQuery = { __typename: 'Query', counties: Array<{ __typename: 'County', code: string, name: string }> };

export type DevFundStatisticsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  groupBy: FundingGroupBy;
  countyCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type DevFundStatisticsQuery = { __typename: 'Query', fundingStatistics: { __typename: 'FundingStatistics', year: number, countyCode?: string | null, groupBy: FundingGroupBy, populationYear: number, usableUntil?: string | null, byRecipientKind: Array<{ __typename: 'FundingKindRow', kind: OrganisationKind, usedSoFar: number, available: number, participants: number, granted: number, grantedAmount: number, used: number, shareUsed?: number | null, repaid: number, reclaimed: number, awaitingReview: number }>, kommunUsage: { __typename: 'KommunUsage', notRequisitioned: number, declined: number, usedAllOrPart: number, repaidEverything: number, awaitingReport: number, inPeriod: number, declineReasons: Array<{ __typename: 'DeclineReasonCount', reason: DeclineReason, count: number }> }, groups: Array<{ __typename: 'FundingGroupRow', key: string, label: string, kommuner: number, used: number, shareUsed: number }>, total: { __typename: 'FundingGroupRow', key: string, label: string, kommuner: number, used: number, shareUsed: number }, kommuner: Array<{ __typename: 'KommunFundingRow', status: KommunFundingStatus, declineReason?: DeclineReason | null, allotment: number, granted: number, used?: number | null, usedSoFar?: number | null, review?: FollowUpReviewStatus | null, reclaimed?: number | null, kronorPerInhabitant: number, organisation: { __typename: 'Organisation', id: string, code: string, name: string, population?: number | null, countyCode?: string | null } }> } };

export type DevFundFollowUpReviewsQueryVariables = Exact<{
  callIds?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
  reviews?: InputMaybe<Array<FollowUpReviewStatus> | FollowUpReviewStatus>;
  limit: Scalars['Int']['input'];
}>;


export type DevFundFollowUpReviewsQuery = { __typename: 'Query', grantApplications: { __typename: 'GrantApplicationPage', total: number, items: Array<{ __typename: 'GrantApplication', followUpReport?: string | null, id: string, title: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, diarienummer?: string | null, requestedAmount: number, grantedAmount?: number | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, submittedAt?: string | null, decidedAt?: string | null, paidAt?: string | null, paymentExportedAt?: string | null, repaidAt?: string | null, followUpSubmittedAt?: string | null, followUpReview?: FollowUpReviewStatus | null, reviewMessage?: string | null, reviewDueDate?: string | null, reclaimAmount?: number | null, reclaimMotivation?: string | null, repaidAmount?: number | null, caseFileUrl?: string | null, hasCaseThread: boolean, motivation?: string | null, contactName: string, contactEmail: string, followUpAnswers: Array<{ __typename: 'FollowUpAnswer', code: string, textSv: string, textEn: string, shownSv: string, shownEn: string, comment?: string | null, older: boolean }>, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string }, requisition?: { __typename: 'Requisition', paymentMethod: PaymentMethod, paymentNumber: string, wantsMore: boolean, wantsMoreUpTo?: number | null, redistributedAmount: number } | null, ngoDetails?: { __typename: 'NgoApplicationDetails', paymentMethod?: PaymentMethod | null, paymentNumber?: string | null } | null, jointMembers: Array<{ __typename: 'JointRequisitionMember', confirmedAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }> }> } };

export type DevFundApproveFollowUpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DevFundApproveFollowUpMutation = { __typename: 'Mutation', approveGrantFollowUp: { __typename: 'GrantApplication', id: string, title: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, diarienummer?: string | null, requestedAmount: number, grantedAmount?: number | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, submittedAt?: string | null, decidedAt?: string | null, paidAt?: string | null, paymentExportedAt?: string | null, repaidAt?: string | null, followUpSubmittedAt?: string | null, followUpReview?: FollowUpReviewStatus | null, reviewMessage?: string | null, reviewDueDate?: string | null, reclaimAmount?: number | null, reclaimMotivation?: string | null, repaidAmount?: number | null, caseFileUrl?: string | null, hasCaseThread: boolean, motivation?: string | null, contactName: string, contactEmail: string, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string }, requisition?: { __typename: 'Requisition', paymentMethod: PaymentMethod, paymentNumber: string, wantsMore: boolean, wantsMoreUpTo?: number | null, redistributedAmount: number } | null, ngoDetails?: { __typename: 'NgoApplicationDetails', paymentMethod?: PaymentMethod | null, paymentNumber?: string | null } | null, jointMembers: Array<{ __typename: 'JointRequisitionMember', confirmedAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }> } };

export type DevFundRequestFollowUpCompletionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
  dueDate: Scalars['String']['input'];
}>;


export type DevFundRequestFollowUpCompletionMutation = { __typename: 'Mutation', requestGrantFollowUpCompletion: { __typename: 'GrantApplication', id: string, title: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, diarienummer?: string | null, requestedAmount: number, grantedAmount?: number | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, submittedAt?: string | null, decidedAt?: string | null, paidAt?: string | null, paymentExportedAt?: string | null, repaidAt?: string | null, followUpSubmittedAt?: string | null, followUpReview?: FollowUpReviewStatus | null, reviewMessage?: string | null, reviewDueDate?: string | null, reclaimAmount?: number | null, reclaimMotivation?: string | null, repaidAmount?: number | null, caseFileUrl?: string | null, hasCaseThread: boolean, motivation?: string | null, contactName: string, contactEmail: string, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string }, requisition?: { __typename: 'Requisition', paymentMethod: PaymentMethod, paymentNumber: string, wantsMore: boolean, wantsMoreUpTo?: number | null, redistributedAmount: number } | null, ngoDetails?: { __typename: 'NgoApplicationDetails', paymentMethod?: PaymentMethod | null, paymentNumber?: string | null } | null, jointMembers: Array<{ __typename: 'JointRequisitionMember', confirmedAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }> } };

export type DevFundReclaimMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: ReclaimInput;
}>;


export type DevFundReclaimMutation = { __typename: 'Mutation', reclaimGrant: { __typename: 'GrantApplication', id: string, title: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, diarienummer?: string | null, requestedAmount: number, grantedAmount?: number | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, submittedAt?: string | null, decidedAt?: string | null, paidAt?: string | null, paymentExportedAt?: string | null, repaidAt?: string | null, followUpSubmittedAt?: string | null, followUpReview?: FollowUpReviewStatus | null, reviewMessage?: string | null, reviewDueDate?: string | null, reclaimAmount?: number | null, reclaimMotivation?: string | null, repaidAmount?: number | null, caseFileUrl?: string | null, hasCaseThread: boolean, motivation?: string | null, contactName: string, contactEmail: string, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string }, requisition?: { __typename: 'Requisition', paymentMethod: PaymentMethod, paymentNumber: string, wantsMore: boolean, wantsMoreUpTo?: number | null, redistributedAmount: number } | null, ngoDetails?: { __typename: 'NgoApplicationDetails', paymentMethod?: PaymentMethod | null, paymentNumber?: string | null } | null, jointMembers: Array<{ __typename: 'JointRequisitionMember', confirmedAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }> } };

export type DevFundCallAssessmentQueryVariables = Exact<{
  callId: Scalars['ID']['input'];
}>;


export type DevFundCallAssessmentQuery = { __typename: 'Query', grantCall: { __typename: 'GrantCall', id: string, assessedByReviewers: boolean, assessmentCriteria: Array<{ __typename: 'AssessmentCriterion', id: string, name: string, nameEn?: string | null, maxPoints: number }>, reviewers: Array<{ __typename: 'AssignedReviewer', id: string, name: string, canRemove: boolean }>, eligibleReviewers: Array<{ __typename: 'Reviewer', id: string, name: string }> } };

export type DevFundSetCriteriaMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
  criteria: Array<AssessmentCriterionInput> | AssessmentCriterionInput;
}>;


export type DevFundSetCriteriaMutation = { __typename: 'Mutation', setAssessmentCriteria: Array<{ __typename: 'AssessmentCriterion', id: string }> };

export type DevFundAssignReviewersMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
  userIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type DevFundAssignReviewersMutation = { __typename: 'Mutation', assignReviewers: Array<{ __typename: 'AssignedReviewer', id: string, name: string }> };

export type DevFundRemoveReviewerMutationVariables = Exact<{
  callId: Scalars['ID']['input'];
  userId: Scalars['ID']['input'];
}>;


export type DevFundRemoveReviewerMutation = { __typename: 'Mutation', removeReviewer: Array<{ __typename: 'AssignedReviewer', id: string, name: string, canRemove: boolean }> };

export type DevFundReviewTaskFieldsFragment = { __typename: 'ReviewTask', applicationId: string, title: string, diarienummer?: string | null, applicantName: string, callId: string, callTitle: string, status: ReviewStatus, availableActions: Array<ReviewAction>, total?: number | null, comment?: string | null, link?: string | null, scores: Array<{ __typename: 'CriterionPoints', criterionId: string, points: number }> };

export type DevFundMyReviewsQueryVariables = Exact<{
  limit: Scalars['Int']['input'];
}>;


export type DevFundMyReviewsQuery = { __typename: 'Query', myReviews: { __typename: 'ReviewTaskPage', total: number, items: Array<{ __typename: 'ReviewTask', applicationId: string, title: string, diarienummer?: string | null, applicantName: string, callId: string, callTitle: string, status: ReviewStatus, availableActions: Array<ReviewAction>, total?: number | null, comment?: string | null, link?: string | null, scores: Array<{ __typename: 'CriterionPoints', criterionId: string, points: number }> }> } };

export type DevFundDeclareMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  input: ImpartialityInput;
}>;


export type DevFundDeclareMutation = { __typename: 'Mutation', declareImpartiality: { __typename: 'ReviewTask', applicationId: string, title: string, diarienummer?: string | null, applicantName: string, callId: string, callTitle: string, status: ReviewStatus, availableActions: Array<ReviewAction>, total?: number | null, comment?: string | null, link?: string | null, scores: Array<{ __typename: 'CriterionPoints', criterionId: string, points: number }> } };

export type DevFundReviewScoreMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  input: ReviewScoreInput;
}>;


export type DevFundReviewScoreMutation = { __typename: 'Mutation', scoreApplication: { __typename: 'ReviewTask', applicationId: string, title: string, diarienummer?: string | null, applicantName: string, callId: string, callTitle: string, status: ReviewStatus, availableActions: Array<ReviewAction>, total?: number | null, comment?: string | null, link?: string | null, scores: Array<{ __typename: 'CriterionPoints', criterionId: string, points: number }> } };

export type DevFundCriteriaQueryVariables = Exact<{
  callId: Scalars['ID']['input'];
}>;


export type DevFundCriteriaQuery = { __typename: 'Query', grantCall: { __typename: 'GrantCall', id: string, assessmentCriteria: Array<{ __typename: 'AssessmentCriterion', id: string, name: string, nameEn?: string | null, maxPoints: number }> } };

export type DevFundAssessmentQueryVariables = Exact<{
  applicationId: Scalars['ID']['input'];
}>;


export type DevFundAssessmentQuery = { __typename: 'Query', applicationAssessment: { __typename: 'ApplicationAssessment', applicationId: string, averageTotal?: number | null, maxTotal: number, criteria: Array<{ __typename: 'AssessmentCriterion', id: string, name: string, nameEn?: string | null, maxPoints: number }>, reviews: Array<{ __typename: 'ReviewerScores', reviewerId: string, reviewerName: string, status: ReviewStatus, total?: number | null, comment?: string | null, scores: Array<{ __typename: 'CriterionPoints', criterionId: string, points: number }> }>, proposal?: { __typename: 'DecisionProposalView', outcome: string, amount?: number | null, motivation: string, proposedByName: string, proposedAt: string } | null }, grantApplication: { __typename: 'GrantApplication', id: string, decisionAssessment?: { __typename: 'DecisionAssessmentRecord', disqualified: Array<string>, noneDisqualifiedTookPart: boolean, participants: Array<{ __typename: 'AssessmentParticipant', name: string, total: number }> } | null } };

export type DevFundProposeMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  input: DecisionProposalInput;
}>;


export type DevFundProposeMutation = { __typename: 'Mutation', proposeDecision: { __typename: 'ApplicationAssessment', applicationId: string } };

export type DevFundPartialReportAnswersQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DevFundPartialReportAnswersQuery = { __typename: 'Query', grantApplication: { __typename: 'GrantApplication', id: string, partialReports: Array<{ __typename: 'PartialReport', year: number, answers: Array<{ __typename: 'FollowUpAnswer', code: string, textSv: string, textEn: string, shownSv: string, shownEn: string, comment?: string | null, older: boolean }> }> } };

export type GrantCallFieldsFragment = { __typename: 'GrantCall', id: string, year: number, title: string, description: string, budget: number, grantedTotal: number, isOpen: boolean, availableActions: Array<GrantCallAction>, opensAt: string, closesAt: string, eligibleKinds: Array<OrganisationKind>, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string, followUpDueDate: string, usableUntil?: string | null, assessedByReviewers: boolean, consultationOrganisation?: { __typename: 'Organisation', id: string, name: string } | null };

export type GrantCallsQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantCallsQuery = { __typename: 'Query', grantCalls: Array<{ __typename: 'GrantCall', id: string, year: number, title: string, description: string, budget: number, grantedTotal: number, isOpen: boolean, availableActions: Array<GrantCallAction>, opensAt: string, closesAt: string, eligibleKinds: Array<OrganisationKind>, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string, followUpDueDate: string, usableUntil?: string | null, assessedByReviewers: boolean, consultationOrganisation?: { __typename: 'Organisation', id: string, name: string } | null }> };

export type GrantCallsOverviewQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantCallsOverviewQuery = { __typename: 'Query', grantCalls: Array<{ __typename: 'GrantCall', requestedTotal: number, remaining: number, grantedCount: number, id: string, year: number, title: string, description: string, budget: number, grantedTotal: number, isOpen: boolean, availableActions: Array<GrantCallAction>, opensAt: string, closesAt: string, eligibleKinds: Array<OrganisationKind>, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string, followUpDueDate: string, usableUntil?: string | null, assessedByReviewers: boolean, statusCounts: Array<{ __typename: 'GrantStatusCount', status: GrantApplicationStatus, count: number }>, consultationOrganisation?: { __typename: 'Organisation', id: string, name: string } | null }> };

export type GrantCallQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantCallQuery = { __typename: 'Query', grantCall: { __typename: 'GrantCall', id: string, year: number, title: string, description: string, budget: number, grantedTotal: number, isOpen: boolean, availableActions: Array<GrantCallAction>, opensAt: string, closesAt: string, eligibleKinds: Array<OrganisationKind>, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string, followUpDueDate: string, usableUntil?: string | null, assessedByReviewers: boolean, consultationOrganisation?: { __typename: 'Organisation', id: string, name: string } | null } };

export type GrantCallFiguresQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantCallFiguresQuery = { __typename: 'Query', grantCall: { __typename: 'GrantCall', id: string, requestedTotal: number, remaining: number, grantedCount: number, statusCounts: Array<{ __typename: 'GrantStatusCount', status: GrantApplicationStatus, count: number }> } };

export type CreateGrantCallMutationVariables = Exact<{
  input: CreateGrantCallInput;
}>;


export type CreateGrantCallMutation = { __typename: 'Mutation', createGrantCall: { __typename: 'GrantCall', id: string, year: number, title: string, description: string, budget: number, grantedTotal: number, isOpen: boolean, availableActions: Array<GrantCallAction>, opensAt: string, closesAt: string, eligibleKinds: Array<OrganisationKind>, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string, followUpDueDate: string, usableUntil?: string | null, assessedByReviewers: boolean, consultationOrganisation?: { __typename: 'Organisation', id: string, name: string } | null } };

export type GrantApplicationRowFragment = { __typename: 'GrantApplication', id: string, title: string, diarienummer?: string | null, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, requestedAmount: number, grantedAmount?: number | null, submittedAt?: string | null, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, call: { __typename: 'GrantCall', id: string, title: string } };

export type GrantApplicationsQueryVariables = Exact<{
  callId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<GrantApplicationStatus> | GrantApplicationStatus>;
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type GrantApplicationsQuery = { __typename: 'Query', grantApplications: { __typename: 'GrantApplicationPage', total: number, offset: number, limit: number, hasMore: boolean, items: Array<{ __typename: 'GrantApplication', id: string, title: string, diarienummer?: string | null, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, requestedAmount: number, grantedAmount?: number | null, submittedAt?: string | null, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, call: { __typename: 'GrantCall', id: string, title: string } }> } };

export type GrantApplicationFieldsFragment = { __typename: 'GrantApplication', id: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, version: number, diarienummer?: string | null, title: string, purpose: string, plannedActivities: string, targetGroups: string, periodStart?: string | null, periodEnd?: string | null, requestedAmount: number, contactName: string, contactEmail: string, contactPhone?: string | null, purposeCategories: Array<StimulusPurpose>, createdAt: string, updatedAt: string, submittedAt?: string | null, completionMessage?: string | null, completionDueDate?: string | null, outcome?: DecisionOutcome | null, grantedAmount?: number | null, motivation?: string | null, decidedAt?: string | null, decidedWithoutOpinion: boolean, decidableWithoutOpinion: boolean, decidableWithoutOpinionFrom?: string | null, decisionLetterUrl?: string | null, caseFileUrl?: string | null, hasCaseThread: boolean, paidAt?: string | null, followUpReport?: string | null, followUpSubmittedAt?: string | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, repaidAt?: string | null, budgetLines: Array<{ __typename: 'BudgetLine', category: string, amount: number }>, presentingOfficers: Array<{ __typename: 'User', id: string, name: string }>, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, title: string, year: number, isOpen: boolean, closesAt: string, followUpDueDate: string, usableUntil?: string | null, partialReportsCoded: boolean, assessedByReviewers: boolean, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string }, consultations: Array<{ __typename: 'ConsultationRequest', id: string, requestedAt: string, dueDate: string, answeredAt?: string | null, opinion?: ConsultationOpinion | null, opinionText?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }>, versions: Array<{ __typename: 'GrantApplicationVersion', id: string, version: number, submittedAt: string, content: unknown }> };

export type GrantApplicationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantApplicationQuery = { __typename: 'Query', grantApplication: { __typename: 'GrantApplication', id: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, version: number, diarienummer?: string | null, title: string, purpose: string, plannedActivities: string, targetGroups: string, periodStart?: string | null, periodEnd?: string | null, requestedAmount: number, contactName: string, contactEmail: string, contactPhone?: string | null, purposeCategories: Array<StimulusPurpose>, createdAt: string, updatedAt: string, submittedAt?: string | null, completionMessage?: string | null, completionDueDate?: string | null, outcome?: DecisionOutcome | null, grantedAmount?: number | null, motivation?: string | null, decidedAt?: string | null, decidedWithoutOpinion: boolean, decidableWithoutOpinion: boolean, decidableWithoutOpinionFrom?: string | null, decisionLetterUrl?: string | null, caseFileUrl?: string | null, hasCaseThread: boolean, paidAt?: string | null, followUpReport?: string | null, followUpSubmittedAt?: string | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, repaidAt?: string | null, budgetLines: Array<{ __typename: 'BudgetLine', category: string, amount: number }>, presentingOfficers: Array<{ __typename: 'User', id: string, name: string }>, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, title: string, year: number, isOpen: boolean, closesAt: string, followUpDueDate: string, usableUntil?: string | null, partialReportsCoded: boolean, assessedByReviewers: boolean, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string }, consultations: Array<{ __typename: 'ConsultationRequest', id: string, requestedAt: string, dueDate: string, answeredAt?: string | null, opinion?: ConsultationOpinion | null, opinionText?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }>, versions: Array<{ __typename: 'GrantApplicationVersion', id: string, version: number, submittedAt: string, content: unknown }> } };

export type SaveGrantApplicationMutationVariables = Exact<{
  input: SaveGrantApplicationInput;
}>;


export type SaveGrantApplicationMutation = { __typename: 'Mutation', saveGrantApplication: { __typename: 'GrantApplication', id: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, version: number, diarienummer?: string | null, title: string, purpose: string, plannedActivities: string, targetGroups: string, periodStart?: string | null, periodEnd?: string | null, requestedAmount: number, contactName: string, contactEmail: string, contactPhone?: string | null, purposeCategories: Array<StimulusPurpose>, createdAt: string, updatedAt: string, submittedAt?: string | null, completionMessage?: string | null, completionDueDate?: string | null, outcome?: DecisionOutcome | null, grantedAmount?: number | null, motivation?: string | null, decidedAt?: string | null, decidedWithoutOpinion: boolean, decidableWithoutOpinion: boolean, decidableWithoutOpinionFrom?: string | null, decisionLetterUrl?: string | null, caseFileUrl?: string | null, hasCaseThread: boolean, paidAt?: string | null, followUpReport?: string | null, followUpSubmittedAt?: string | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, repaidAt?: string | null, budgetLines: Array<{ __typename: 'BudgetLine', category: string, amount: number }>, presentingOfficers: Array<{ __typename: 'User', id: string, name: string }>, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, title: string, year: number, isOpen: boolean, closesAt: string, followUpDueDate: string, usableUntil?: string | null, partialReportsCoded: boolean, assessedByReviewers: boolean, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string }, consultations: Array<{ __typename: 'ConsultationRequest', id: string, requestedAt: string, dueDate: string, answeredAt?: string | null, opinion?: ConsultationOpinion | null, opinionText?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }>, versions: Array<{ __typename: 'GrantApplicationVersion', id: string, version: number, submittedAt: string, content: unknown }> } };

export type SubmitGrantApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitGrantApplicationMutation = { __typename: 'Mutation', submitGrantApplication: { __typename: 'GrantApplication', id: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, version: number, diarienummer?: string | null, title: string, purpose: string, plannedActivities: string, targetGroups: string, periodStart?: string | null, periodEnd?: string | null, requestedAmount: number, contactName: string, contactEmail: string, contactPhone?: string | null, purposeCategories: Array<StimulusPurpose>, createdAt: string, updatedAt: string, submittedAt?: string | null, completionMessage?: string | null, completionDueDate?: string | null, outcome?: DecisionOutcome | null, grantedAmount?: number | null, motivation?: string | null, decidedAt?: string | null, decidedWithoutOpinion: boolean, decidableWithoutOpinion: boolean, decidableWithoutOpinionFrom?: string | null, decisionLetterUrl?: string | null, caseFileUrl?: string | null, hasCaseThread: boolean, paidAt?: string | null, followUpReport?: string | null, followUpSubmittedAt?: string | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, repaidAt?: string | null, budgetLines: Array<{ __typename: 'BudgetLine', category: string, amount: number }>, presentingOfficers: Array<{ __typename: 'User', id: string, name: string }>, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, title: string, year: number, isOpen: boolean, closesAt: string, followUpDueDate: string, usableUntil?: string | null, partialReportsCoded: boolean, assessedByReviewers: boolean, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string }, consultations: Array<{ __typename: 'ConsultationRequest', id: string, requestedAt: string, dueDate: string, answeredAt?: string | null, opinion?: ConsultationOpinion | null, opinionText?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }>, versions: Array<{ __typename: 'GrantApplicationVersion', id: string, version: number, submittedAt: string, content: unknown }> } };

export type WithdrawGrantApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawGrantApplicationMutation = { __typename: 'Mutation', withdrawGrantApplication: { __typename: 'GrantApplication', id: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, version: number, diarienummer?: string | null, title: string, purpose: string, plannedActivities: string, targetGroups: string, periodStart?: string | null, periodEnd?: string | null, requestedAmount: number, contactName: string, contactEmail: string, contactPhone?: string | null, purposeCategories: Array<StimulusPurpose>, createdAt: string, updatedAt: string, submittedAt?: string | null, completionMessage?: string | null, completionDueDate?: string | null, outcome?: DecisionOutcome | null, grantedAmount?: number | null, motivation?: string | null, decidedAt?: string | null, decidedWithoutOpinion: boolean, decidableWithoutOpinion: boolean, decidableWithoutOpinionFrom?: string | null, decisionLetterUrl?: string | null, caseFileUrl?: string | null, hasCaseThread: boolean, paidAt?: string | null, followUpReport?: string | null, followUpSubmittedAt?: string | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, repaidAt?: string | null, budgetLines: Array<{ __typename: 'BudgetLine', category: string, amount: number }>, presentingOfficers: Array<{ __typename: 'User', id: string, name: string }>, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, title: string, year: number, isOpen: boolean, closesAt: string, followUpDueDate: string, usableUntil?: string | null, partialReportsCoded: boolean, assessedByReviewers: boolean, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string }, consultations: Array<{ __typename: 'ConsultationRequest', id: string, requestedAt: string, dueDate: string, answeredAt?: string | null, opinion?: ConsultationOpinion | null, opinionText?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }>, versions: Array<{ __typename: 'GrantApplicationVersion', id: string, version: number, submittedAt: string, content: unknown }> } };

export type SubmitGrantFollowUpMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: FollowUpInput;
}>;


export type SubmitGrantFollowUpMutation = { __typename: 'Mutation', submitGrantFollowUp: { __typename: 'GrantApplication', id: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, version: number, diarienummer?: string | null, title: string, purpose: string, plannedActivities: string, targetGroups: string, periodStart?: string | null, periodEnd?: string | null, requestedAmount: number, contactName: string, contactEmail: string, contactPhone?: string | null, purposeCategories: Array<StimulusPurpose>, createdAt: string, updatedAt: string, submittedAt?: string | null, completionMessage?: string | null, completionDueDate?: string | null, outcome?: DecisionOutcome | null, grantedAmount?: number | null, motivation?: string | null, decidedAt?: string | null, decidedWithoutOpinion: boolean, decidableWithoutOpinion: boolean, decidableWithoutOpinionFrom?: string | null, decisionLetterUrl?: string | null, caseFileUrl?: string | null, hasCaseThread: boolean, paidAt?: string | null, followUpReport?: string | null, followUpSubmittedAt?: string | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, repaidAt?: string | null, budgetLines: Array<{ __typename: 'BudgetLine', category: string, amount: number }>, presentingOfficers: Array<{ __typename: 'User', id: string, name: string }>, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, title: string, year: number, isOpen: boolean, closesAt: string, followUpDueDate: string, usableUntil?: string | null, partialReportsCoded: boolean, assessedByReviewers: boolean, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string }, consultations: Array<{ __typename: 'ConsultationRequest', id: string, requestedAt: string, dueDate: string, answeredAt?: string | null, opinion?: ConsultationOpinion | null, opinionText?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }>, versions: Array<{ __typename: 'GrantApplicationVersion', id: string, version: number, submittedAt: string, content: unknown }> } };

export type RequestGrantCompletionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  message: Scalars['String']['input'];
  dueDate: Scalars['String']['input'];
}>;


export type RequestGrantCompletionMutation = { __typename: 'Mutation', requestGrantCompletion: { __typename: 'GrantApplication', id: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, version: number, diarienummer?: string | null, title: string, purpose: string, plannedActivities: string, targetGroups: string, periodStart?: string | null, periodEnd?: string | null, requestedAmount: number, contactName: string, contactEmail: string, contactPhone?: string | null, purposeCategories: Array<StimulusPurpose>, createdAt: string, updatedAt: string, submittedAt?: string | null, completionMessage?: string | null, completionDueDate?: string | null, outcome?: DecisionOutcome | null, grantedAmount?: number | null, motivation?: string | null, decidedAt?: string | null, decidedWithoutOpinion: boolean, decidableWithoutOpinion: boolean, decidableWithoutOpinionFrom?: string | null, decisionLetterUrl?: string | null, caseFileUrl?: string | null, hasCaseThread: boolean, paidAt?: string | null, followUpReport?: string | null, followUpSubmittedAt?: string | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, repaidAt?: string | null, budgetLines: Array<{ __typename: 'BudgetLine', category: string, amount: number }>, presentingOfficers: Array<{ __typename: 'User', id: string, name: string }>, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, title: string, year: number, isOpen: boolean, closesAt: string, followUpDueDate: string, usableUntil?: string | null, partialReportsCoded: boolean, assessedByReviewers: boolean, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string }, consultations: Array<{ __typename: 'ConsultationRequest', id: string, requestedAt: string, dueDate: string, answeredAt?: string | null, opinion?: ConsultationOpinion | null, opinionText?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }>, versions: Array<{ __typename: 'GrantApplicationVersion', id: string, version: number, submittedAt: string, content: unknown }> } };

export type RequestGrantCompletionsMutationVariables = Exact<{
  applicationIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  message: Scalars['String']['input'];
  dueDate: Scalars['String']['input'];
}>;


export type RequestGrantCompletionsMutation = { __typename: 'Mutation', requestGrantCompletions: Array<{ __typename: 'GrantApplication', id: string, title: string, diarienummer?: string | null, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, requestedAmount: number, grantedAmount?: number | null, submittedAt?: string | null, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, call: { __typename: 'GrantCall', id: string, title: string } }> };

export type RemindGrantCompletionsMutationVariables = Exact<{
  applicationIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type RemindGrantCompletionsMutation = { __typename: 'Mutation', remindGrantCompletions: Array<{ __typename: 'GrantApplication', id: string, status: GrantApplicationStatus }> };

export type RequestConsultationMutationVariables = Exact<{
  applicationIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  dueDate?: InputMaybe<Scalars['String']['input']>;
}>;


export type RequestConsultationMutation = { __typename: 'Mutation', requestConsultation: Array<{ __typename: 'GrantApplication', id: string, title: string, diarienummer?: string | null, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, requestedAmount: number, grantedAmount?: number | null, submittedAt?: string | null, updatedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, call: { __typename: 'GrantCall', id: string, title: string } }> };

export type DecideGrantApplicationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: DecisionInput;
}>;


export type DecideGrantApplicationMutation = { __typename: 'Mutation', decideGrantApplication: { __typename: 'GrantApplication', id: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, version: number, diarienummer?: string | null, title: string, purpose: string, plannedActivities: string, targetGroups: string, periodStart?: string | null, periodEnd?: string | null, requestedAmount: number, contactName: string, contactEmail: string, contactPhone?: string | null, purposeCategories: Array<StimulusPurpose>, createdAt: string, updatedAt: string, submittedAt?: string | null, completionMessage?: string | null, completionDueDate?: string | null, outcome?: DecisionOutcome | null, grantedAmount?: number | null, motivation?: string | null, decidedAt?: string | null, decidedWithoutOpinion: boolean, decidableWithoutOpinion: boolean, decidableWithoutOpinionFrom?: string | null, decisionLetterUrl?: string | null, caseFileUrl?: string | null, hasCaseThread: boolean, paidAt?: string | null, followUpReport?: string | null, followUpSubmittedAt?: string | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, repaidAt?: string | null, budgetLines: Array<{ __typename: 'BudgetLine', category: string, amount: number }>, presentingOfficers: Array<{ __typename: 'User', id: string, name: string }>, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, title: string, year: number, isOpen: boolean, closesAt: string, followUpDueDate: string, usableUntil?: string | null, partialReportsCoded: boolean, assessedByReviewers: boolean, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string }, consultations: Array<{ __typename: 'ConsultationRequest', id: string, requestedAt: string, dueDate: string, answeredAt?: string | null, opinion?: ConsultationOpinion | null, opinionText?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }>, versions: Array<{ __typename: 'GrantApplicationVersion', id: string, version: number, submittedAt: string, content: unknown }> } };

export type MarkGrantPaidMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkGrantPaidMutation = { __typename: 'Mutation', markGrantPaid: { __typename: 'GrantApplication', id: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, version: number, diarienummer?: string | null, title: string, purpose: string, plannedActivities: string, targetGroups: string, periodStart?: string | null, periodEnd?: string | null, requestedAmount: number, contactName: string, contactEmail: string, contactPhone?: string | null, purposeCategories: Array<StimulusPurpose>, createdAt: string, updatedAt: string, submittedAt?: string | null, completionMessage?: string | null, completionDueDate?: string | null, outcome?: DecisionOutcome | null, grantedAmount?: number | null, motivation?: string | null, decidedAt?: string | null, decidedWithoutOpinion: boolean, decidableWithoutOpinion: boolean, decidableWithoutOpinionFrom?: string | null, decisionLetterUrl?: string | null, caseFileUrl?: string | null, hasCaseThread: boolean, paidAt?: string | null, followUpReport?: string | null, followUpSubmittedAt?: string | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, repaidAt?: string | null, budgetLines: Array<{ __typename: 'BudgetLine', category: string, amount: number }>, presentingOfficers: Array<{ __typename: 'User', id: string, name: string }>, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, title: string, year: number, isOpen: boolean, closesAt: string, followUpDueDate: string, usableUntil?: string | null, partialReportsCoded: boolean, assessedByReviewers: boolean, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string }, consultations: Array<{ __typename: 'ConsultationRequest', id: string, requestedAt: string, dueDate: string, answeredAt?: string | null, opinion?: ConsultationOpinion | null, opinionText?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }>, versions: Array<{ __typename: 'GrantApplicationVersion', id: string, version: number, submittedAt: string, content: unknown }> } };

export type MarkRepaymentReceivedMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkRepaymentReceivedMutation = { __typename: 'Mutation', markRepaymentReceived: { __typename: 'GrantApplication', id: string, status: GrantApplicationStatus, availableActions: Array<GrantApplicationAction>, version: number, diarienummer?: string | null, title: string, purpose: string, plannedActivities: string, targetGroups: string, periodStart?: string | null, periodEnd?: string | null, requestedAmount: number, contactName: string, contactEmail: string, contactPhone?: string | null, purposeCategories: Array<StimulusPurpose>, createdAt: string, updatedAt: string, submittedAt?: string | null, completionMessage?: string | null, completionDueDate?: string | null, outcome?: DecisionOutcome | null, grantedAmount?: number | null, motivation?: string | null, decidedAt?: string | null, decidedWithoutOpinion: boolean, decidableWithoutOpinion: boolean, decidableWithoutOpinionFrom?: string | null, decisionLetterUrl?: string | null, caseFileUrl?: string | null, hasCaseThread: boolean, paidAt?: string | null, followUpReport?: string | null, followUpSubmittedAt?: string | null, usedAmount?: number | null, usedSoFar?: number | null, repaymentAmount?: number | null, repaidAt?: string | null, budgetLines: Array<{ __typename: 'BudgetLine', category: string, amount: number }>, presentingOfficers: Array<{ __typename: 'User', id: string, name: string }>, partialReports: Array<{ __typename: 'PartialReport', year: number, dueDate: string, usedAmount?: number | null, report?: string | null, submittedAt?: string | null }>, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind }, call: { __typename: 'GrantCall', id: string, title: string, year: number, isOpen: boolean, closesAt: string, followUpDueDate: string, usableUntil?: string | null, partialReportsCoded: boolean, assessedByReviewers: boolean, consultationDays: number, minConsultationDays: number, earliestConsultationDueDate: string }, consultations: Array<{ __typename: 'ConsultationRequest', id: string, requestedAt: string, dueDate: string, answeredAt?: string | null, opinion?: ConsultationOpinion | null, opinionText?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }>, versions: Array<{ __typename: 'GrantApplicationVersion', id: string, version: number, submittedAt: string, content: unknown }> } };

export type ConsultationRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsultationRequestsQuery = { __typename: 'Query', consultationRequests: Array<{ __typename: 'ConsultationRequest', id: string, requestedAt: string, dueDate: string, answeredAt?: string | null, opinion?: ConsultationOpinion | null, application: { __typename: 'GrantApplication', id: string, title: string, diarienummer?: string | null, requestedAmount: number, status: GrantApplicationStatus, organisation: { __typename: 'Organisation', id: string, name: string }, call: { __typename: 'GrantCall', id: string, title: string } } }> };

export type SubmitConsultationOpinionMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  input: ConsultationOpinionInput;
}>;


export type SubmitConsultationOpinionMutation = { __typename: 'Mutation', submitConsultationOpinion: { __typename: 'ConsultationRequest', id: string, answeredAt?: string | null, opinion?: ConsultationOpinion | null, opinionText?: string | null } };

export type GrantOverdueFollowUpFieldsFragment = { __typename: 'GrantApplication', id: string, diarienummer?: string | null, grantedAmount?: number | null, organisation: { __typename: 'Organisation', id: string, name: string }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string } };

export type GrantOverdueFollowUpsQueryVariables = Exact<{
  callId: Scalars['ID']['input'];
}>;


export type GrantOverdueFollowUpsQuery = { __typename: 'Query', overdueFollowUps: Array<{ __typename: 'GrantApplication', id: string, diarienummer?: string | null, grantedAmount?: number | null, organisation: { __typename: 'Organisation', id: string, name: string }, call: { __typename: 'GrantCall', id: string, followUpDueDate: string } }> };

export type GrantSendFollowUpRemindersMutationVariables = Exact<{
  withinDays: Scalars['Int']['input'];
}>;


export type GrantSendFollowUpRemindersMutation = { __typename: 'Mutation', sendFollowUpReminders: number };

export type StimulusSummaryQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type StimulusSummaryQuery = { __typename: 'Query', stimulusSummary: { __typename: 'StimulusSummary', year: number, calls: number, available: number, applicants: number, recipients: number, recipientsDescription: string, total: { __typename: 'StimulusFigures', applications: number, requested: number, granted: number, paid: number, used: number, shareUsed?: number | null, repaid: number, repaymentDue: number }, byOrganisation: Array<{ __typename: 'StimulusRecipientSummary', organisationId: string, organisationName: string, purposes: Array<StimulusPurpose>, purposeNotStated: boolean, applications: number, requested: number, granted: number, paid: number, used: number, shareUsed?: number | null, repaid: number, repaymentDue: number }>, byPurpose: Array<{ __typename: 'StimulusPurposeSummary', purpose?: StimulusPurpose | null, recipients: number, applications: number, requested: number, granted: number, paid: number, used: number, shareUsed?: number | null, repaid: number, repaymentDue: number }> } };

export type GrantCaseThreadQueryVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
}>;


export type GrantCaseThreadQuery = { __typename: 'Query', grantCaseThread: { __typename: 'GrantCaseThread', applicationId: string, canWrite: boolean, canWriteInternal: boolean, attachmentMaxBytes: number, attachmentsMax: number, messageMaxLength: number, entries: { __typename: 'GrantCaseEntryPage', total: number, hasMore: boolean, items: Array<{ __typename: 'GrantCaseEntry', id: string, kind: CaseEntryKind, internal: boolean, fromApplicant: boolean, text: string, authorName?: string | null, createdAt: string }> }, attachments: Array<{ __typename: 'GrantAttachment', id: string, filename: string, size: number, url: string, fromApplicant: boolean, uploadedByName?: string | null, createdAt: string, canRemove: boolean }> } };

export type PostGrantCaseMessageMutationVariables = Exact<{
  applicationId: Scalars['ID']['input'];
  body: Scalars['String']['input'];
  internal?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type PostGrantCaseMessageMutation = { __typename: 'Mutation', postGrantCaseMessage: { __typename: 'GrantCaseEntry', id: string } };

export type RemoveGrantAttachmentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveGrantAttachmentMutation = { __typename: 'Mutation', removeGrantAttachment: { __typename: 'GrantAttachment', id: string, filename: string, removedAt?: string | null } };

export type LetterTemplateVersionFieldsFragment = { __typename: 'LetterTemplateVersion', id: string, version: number, callId?: string | null, subjectSv?: string | null, subjectEn?: string | null, bodySv: string, bodyEn: string, createdAt: string };

export type LetterTemplateQueryVariables = Exact<{
  kind: LetterTemplateKind;
  programme: GrantProgramme;
  callId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type LetterTemplateQuery = { __typename: 'Query', letterTemplate: { __typename: 'LetterTemplateScope', kind: LetterTemplateKind, programme: GrantProgramme, callId?: string | null, inherited: boolean, hasSubject: boolean, placeholders: Array<string>, current?: { __typename: 'LetterTemplateVersion', id: string, version: number, callId?: string | null, subjectSv?: string | null, subjectEn?: string | null, bodySv: string, bodyEn: string, createdAt: string } | null, builtInSv: { __typename: 'LetterTemplateTexts', subject?: string | null, body: string }, builtInEn: { __typename: 'LetterTemplateTexts', subject?: string | null, body: string } }, letterTemplateVersions: Array<{ __typename: 'LetterTemplateVersion', id: string, version: number, callId?: string | null, subjectSv?: string | null, subjectEn?: string | null, bodySv: string, bodyEn: string, createdAt: string }> };

export type LetterTemplateCallsQueryVariables = Exact<{
  programme: GrantProgramme;
}>;


export type LetterTemplateCallsQuery = { __typename: 'Query', grantCalls: Array<{ __typename: 'GrantCall', id: string, title: string, year: number }> };

export type LetterTemplateApplicationsQueryVariables = Exact<{
  callId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type LetterTemplateApplicationsQuery = { __typename: 'Query', grantApplications: { __typename: 'GrantApplicationPage', items: Array<{ __typename: 'GrantApplication', id: string, title: string, diarienummer?: string | null, decidedAt?: string | null }> } };

export type PreviewLetterTemplateQueryVariables = Exact<{
  input: LetterTemplateInput;
  applicationId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type PreviewLetterTemplateQuery = { __typename: 'Query', previewLetterTemplate: { __typename: 'LetterTemplatePreview', applicationId?: string | null, sv: { __typename: 'LetterTemplateTexts', subject?: string | null, body: string }, en: { __typename: 'LetterTemplateTexts', subject?: string | null, body: string } } };

export type PublishLetterTemplateMutationVariables = Exact<{
  input: LetterTemplateInput;
}>;


export type PublishLetterTemplateMutation = { __typename: 'Mutation', publishLetterTemplate: { __typename: 'LetterTemplateVersion', id: string, version: number, callId?: string | null, subjectSv?: string | null, subjectEn?: string | null, bodySv: string, bodyEn: string, createdAt: string } };

export type NationalReachQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  countyCode?: InputMaybe<Scalars['String']['input']>;
  type: TrainingType;
  measure: ReachMeasure;
}>;


export type NationalReachQuery = { __typename: 'Query', trainingReach: { __typename: 'TrainingReach', year: number, countyCode?: string | null, lansstyrelser: number, sharesChart: unknown, countyChart: unknown, byCounty: Array<{ __typename: 'TrainingReachRow', type: TrainingType, countyCode?: string | null, events: number, participants: number, loggedParticipants: number, kommuner: number, regioner: number, ngos: number, otherBodies: number, unmetDemand: number }>, totals: Array<{ __typename: 'TrainingReachRow', type: TrainingType, countyCode?: string | null, events: number, participants: number, loggedParticipants: number, kommuner: number, regioner: number, ngos: number, otherBodies: number, unmetDemand: number }>, shares: Array<{ __typename: 'TrainingTypeShare', type: TrainingType, lansstyrelser: number, share: number }> } };

export type NationalNetworksQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type NationalNetworksQuery = { __typename: 'Query', networksByTopic: { __typename: 'NetworksByTopic', year: number, lansstyrelser: number, chart: unknown, topics: Array<{ __typename: 'NetworkTopicFigures', topic: NetworkTopic, lansstyrelser: number, share: number, meetingsHeld: number, organisations: number }> } };

export type NationalCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type NationalCountiesQuery = { __typename: 'Query', counties: Array<{ __typename: 'County', code: string, name: string }> };

export type NationalCountyWorkQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type NationalCountyWorkQuery = { __typename: 'Query', countyWorkNational: { __typename: 'CountyWorkNational', year: number, lansstyrelser: number, municipalityVisits: number, kommunerVisited: number, campaigns: number, articles: number, readers: number, sharesChart: unknown, methodsChart: unknown, visitsChart: unknown, nationalCampaigns: { __typename: 'CountyBoardShare', lansstyrelser: number, share: number }, strategyAdopted: { __typename: 'CountyBoardShare', lansstyrelser: number, share: number }, strategyStarted: { __typename: 'CountyBoardShare', lansstyrelser: number, share: number }, strategyLinkedToGenderMainstreaming: { __typename: 'CountyBoardShare', lansstyrelser: number, share: number }, methods: Array<{ __typename: 'MethodShare', methodId: string, name: string, lansstyrelser: number, share: number }>, byCounty: Array<{ __typename: 'CountyWorkOfCounty', countyCode: string, countyName: string, nationalCampaign: boolean, campaigns: number, methods: number, strategyStatus: StrategyStatus, linkedToGenderMainstreaming: boolean, municipalityVisits: number, kommunerVisited: number }> } };

export type NetworkMemberFieldsFragment = { __typename: 'NetworkMembership', coConvener: boolean, organisation: { __typename: 'Organisation', id: string, name: string, code: string, kind: OrganisationKind }, contacts: Array<{ __typename: 'NetworkContact', id: string, name: string, email: string, title?: string | null }> };

export type MyResponseFieldsFragment = { __typename: 'MeetingResponse', respondedAt: string, attendees: Array<{ __typename: 'Attendee', name: string, email?: string | null }> };

export type MeetingRowFragment = { __typename: 'NetworkMeeting', id: string, title: string, startsAt: string, endsAt: string, location?: string | null, onlineUrl?: string | null, status: MeetingStatus, rsvpDeadline?: string | null, myResponse?: { __typename: 'MeetingResponse', respondedAt: string, attendees: Array<{ __typename: 'Attendee', name: string, email?: string | null }> } | null };

export type NetworksQueryVariables = Exact<{
  topic?: InputMaybe<NetworkTopic>;
  convenedByMe: Scalars['Boolean']['input'];
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type NetworksQuery = { __typename: 'Query', networks: { __typename: 'NetworkPage', total: number, offset: number, limit: number, items: Array<{ __typename: 'Network', id: string, name: string, topic: NetworkTopic, kind: NetworkKind, isConvener: boolean, convener: { __typename: 'Organisation', id: string, name: string }, members: Array<{ __typename: 'NetworkMembership', coConvener: boolean, organisation: { __typename: 'Organisation', id: string, name: string, code: string, kind: OrganisationKind }, contacts: Array<{ __typename: 'NetworkContact', id: string, name: string, email: string, title?: string | null }> }>, upcomingMeetings: Array<{ __typename: 'NetworkMeeting', id: string, title: string, startsAt: string, endsAt: string, location?: string | null, onlineUrl?: string | null, status: MeetingStatus, rsvpDeadline?: string | null, myResponse?: { __typename: 'MeetingResponse', respondedAt: string, attendees: Array<{ __typename: 'Attendee', name: string, email?: string | null }> } | null }> }> } };

export type MyUpcomingMeetingsQueryVariables = Exact<{
  limit: Scalars['Int']['input'];
}>;


export type MyUpcomingMeetingsQuery = { __typename: 'Query', networkMeetings: { __typename: 'NetworkMeetingPage', total: number, items: Array<{ __typename: 'NetworkMeeting', id: string, title: string, startsAt: string, endsAt: string, location?: string | null, onlineUrl?: string | null, status: MeetingStatus, rsvpDeadline?: string | null, network: { __typename: 'Network', id: string, name: string, isConvener: boolean }, myResponse?: { __typename: 'MeetingResponse', respondedAt: string, attendees: Array<{ __typename: 'Attendee', name: string, email?: string | null }> } | null }> } };

export type NetworkQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NetworkQuery = { __typename: 'Query', network: { __typename: 'Network', id: string, name: string, topic: NetworkTopic, kind: NetworkKind, description: string, createdAt: string, isConvener: boolean, convener: { __typename: 'Organisation', id: string, name: string, countyCode?: string | null, county?: { __typename: 'County', code: string, name: string } | null }, members: Array<{ __typename: 'NetworkMembership', coConvener: boolean, organisation: { __typename: 'Organisation', id: string, name: string, code: string, kind: OrganisationKind }, contacts: Array<{ __typename: 'NetworkContact', id: string, name: string, email: string, title?: string | null }> }>, upcomingMeetings: Array<{ __typename: 'NetworkMeeting', id: string, title: string, startsAt: string, endsAt: string, location?: string | null, onlineUrl?: string | null, status: MeetingStatus, rsvpDeadline?: string | null, myResponse?: { __typename: 'MeetingResponse', respondedAt: string, attendees: Array<{ __typename: 'Attendee', name: string, email?: string | null }> } | null }>, openActionItems: Array<{ __typename: 'ActionItem', id: string, text: string, owner: string, dueDate?: string | null, done: boolean }> } };

export type PastNetworkMeetingsQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type PastNetworkMeetingsQuery = { __typename: 'Query', networkMeetings: { __typename: 'NetworkMeetingPage', total: number, offset: number, limit: number, items: Array<{ __typename: 'NetworkMeeting', id: string, title: string, startsAt: string, endsAt: string, location?: string | null, onlineUrl?: string | null, status: MeetingStatus, rsvpDeadline?: string | null, myResponse?: { __typename: 'MeetingResponse', respondedAt: string, attendees: Array<{ __typename: 'Attendee', name: string, email?: string | null }> } | null }> } };

export type OrganisationIdsForNetworkQueryVariables = Exact<{
  kinds?: InputMaybe<Array<OrganisationKind> | OrganisationKind>;
  countyCode?: InputMaybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
}>;


export type OrganisationIdsForNetworkQuery = { __typename: 'Query', organisations: { __typename: 'OrganisationPage', total: number, items: Array<{ __typename: 'Organisation', id: string }> } };

export type SaveNetworkMutationVariables = Exact<{
  input: SaveNetworkInput;
}>;


export type SaveNetworkMutation = { __typename: 'Mutation', saveNetwork: { __typename: 'Network', id: string, name: string, topic: NetworkTopic, kind: NetworkKind, description: string, isConvener: boolean } };

export type AddNetworkMembersMutationVariables = Exact<{
  networkId: Scalars['ID']['input'];
  organisationIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type AddNetworkMembersMutation = { __typename: 'Mutation', addNetworkMembers: { __typename: 'Network', id: string, members: Array<{ __typename: 'NetworkMembership', coConvener: boolean, organisation: { __typename: 'Organisation', id: string, name: string, code: string, kind: OrganisationKind }, contacts: Array<{ __typename: 'NetworkContact', id: string, name: string, email: string, title?: string | null }> }> } };

export type RemoveNetworkMemberMutationVariables = Exact<{
  networkId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
}>;


export type RemoveNetworkMemberMutation = { __typename: 'Mutation', removeNetworkMember: { __typename: 'Network', id: string, members: Array<{ __typename: 'NetworkMembership', coConvener: boolean, organisation: { __typename: 'Organisation', id: string, name: string, code: string, kind: OrganisationKind }, contacts: Array<{ __typename: 'NetworkContact', id: string, name: string, email: string, title?: string | null }> }> } };

export type RemoveNetworkMembersMutationVariables = Exact<{
  networkId: Scalars['ID']['input'];
  organisationIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type RemoveNetworkMembersMutation = { __typename: 'Mutation', removeNetworkMembers: { __typename: 'Network', id: string, members: Array<{ __typename: 'NetworkMembership', coConvener: boolean, organisation: { __typename: 'Organisation', id: string, name: string, code: string, kind: OrganisationKind }, contacts: Array<{ __typename: 'NetworkContact', id: string, name: string, email: string, title?: string | null }> }> } };

export type NetworkDecisionsQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type NetworkDecisionsQuery = { __typename: 'Query', network: { __typename: 'Network', id: string, name: string }, networkDecisions: { __typename: 'MeetingDecisionPage', total: number, items: Array<{ __typename: 'MeetingDecision', id: string, text: string, responsible?: string | null, dueDate?: string | null, meeting: { __typename: 'NetworkMeeting', id: string, title: string, startsAt: string } }> } };

export type SetNetworkContactsMutationVariables = Exact<{
  networkId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
  contacts: Array<ContactInput> | ContactInput;
}>;


export type SetNetworkContactsMutation = { __typename: 'Mutation', setNetworkContacts: Array<{ __typename: 'NetworkContact', id: string, name: string, email: string, title?: string | null }> };

export type ScheduleNetworkMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleNetworkMeetingMutation = { __typename: 'Mutation', scheduleNetworkMeeting: Array<{ __typename: 'NetworkMeeting', id: string, title: string, startsAt: string, endsAt: string, location?: string | null, onlineUrl?: string | null, status: MeetingStatus, rsvpDeadline?: string | null, myResponse?: { __typename: 'MeetingResponse', respondedAt: string, attendees: Array<{ __typename: 'Attendee', name: string, email?: string | null }> } | null }> };

export type MinutesFieldsFragment = { __typename: 'MeetingMinutes', status: MinutesStatus, body: string, decisions: Array<string>, version: number, publishedAt?: string | null, approvedAt?: string | null, returnComment?: string | null, returnedAt?: string | null, availableActions: Array<MeetingMinutesAction>, decisionItems: Array<{ __typename: 'MeetingDecision', id: string, text: string, responsible?: string | null, dueDate?: string | null }>, approver?: { __typename: 'User', id: string, name: string, organisation: { __typename: 'Organisation', id: string, name: string } } | null, history: Array<{ __typename: 'MeetingMinutesVersion', id: string, version: number, publishedAt: string, content: unknown }> };

export type AttendanceFieldsFragment = { __typename: 'MeetingAttendance', status: AttendanceStatus, people: number, organisation: { __typename: 'Organisation', id: string, name: string } };

export type NetworkMeetingQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NetworkMeetingQuery = { __typename: 'Query', networkMeeting: { __typename: 'NetworkMeeting', availableActions: Array<NetworkMeetingAction>, seriesId?: string | null, createdAt: string, id: string, title: string, startsAt: string, endsAt: string, location?: string | null, onlineUrl?: string | null, status: MeetingStatus, rsvpDeadline?: string | null, network: { __typename: 'Network', id: string, name: string, isConvener: boolean, convener: { __typename: 'Organisation', id: string, name: string }, members: Array<{ __typename: 'NetworkMembership', coConvener: boolean, organisation: { __typename: 'Organisation', id: string, name: string, code: string, kind: OrganisationKind }, contacts: Array<{ __typename: 'NetworkContact', id: string, name: string, email: string, title?: string | null }> }>, approverCandidates: Array<{ __typename: 'User', id: string, name: string, organisation: { __typename: 'Organisation', id: string, name: string } }> }, agenda: Array<{ __typename: 'AgendaItem', id: string, position: number, title: string, presenter?: string | null, durationMinutes?: number | null, actionItemId?: string | null }>, documents: Array<{ __typename: 'MeetingDocument', id: string, filename: string, url: string, size: number, contentType: string, agendaItemId?: string | null, createdAt: string }>, attendance: Array<{ __typename: 'MeetingAttendance', status: AttendanceStatus, people: number, organisation: { __typename: 'Organisation', id: string, name: string } }>, minutes?: { __typename: 'MeetingMinutes', status: MinutesStatus, body: string, decisions: Array<string>, version: number, publishedAt?: string | null, approvedAt?: string | null, returnComment?: string | null, returnedAt?: string | null, availableActions: Array<MeetingMinutesAction>, decisionItems: Array<{ __typename: 'MeetingDecision', id: string, text: string, responsible?: string | null, dueDate?: string | null }>, approver?: { __typename: 'User', id: string, name: string, organisation: { __typename: 'Organisation', id: string, name: string } } | null, history: Array<{ __typename: 'MeetingMinutesVersion', id: string, version: number, publishedAt: string, content: unknown }> } | null, previousMinutes?: { __typename: 'NetworkMeeting', id: string, title: string, startsAt: string } | null, nextMinutes?: { __typename: 'NetworkMeeting', id: string, title: string, startsAt: string } | null, actionItems: Array<{ __typename: 'ActionItem', id: string, text: string, owner: string, dueDate?: string | null, done: boolean }>, myResponse?: { __typename: 'MeetingResponse', respondedAt: string, attendees: Array<{ __typename: 'Attendee', name: string, email?: string | null }> } | null } };

export type NetworkMeetingResponsesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NetworkMeetingResponsesQuery = { __typename: 'Query', networkMeeting: { __typename: 'NetworkMeeting', id: string, responses: Array<{ __typename: 'MeetingResponse', respondedAt: string, organisation: { __typename: 'Organisation', id: string, name: string }, attendees: Array<{ __typename: 'Attendee', name: string, email?: string | null }> }> } };

export type RespondToMeetingInvitationMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  attendees: Array<AttendeeInput> | AttendeeInput;
}>;


export type RespondToMeetingInvitationMutation = { __typename: 'Mutation', respondToMeetingInvitation: { __typename: 'MeetingResponse', respondedAt: string, attendees: Array<{ __typename: 'Attendee', name: string, email?: string | null }> } };

export type RecordMeetingAttendanceMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  input: Array<AttendanceInput> | AttendanceInput;
}>;


export type RecordMeetingAttendanceMutation = { __typename: 'Mutation', recordMeetingAttendance: { __typename: 'NetworkMeeting', id: string, status: MeetingStatus, attendance: Array<{ __typename: 'MeetingAttendance', status: AttendanceStatus, people: number, organisation: { __typename: 'Organisation', id: string, name: string } }> } };

export type MarkMeetingAttendanceMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  organisationIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  status: AttendanceStatus;
}>;


export type MarkMeetingAttendanceMutation = { __typename: 'Mutation', markMeetingAttendance: { __typename: 'NetworkMeeting', id: string, status: MeetingStatus, attendance: Array<{ __typename: 'MeetingAttendance', status: AttendanceStatus, people: number, organisation: { __typename: 'Organisation', id: string, name: string } }> } };

export type SaveMeetingMinutesMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  input: MinutesInput;
}>;


export type SaveMeetingMinutesMutation = { __typename: 'Mutation', saveMeetingMinutes: { __typename: 'MeetingMinutes', status: MinutesStatus, version: number } };

export type PublishMeetingMinutesMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  input: MinutesInput;
}>;


export type PublishMeetingMinutesMutation = { __typename: 'Mutation', publishMeetingMinutes: { __typename: 'MeetingMinutes', status: MinutesStatus, version: number } };

export type ApproveMeetingMinutesMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
}>;


export type ApproveMeetingMinutesMutation = { __typename: 'Mutation', approveMeetingMinutes: { __typename: 'MeetingMinutes', status: MinutesStatus, version: number } };

export type SendBackMeetingMinutesMutationVariables = Exact<{
  meetingId: Scalars['ID']['input'];
  comment: Scalars['String']['input'];
}>;


export type SendBackMeetingMinutesMutation = { __typename: 'Mutation', sendBackMeetingMinutes: { __typename: 'MeetingMinutes', status: MinutesStatus, returnComment?: string | null } };

export type SetActionItemDoneMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  done: Scalars['Boolean']['input'];
}>;


export type SetActionItemDoneMutation = { __typename: 'Mutation', setActionItemDone: { __typename: 'ActionItem', id: string, done: boolean } };

export type DeleteMeetingDocumentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteMeetingDocumentMutation = { __typename: 'Mutation', deleteMeetingDocument: { __typename: 'MeetingDocument', id: string } };

export type CreateCalendarFeedMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateCalendarFeedMutation = { __typename: 'Mutation', createCalendarFeed: string };

export type NetworkStatisticsQueryVariables = Exact<{
  networkId: Scalars['ID']['input'];
  year: Scalars['Int']['input'];
}>;


export type NetworkStatisticsQuery = { __typename: 'Query', network: { __typename: 'Network', id: string, name: string, createdAt: string }, networkStatistics: { __typename: 'NetworkStatistics', networkId: string, year: number, members: number, meetingsHeld: number, membersAttendedAtLeastOnce: number, shareAttended: number, meetings: Array<{ __typename: 'MeetingFigures', organisationsRepresented: number, people: number, meeting: { __typename: 'NetworkMeeting', id: string, title: string, startsAt: string } }>, notAttendedLast12Months: Array<{ __typename: 'Organisation', id: string, name: string }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename: 'Query', unreadNotificationCount: number };

export type NotificationsQueryVariables = Exact<{
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type NotificationsQuery = { __typename: 'Query', unreadNotificationCount: number, notifications: { __typename: 'NotificationPage', total: number, offset: number, limit: number, hasMore: boolean, items: Array<{ __typename: 'Notification', id: string, kind: string, title: string, body: string, link?: string | null, createdAt: string, readAt?: string | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename: 'Mutation', markNotificationsRead: number };

export type OutboxMailsQueryVariables = Exact<{
  status?: InputMaybe<OutboxStatus>;
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type OutboxMailsQuery = { __typename: 'Query', outboxMails: { __typename: 'OutboxMailPage', total: number, offset: number, limit: number, hasMore: boolean, items: Array<{ __typename: 'OutboxMail', id: string, toAddress: string, subject: string, textBody: string, status: OutboxStatus, attempts: number, lastError?: string | null, createdAt: string, sentAt?: string | null, nextAttemptAt: string }> } };

export type MyEmailFrequencyQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEmailFrequencyQuery = { __typename: 'Query', me?: { __typename: 'User', id: string, emailFrequency?: EmailFrequency | null } | null };

export type SetMyEmailFrequencyMutationVariables = Exact<{
  frequency: EmailFrequency;
}>;


export type SetMyEmailFrequencyMutation = { __typename: 'Mutation', setMyEmailFrequency: { __typename: 'User', id: string, emailFrequency?: EmailFrequency | null } };

export type OrganisationDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationDetailsQuery = { __typename: 'Query', organisation?: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind, population?: number | null, populationYear?: number | null, municipalityGroupCode?: string | null, municipalityGroupName?: string | null, county?: { __typename: 'County', code: string, name: string } | null } | null };

export type OrganisationSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
}>;


export type OrganisationSearchQuery = { __typename: 'Query', organisations: { __typename: 'OrganisationPage', total: number, items: Array<{ __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind, county?: { __typename: 'County', code: string, name: string } | null }> } };

export type PlatformSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlatformSettingsQuery = { __typename: 'Query', platformSettings: { __typename: 'PlatformSettings', retentionMonths: number, retentionMonthsDefault: number, requireTotpForMoney: boolean, requireTotpForMoneyDefault: boolean, lastRetentionRunAt?: string | null } };

export type UpdatePlatformSettingsMutationVariables = Exact<{
  input: PlatformSettingsInput;
}>;


export type UpdatePlatformSettingsMutation = { __typename: 'Mutation', updatePlatformSettings: { __typename: 'PlatformSettings', retentionMonths: number, retentionMonthsDefault: number, requireTotpForMoney: boolean, requireTotpForMoneyDefault: boolean, lastRetentionRunAt?: string | null } };

export type RunPersonalDataRetentionMutationVariables = Exact<{ [key: string]: never; }>;


export type RunPersonalDataRetentionMutation = { __typename: 'Mutation', runPersonalDataRetention: { __typename: 'PersonalDataRetentionRun', cutoff: string, months: number, erased: Array<{ __typename: 'PersonalDataCount', kind: string, count: number }> } };

export type PersonalDataExtractQueryVariables = Exact<{
  email: Scalars['String']['input'];
}>;


export type PersonalDataExtractQuery = { __typename: 'Query', personalDataExtract: { __typename: 'PersonalDataExtract', email: string, generatedAt: string, sections: Array<{ __typename: 'PersonalDataSection', kind: PersonalDataKind, label: string, count: number, erasable: number, keptReason?: string | null }> } };

export type ErasePersonalDataMutationVariables = Exact<{
  input: ErasePersonalDataInput;
}>;


export type ErasePersonalDataMutation = { __typename: 'Mutation', erasePersonalData: { __typename: 'PersonalDataErasure', erased: Array<{ __typename: 'PersonalDataCount', kind: string, count: number }>, kept: Array<{ __typename: 'PersonalDataSection', kind: PersonalDataKind, label: string, count: number, keptReason?: string | null }> } };

export type QuestionFieldsFragment = { __typename: 'Question', id: string, code: string, type: QuestionType, textSv: string, textEn: string, allowsOther: boolean, prefillCode?: string | null, choices: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }>, options: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }>, matrixRows: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }> };

export type QuestionnaireRowFragment = { __typename: 'Questionnaire', id: string, titleSv: string, titleEn: string, year: number, targetGroup: QuestionnaireTargetGroup, status: QuestionnaireStatus, deadline: string, sentAt?: string | null, remindedAt?: string | null, availableActions: Array<QuestionnaireAction>, owner: { __typename: 'Organisation', id: string, name: string }, responseRate?: { __typename: 'ResponseRate', recipients: number, submitted: number, share: number } | null };

export type QuestionnairesQueryVariables = Exact<{
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type QuestionnairesQuery = { __typename: 'Query', questionnaires: { __typename: 'QuestionnairePage', total: number, offset: number, limit: number, items: Array<{ __typename: 'Questionnaire', id: string, titleSv: string, titleEn: string, year: number, targetGroup: QuestionnaireTargetGroup, status: QuestionnaireStatus, deadline: string, sentAt?: string | null, remindedAt?: string | null, availableActions: Array<QuestionnaireAction>, owner: { __typename: 'Organisation', id: string, name: string }, responseRate?: { __typename: 'ResponseRate', recipients: number, submitted: number, share: number } | null }> } };

export type MyQuestionnaireResponsesQueryVariables = Exact<{
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type MyQuestionnaireResponsesQuery = { __typename: 'Query', myQuestionnaireResponses: { __typename: 'QuestionnaireResponsePage', total: number, offset: number, limit: number, items: Array<{ __typename: 'QuestionnaireResponse', id: string, status: QuestionnaireResponseStatus, submittedAt?: string | null, questionnaire: { __typename: 'Questionnaire', id: string, titleSv: string, titleEn: string, year: number, deadline: string, status: QuestionnaireStatus, owner: { __typename: 'Organisation', id: string, name: string } } }> } };

export type QuestionnaireQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type QuestionnaireQuery = { __typename: 'Query', questionnaire: { __typename: 'Questionnaire', id: string, titleSv: string, titleEn: string, year: number, targetGroup: QuestionnaireTargetGroup, status: QuestionnaireStatus, deadline: string, sentAt?: string | null, remindedAt?: string | null, availableActions: Array<QuestionnaireAction>, questions: Array<{ __typename: 'QuestionnaireQuestion', position: number, section?: string | null, question: { __typename: 'Question', id: string, code: string, type: QuestionType, textSv: string, textEn: string, allowsOther: boolean, prefillCode?: string | null, choices: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }>, options: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }>, matrixRows: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }> } }>, owner: { __typename: 'Organisation', id: string, name: string }, responseRate?: { __typename: 'ResponseRate', recipients: number, submitted: number, share: number } | null } };

export type QuestionBankQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type QuestionBankQuery = { __typename: 'Query', questionBank: { __typename: 'QuestionPage', total: number, items: Array<{ __typename: 'Question', id: string, code: string, type: QuestionType, textSv: string, textEn: string, allowsOther: boolean, prefillCode?: string | null, choices: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }>, options: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }>, matrixRows: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }> }> } };

export type SaveQuestionnaireMutationVariables = Exact<{
  input: SaveQuestionnaireInput;
}>;


export type SaveQuestionnaireMutation = { __typename: 'Mutation', saveQuestionnaire: { __typename: 'Questionnaire', id: string, titleSv: string, titleEn: string, year: number, targetGroup: QuestionnaireTargetGroup, status: QuestionnaireStatus, deadline: string, sentAt?: string | null, remindedAt?: string | null, availableActions: Array<QuestionnaireAction>, owner: { __typename: 'Organisation', id: string, name: string }, responseRate?: { __typename: 'ResponseRate', recipients: number, submitted: number, share: number } | null } };

export type SendQuestionnaireMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SendQuestionnaireMutation = { __typename: 'Mutation', sendQuestionnaire: { __typename: 'Questionnaire', id: string, titleSv: string, titleEn: string, year: number, targetGroup: QuestionnaireTargetGroup, status: QuestionnaireStatus, deadline: string, sentAt?: string | null, remindedAt?: string | null, availableActions: Array<QuestionnaireAction>, owner: { __typename: 'Organisation', id: string, name: string }, responseRate?: { __typename: 'ResponseRate', recipients: number, submitted: number, share: number } | null } };

export type RemindQuestionnaireMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemindQuestionnaireMutation = { __typename: 'Mutation', remindQuestionnaireRecipients: { __typename: 'Questionnaire', id: string, titleSv: string, titleEn: string, year: number, targetGroup: QuestionnaireTargetGroup, status: QuestionnaireStatus, deadline: string, sentAt?: string | null, remindedAt?: string | null, availableActions: Array<QuestionnaireAction>, owner: { __typename: 'Organisation', id: string, name: string }, responseRate?: { __typename: 'ResponseRate', recipients: number, submitted: number, share: number } | null } };

export type CloseQuestionnaireMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CloseQuestionnaireMutation = { __typename: 'Mutation', closeQuestionnaire: { __typename: 'Questionnaire', id: string, titleSv: string, titleEn: string, year: number, targetGroup: QuestionnaireTargetGroup, status: QuestionnaireStatus, deadline: string, sentAt?: string | null, remindedAt?: string | null, availableActions: Array<QuestionnaireAction>, owner: { __typename: 'Organisation', id: string, name: string }, responseRate?: { __typename: 'ResponseRate', recipients: number, submitted: number, share: number } | null } };

export type QuestionnaireResultsQueryVariables = Exact<{
  questionnaireId: Scalars['ID']['input'];
  countyCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type QuestionnaireResultsQuery = { __typename: 'Query', questionnaireResults: { __typename: 'QuestionnaireResults', countyCode?: string | null, responseRate: { __typename: 'ResponseRate', recipients: number, submitted: number, share: number }, byCounty: Array<{ __typename: 'CountyResponseRate', countyCode: string, recipients: number, submitted: number, share: number }>, questions: Array<{ __typename: 'QuestionResult', position: number, answered: number, sum?: number | null, mean?: number | null, chart?: unknown | null, question: { __typename: 'Question', id: string, code: string, type: QuestionType, textSv: string, textEn: string, allowsOther: boolean, prefillCode?: string | null, choices: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }>, options: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }>, matrixRows: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }> }, choices: Array<{ __typename: 'ChoiceCount', code: string, count: number, share: number }>, cells: Array<{ __typename: 'MatrixCellCount', row: string, column: string, count: number, share: number }> }> } };

export type ResponseFieldsFragment = { __typename: 'QuestionnaireResponse', id: string, status: QuestionnaireResponseStatus, submittedAt?: string | null, updatedAt?: string | null, availableActions: Array<QuestionnaireResponseAction>, answers: Array<{ __typename: 'QuestionnaireAnswer', questionId: string, otherText?: string | null, prefilled: boolean, changedFromPrefill: boolean, value?: { __typename: 'AnswerValueView', choice?: string | null, choices?: Array<string> | null, number?: number | null, text?: string | null, matrix?: Array<{ __typename: 'MatrixCell', row: string, column: string }> | null } | null }> };

export type OpenQuestionnaireResponseMutationVariables = Exact<{
  questionnaireId: Scalars['ID']['input'];
}>;


export type OpenQuestionnaireResponseMutation = { __typename: 'Mutation', openQuestionnaireResponse: { __typename: 'QuestionnaireResponse', id: string, status: QuestionnaireResponseStatus, submittedAt?: string | null, updatedAt?: string | null, availableActions: Array<QuestionnaireResponseAction>, answers: Array<{ __typename: 'QuestionnaireAnswer', questionId: string, otherText?: string | null, prefilled: boolean, changedFromPrefill: boolean, value?: { __typename: 'AnswerValueView', choice?: string | null, choices?: Array<string> | null, number?: number | null, text?: string | null, matrix?: Array<{ __typename: 'MatrixCell', row: string, column: string }> | null } | null }> } };

export type SaveQuestionnaireAnswersMutationVariables = Exact<{
  responseId: Scalars['ID']['input'];
  answers: Array<AnswerInput> | AnswerInput;
}>;


export type SaveQuestionnaireAnswersMutation = { __typename: 'Mutation', saveQuestionnaireAnswers: { __typename: 'QuestionnaireResponse', id: string, status: QuestionnaireResponseStatus, submittedAt?: string | null, updatedAt?: string | null, availableActions: Array<QuestionnaireResponseAction>, answers: Array<{ __typename: 'QuestionnaireAnswer', questionId: string, otherText?: string | null, prefilled: boolean, changedFromPrefill: boolean, value?: { __typename: 'AnswerValueView', choice?: string | null, choices?: Array<string> | null, number?: number | null, text?: string | null, matrix?: Array<{ __typename: 'MatrixCell', row: string, column: string }> | null } | null }> } };

export type SubmitQuestionnaireResponseMutationVariables = Exact<{
  responseId: Scalars['ID']['input'];
}>;


export type SubmitQuestionnaireResponseMutation = { __typename: 'Mutation', submitQuestionnaireResponse: { __typename: 'QuestionnaireResponse', id: string, status: QuestionnaireResponseStatus, submittedAt?: string | null, updatedAt?: string | null, availableActions: Array<QuestionnaireResponseAction>, answers: Array<{ __typename: 'QuestionnaireAnswer', questionId: string, otherText?: string | null, prefilled: boolean, changedFromPrefill: boolean, value?: { __typename: 'AnswerValueView', choice?: string | null, choices?: Array<string> | null, number?: number | null, text?: string | null, matrix?: Array<{ __typename: 'MatrixCell', row: string, column: string }> | null } | null }> } };

export type QuestionnaireCountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type QuestionnaireCountiesQuery = { __typename: 'Query', counties: Array<{ __typename: 'County', code: string, name: string }> };

export type CreateQuestionMutationVariables = Exact<{
  input: CreateQuestionInput;
}>;


export type CreateQuestionMutation = { __typename: 'Mutation', createQuestion: { __typename: 'Question', id: string, code: string, type: QuestionType, textSv: string, textEn: string, allowsOther: boolean, prefillCode?: string | null, choices: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }>, options: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }>, matrixRows: Array<{ __typename: 'QuestionChoice', code: string, sv: string, en: string }> } };

export type QuestionnaireRecipientsQueryVariables = Exact<{
  questionnaireId: Scalars['ID']['input'];
  status?: InputMaybe<QuestionnaireResponseStatus>;
  offset: Scalars['Int']['input'];
  limit: Scalars['Int']['input'];
}>;


export type QuestionnaireRecipientsQuery = { __typename: 'Query', questionnaireRecipients: { __typename: 'QuestionnaireResponsePage', total: number, offset: number, limit: number, items: Array<{ __typename: 'QuestionnaireResponse', id: string, status: QuestionnaireResponseStatus, submittedAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string } }> } };

export type ReportDeadlineFieldsFragment = { __typename: 'ReportDeadlineView', key: string, title: string, dueDate: string, year: number, responsible: OrganisationKind, status: ReportDeadlineStatus, submittedAt?: string | null, submittedYear?: number | null, canSubmit: boolean, pdfUrl?: string | null, xlsxUrl?: string | null };

export type ReportDeadlinesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportDeadlinesQuery = { __typename: 'Query', reportDeadlines: Array<{ __typename: 'ReportDeadlineView', key: string, title: string, dueDate: string, year: number, responsible: OrganisationKind, status: ReportDeadlineStatus, submittedAt?: string | null, submittedYear?: number | null, canSubmit: boolean, pdfUrl?: string | null, xlsxUrl?: string | null }> };

export type ReportOverviewQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type ReportOverviewQuery = { __typename: 'Query', reportOverview: { __typename: 'ReportOverview', year: number, demo: boolean, pdfUrl: string, xlsxUrl: string, sections: Array<{ __typename: 'ReportSectionView', key: string, title: string, charts: Array<unknown>, tables: Array<{ __typename: 'ReportTableView', title: string, columns: Array<string>, rows: Array<Array<string>>, note?: string | null }> }> } };

export type ReportSubmitMutationVariables = Exact<{
  deadlineKey: Scalars['String']['input'];
  year: Scalars['Int']['input'];
}>;


export type ReportSubmitMutation = { __typename: 'Mutation', submitReport: { __typename: 'ReportDeadlineView', key: string, title: string, dueDate: string, year: number, responsible: OrganisationKind, status: ReportDeadlineStatus, submittedAt?: string | null, submittedYear?: number | null, canSubmit: boolean, pdfUrl?: string | null, xlsxUrl?: string | null } };

export type SearchQueryVariables = Exact<{
  term: Scalars['String']['input'];
}>;


export type SearchQuery = { __typename: 'Query', search: { __typename: 'SearchResults', term: string, groups: Array<{ __typename: 'SearchGroup', kind: SearchKind, total: number, hits: Array<{ __typename: 'SearchHit', title: string, detail?: string | null, link: string }> }> } };

export type CountiesQueryVariables = Exact<{ [key: string]: never; }>;


export type CountiesQuery = { __typename: 'Query', counties: Array<{ __typename: 'County', code: string, name: string }> };

export type TrainingEventRowFragment = { __typename: 'TrainingEvent', id: string, title: string, type: TrainingType, status: TrainingEventStatus, startsAt?: string | null, endsAt?: string | null, capacity: number, placesLeft: number, waitlistCount: number, location?: string | null, onlineUrl?: string | null, countyCode?: string | null, loggedOnly: boolean, registrationDeadline?: string | null, organiser: { __typename: 'Organisation', id: string, name: string } };

export type TrainingEventsQueryVariables = Exact<{
  types?: InputMaybe<Array<TrainingType> | TrainingType>;
  countyCode?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['String']['input']>;
  to?: InputMaybe<Scalars['String']['input']>;
  withPlacesLeft: Scalars['Boolean']['input'];
  statuses?: InputMaybe<Array<TrainingEventStatus> | TrainingEventStatus>;
  organisedByMe: Scalars['Boolean']['input'];
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type TrainingEventsQuery = { __typename: 'Query', trainingEvents: { __typename: 'TrainingEventPage', total: number, offset: number, limit: number, hasMore: boolean, items: Array<{ __typename: 'TrainingEvent', id: string, title: string, type: TrainingType, status: TrainingEventStatus, startsAt?: string | null, endsAt?: string | null, capacity: number, placesLeft: number, waitlistCount: number, location?: string | null, onlineUrl?: string | null, countyCode?: string | null, loggedOnly: boolean, registrationDeadline?: string | null, organiser: { __typename: 'Organisation', id: string, name: string } }> } };

export type TrainingRegistrationFieldsFragment = { __typename: 'TrainingRegistration', id: string, name: string, email: string, profession: string, workplace: string, status: RegistrationStatus, waitlistPosition?: number | null, availableActions: Array<RegistrationAction>, createdAt: string, confirmedAt?: string | null, cancelledAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string }, attendance: Array<{ __typename: 'TrainingAttendance', sessionId: string, status: AttendanceStatus }> };

export type TrainingEventFieldsFragment = { __typename: 'TrainingEvent', description: string, confirmedCount: number, cancelReason?: string | null, calendarUrl: string, isOrganiser: boolean, availableActions: Array<TrainingEventAction>, eligibleKinds: Array<OrganisationKind>, eligibleCountyCodes: Array<string>, quotaPerOrganisation?: number | null, quotaReleaseAt?: string | null, createdAt: string, id: string, title: string, type: TrainingType, status: TrainingEventStatus, startsAt?: string | null, endsAt?: string | null, capacity: number, placesLeft: number, waitlistCount: number, location?: string | null, onlineUrl?: string | null, countyCode?: string | null, loggedOnly: boolean, registrationDeadline?: string | null, sessions: Array<{ __typename: 'TrainingSession', id: string, startsAt: string, endsAt: string }>, checkInSession?: { __typename: 'TrainingSession', id: string, startsAt: string, endsAt: string } | null, registrations: Array<{ __typename: 'TrainingRegistration', id: string, name: string, email: string, profession: string, workplace: string, status: RegistrationStatus, waitlistPosition?: number | null, availableActions: Array<RegistrationAction>, createdAt: string, confirmedAt?: string | null, cancelledAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string }, attendance: Array<{ __typename: 'TrainingAttendance', sessionId: string, status: AttendanceStatus }> }>, participationLogs: Array<{ __typename: 'TrainingParticipationLog', participants: number, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind, county?: { __typename: 'County', code: string, name: string } | null } }>, organiser: { __typename: 'Organisation', id: string, name: string } };

export type TrainingEventQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrainingEventQuery = { __typename: 'Query', trainingEvent: { __typename: 'TrainingEvent', description: string, confirmedCount: number, cancelReason?: string | null, calendarUrl: string, isOrganiser: boolean, availableActions: Array<TrainingEventAction>, eligibleKinds: Array<OrganisationKind>, eligibleCountyCodes: Array<string>, quotaPerOrganisation?: number | null, quotaReleaseAt?: string | null, createdAt: string, id: string, title: string, type: TrainingType, status: TrainingEventStatus, startsAt?: string | null, endsAt?: string | null, capacity: number, placesLeft: number, waitlistCount: number, location?: string | null, onlineUrl?: string | null, countyCode?: string | null, loggedOnly: boolean, registrationDeadline?: string | null, sessions: Array<{ __typename: 'TrainingSession', id: string, startsAt: string, endsAt: string }>, checkInSession?: { __typename: 'TrainingSession', id: string, startsAt: string, endsAt: string } | null, registrations: Array<{ __typename: 'TrainingRegistration', id: string, name: string, email: string, profession: string, workplace: string, status: RegistrationStatus, waitlistPosition?: number | null, availableActions: Array<RegistrationAction>, createdAt: string, confirmedAt?: string | null, cancelledAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string }, attendance: Array<{ __typename: 'TrainingAttendance', sessionId: string, status: AttendanceStatus }> }>, participationLogs: Array<{ __typename: 'TrainingParticipationLog', participants: number, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind, county?: { __typename: 'County', code: string, name: string } | null } }>, organiser: { __typename: 'Organisation', id: string, name: string } } };

export type SaveTrainingEventMutationVariables = Exact<{
  input: SaveTrainingEventInput;
}>;


export type SaveTrainingEventMutation = { __typename: 'Mutation', saveTrainingEvent: { __typename: 'TrainingEvent', description: string, confirmedCount: number, cancelReason?: string | null, calendarUrl: string, isOrganiser: boolean, availableActions: Array<TrainingEventAction>, eligibleKinds: Array<OrganisationKind>, eligibleCountyCodes: Array<string>, quotaPerOrganisation?: number | null, quotaReleaseAt?: string | null, createdAt: string, id: string, title: string, type: TrainingType, status: TrainingEventStatus, startsAt?: string | null, endsAt?: string | null, capacity: number, placesLeft: number, waitlistCount: number, location?: string | null, onlineUrl?: string | null, countyCode?: string | null, loggedOnly: boolean, registrationDeadline?: string | null, sessions: Array<{ __typename: 'TrainingSession', id: string, startsAt: string, endsAt: string }>, checkInSession?: { __typename: 'TrainingSession', id: string, startsAt: string, endsAt: string } | null, registrations: Array<{ __typename: 'TrainingRegistration', id: string, name: string, email: string, profession: string, workplace: string, status: RegistrationStatus, waitlistPosition?: number | null, availableActions: Array<RegistrationAction>, createdAt: string, confirmedAt?: string | null, cancelledAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string }, attendance: Array<{ __typename: 'TrainingAttendance', sessionId: string, status: AttendanceStatus }> }>, participationLogs: Array<{ __typename: 'TrainingParticipationLog', participants: number, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind, county?: { __typename: 'County', code: string, name: string } | null } }>, organiser: { __typename: 'Organisation', id: string, name: string } } };

export type PublishTrainingEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PublishTrainingEventMutation = { __typename: 'Mutation', publishTrainingEvent: { __typename: 'TrainingEvent', description: string, confirmedCount: number, cancelReason?: string | null, calendarUrl: string, isOrganiser: boolean, availableActions: Array<TrainingEventAction>, eligibleKinds: Array<OrganisationKind>, eligibleCountyCodes: Array<string>, quotaPerOrganisation?: number | null, quotaReleaseAt?: string | null, createdAt: string, id: string, title: string, type: TrainingType, status: TrainingEventStatus, startsAt?: string | null, endsAt?: string | null, capacity: number, placesLeft: number, waitlistCount: number, location?: string | null, onlineUrl?: string | null, countyCode?: string | null, loggedOnly: boolean, registrationDeadline?: string | null, sessions: Array<{ __typename: 'TrainingSession', id: string, startsAt: string, endsAt: string }>, checkInSession?: { __typename: 'TrainingSession', id: string, startsAt: string, endsAt: string } | null, registrations: Array<{ __typename: 'TrainingRegistration', id: string, name: string, email: string, profession: string, workplace: string, status: RegistrationStatus, waitlistPosition?: number | null, availableActions: Array<RegistrationAction>, createdAt: string, confirmedAt?: string | null, cancelledAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string }, attendance: Array<{ __typename: 'TrainingAttendance', sessionId: string, status: AttendanceStatus }> }>, participationLogs: Array<{ __typename: 'TrainingParticipationLog', participants: number, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind, county?: { __typename: 'County', code: string, name: string } | null } }>, organiser: { __typename: 'Organisation', id: string, name: string } } };

export type CompleteTrainingEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CompleteTrainingEventMutation = { __typename: 'Mutation', completeTrainingEvent: { __typename: 'TrainingEvent', description: string, confirmedCount: number, cancelReason?: string | null, calendarUrl: string, isOrganiser: boolean, availableActions: Array<TrainingEventAction>, eligibleKinds: Array<OrganisationKind>, eligibleCountyCodes: Array<string>, quotaPerOrganisation?: number | null, quotaReleaseAt?: string | null, createdAt: string, id: string, title: string, type: TrainingType, status: TrainingEventStatus, startsAt?: string | null, endsAt?: string | null, capacity: number, placesLeft: number, waitlistCount: number, location?: string | null, onlineUrl?: string | null, countyCode?: string | null, loggedOnly: boolean, registrationDeadline?: string | null, sessions: Array<{ __typename: 'TrainingSession', id: string, startsAt: string, endsAt: string }>, checkInSession?: { __typename: 'TrainingSession', id: string, startsAt: string, endsAt: string } | null, registrations: Array<{ __typename: 'TrainingRegistration', id: string, name: string, email: string, profession: string, workplace: string, status: RegistrationStatus, waitlistPosition?: number | null, availableActions: Array<RegistrationAction>, createdAt: string, confirmedAt?: string | null, cancelledAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string }, attendance: Array<{ __typename: 'TrainingAttendance', sessionId: string, status: AttendanceStatus }> }>, participationLogs: Array<{ __typename: 'TrainingParticipationLog', participants: number, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind, county?: { __typename: 'County', code: string, name: string } | null } }>, organiser: { __typename: 'Organisation', id: string, name: string } } };

export type CancelTrainingEventMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelTrainingEventMutation = { __typename: 'Mutation', cancelTrainingEvent: { __typename: 'TrainingEvent', description: string, confirmedCount: number, cancelReason?: string | null, calendarUrl: string, isOrganiser: boolean, availableActions: Array<TrainingEventAction>, eligibleKinds: Array<OrganisationKind>, eligibleCountyCodes: Array<string>, quotaPerOrganisation?: number | null, quotaReleaseAt?: string | null, createdAt: string, id: string, title: string, type: TrainingType, status: TrainingEventStatus, startsAt?: string | null, endsAt?: string | null, capacity: number, placesLeft: number, waitlistCount: number, location?: string | null, onlineUrl?: string | null, countyCode?: string | null, loggedOnly: boolean, registrationDeadline?: string | null, sessions: Array<{ __typename: 'TrainingSession', id: string, startsAt: string, endsAt: string }>, checkInSession?: { __typename: 'TrainingSession', id: string, startsAt: string, endsAt: string } | null, registrations: Array<{ __typename: 'TrainingRegistration', id: string, name: string, email: string, profession: string, workplace: string, status: RegistrationStatus, waitlistPosition?: number | null, availableActions: Array<RegistrationAction>, createdAt: string, confirmedAt?: string | null, cancelledAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string }, attendance: Array<{ __typename: 'TrainingAttendance', sessionId: string, status: AttendanceStatus }> }>, participationLogs: Array<{ __typename: 'TrainingParticipationLog', participants: number, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind, county?: { __typename: 'County', code: string, name: string } | null } }>, organiser: { __typename: 'Organisation', id: string, name: string } } };

export type LogTrainingEventParticipationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  counts: Array<ParticipationCountInput> | ParticipationCountInput;
}>;


export type LogTrainingEventParticipationMutation = { __typename: 'Mutation', logTrainingEventParticipation: { __typename: 'TrainingEvent', description: string, confirmedCount: number, cancelReason?: string | null, calendarUrl: string, isOrganiser: boolean, availableActions: Array<TrainingEventAction>, eligibleKinds: Array<OrganisationKind>, eligibleCountyCodes: Array<string>, quotaPerOrganisation?: number | null, quotaReleaseAt?: string | null, createdAt: string, id: string, title: string, type: TrainingType, status: TrainingEventStatus, startsAt?: string | null, endsAt?: string | null, capacity: number, placesLeft: number, waitlistCount: number, location?: string | null, onlineUrl?: string | null, countyCode?: string | null, loggedOnly: boolean, registrationDeadline?: string | null, sessions: Array<{ __typename: 'TrainingSession', id: string, startsAt: string, endsAt: string }>, checkInSession?: { __typename: 'TrainingSession', id: string, startsAt: string, endsAt: string } | null, registrations: Array<{ __typename: 'TrainingRegistration', id: string, name: string, email: string, profession: string, workplace: string, status: RegistrationStatus, waitlistPosition?: number | null, availableActions: Array<RegistrationAction>, createdAt: string, confirmedAt?: string | null, cancelledAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string }, attendance: Array<{ __typename: 'TrainingAttendance', sessionId: string, status: AttendanceStatus }> }>, participationLogs: Array<{ __typename: 'TrainingParticipationLog', participants: number, organisation: { __typename: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind, county?: { __typename: 'County', code: string, name: string } | null } }>, organiser: { __typename: 'Organisation', id: string, name: string } } };

export type RegisterForTrainingMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  participants: Array<ParticipantInput> | ParticipantInput;
}>;


export type RegisterForTrainingMutation = { __typename: 'Mutation', registerForTraining: Array<{ __typename: 'TrainingRegistration', id: string, name: string, email: string, profession: string, workplace: string, status: RegistrationStatus, waitlistPosition?: number | null, availableActions: Array<RegistrationAction>, createdAt: string, confirmedAt?: string | null, cancelledAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string }, attendance: Array<{ __typename: 'TrainingAttendance', sessionId: string, status: AttendanceStatus }> }> };

export type CancelTrainingRegistrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelTrainingRegistrationMutation = { __typename: 'Mutation', cancelTrainingRegistration: { __typename: 'TrainingRegistration', id: string, name: string, email: string, profession: string, workplace: string, status: RegistrationStatus, waitlistPosition?: number | null, availableActions: Array<RegistrationAction>, createdAt: string, confirmedAt?: string | null, cancelledAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string }, attendance: Array<{ __typename: 'TrainingAttendance', sessionId: string, status: AttendanceStatus }> } };

export type MoveTrainingRegistrationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  status: RegistrationStatus;
}>;


export type MoveTrainingRegistrationMutation = { __typename: 'Mutation', moveTrainingRegistration: { __typename: 'TrainingRegistration', id: string, name: string, email: string, profession: string, workplace: string, status: RegistrationStatus, waitlistPosition?: number | null, availableActions: Array<RegistrationAction>, createdAt: string, confirmedAt?: string | null, cancelledAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string }, attendance: Array<{ __typename: 'TrainingAttendance', sessionId: string, status: AttendanceStatus }> } };

export type MarkAttendanceMutationVariables = Exact<{
  registrationId: Scalars['ID']['input'];
  sessionIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  attended: AttendanceStatus;
}>;


export type MarkAttendanceMutation = { __typename: 'Mutation', markAttendance: { __typename: 'TrainingRegistration', id: string, name: string, email: string, profession: string, workplace: string, status: RegistrationStatus, waitlistPosition?: number | null, availableActions: Array<RegistrationAction>, createdAt: string, confirmedAt?: string | null, cancelledAt?: string | null, organisation: { __typename: 'Organisation', id: string, name: string }, attendance: Array<{ __typename: 'TrainingAttendance', sessionId: string, status: AttendanceStatus }> } };

export type MyTrainingRegistrationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTrainingRegistrationsQuery = { __typename: 'Query', myTrainingRegistrations: Array<{ __typename: 'TrainingRegistration', id: string, name: string, email: string, profession: string, workplace: string, status: RegistrationStatus, waitlistPosition?: number | null, availableActions: Array<RegistrationAction>, createdAt: string, confirmedAt?: string | null, cancelledAt?: string | null, event: { __typename: 'TrainingEvent', id: string, title: string, type: TrainingType, status: TrainingEventStatus, startsAt?: string | null, endsAt?: string | null, calendarUrl: string }, organisation: { __typename: 'Organisation', id: string, name: string }, attendance: Array<{ __typename: 'TrainingAttendance', sessionId: string, status: AttendanceStatus }> }> };

export type CourseLeadersQueryVariables = Exact<{
  countyCode?: InputMaybe<Scalars['String']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type CourseLeadersQuery = { __typename: 'Query', courseLeaders: { __typename: 'CourseLeaderPage', total: number, offset: number, limit: number, hasMore: boolean, items: Array<{ __typename: 'CourseLeader', id: string, name: string, email: string, certifiedAt: string, certificateUrl: string, organisation: { __typename: 'Organisation', id: string, name: string, county?: { __typename: 'County', code: string, name: string } | null } }> } };

export type CourseLeaderCoverageQueryVariables = Exact<{ [key: string]: never; }>;


export type CourseLeaderCoverageQuery = { __typename: 'Query', courseLeaderCoverage: Array<{ __typename: 'CourseLeaderCoverage', countyCode: string, kommuner: number, kommunerWithCourseLeader: number, share: number, regioner: number, regionerWithCourseLeader: number, courseLeaders: number, regionCourseLeaders: number, courseLeadersFollowedUp: number, localCourses: number, localCourseParticipants: number }> };

export type LogLocalCourseMutationVariables = Exact<{
  input: LocalCourseInput;
}>;


export type LogLocalCourseMutation = { __typename: 'Mutation', logLocalCourse: { __typename: 'LocalCourse', id: string, date: string, participants: number, title?: string | null } };

export type TrainingStatisticsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
  countyCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type TrainingStatisticsQuery = { __typename: 'Query', trainingStatistics: { __typename: 'TrainingStatistics', year: number, countyCode?: string | null, events: number, participants: number, loggedParticipants: number, kommuner: number, regioner: number, organisations: number, attendanceRate?: number | null, byType: Array<{ __typename: 'TrainingTypeCount', type: TrainingType, events: number, participants: number }>, unmetDemand: Array<{ __typename: 'UnmetDemand', countyCode?: string | null, type: TrainingType, waitlisted: number }> } };

export type CheckInTrainingParticipantMutationVariables = Exact<{
  eventId: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type CheckInTrainingParticipantMutation = { __typename: 'Mutation', checkInTrainingParticipant: { __typename: 'TrainingCheckIn', alreadyCheckedIn: boolean, session: { __typename: 'TrainingSession', id: string, startsAt: string }, registration: { __typename: 'TrainingRegistration', id: string, name: string, organisation: { __typename: 'Organisation', id: string, name: string } } } };

export type StaffMemberFieldsFragment = { __typename: 'StaffMember', id: string, name: string, email: string, title: string, workplace: string };

export type StaffMembersQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type StaffMembersQuery = { __typename: 'Query', staffMembers: { __typename: 'StaffMemberPage', total: number, offset: number, limit: number, hasMore: boolean, items: Array<{ __typename: 'StaffMember', id: string, name: string, email: string, title: string, workplace: string }> } };

export type SaveStaffMemberMutationVariables = Exact<{
  input: StaffMemberInput;
}>;


export type SaveStaffMemberMutation = { __typename: 'Mutation', saveStaffMember: { __typename: 'StaffMember', id: string, name: string, email: string, title: string, workplace: string } };

export type RemoveStaffMemberMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RemoveStaffMemberMutation = { __typename: 'Mutation', removeStaffMember: boolean };

export type PreviewStaffImportQueryVariables = Exact<{
  csv: Scalars['String']['input'];
}>;


export type PreviewStaffImportQuery = { __typename: 'Query', previewStaffImport: Array<{ __typename: 'StaffImportRow', line: number, name: string, email: string, title: string, workplace: string, errors: Array<string>, existing: boolean }> };

export type ImportStaffMembersMutationVariables = Exact<{
  csv: Scalars['String']['input'];
}>;


export type ImportStaffMembersMutation = { __typename: 'Mutation', importStaffMembers: { __typename: 'StaffImportResult', added: number, updated: number } };

export type UserRowFragment = { __typename: 'User', id: string, name: string, email?: string | null, roles?: Array<Role> | null, active?: boolean | null, invitationPending?: boolean | null, lastLoginAt?: string | null, signInBlockedUntil?: string | null, twoFactorEnabled?: boolean | null, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind, assignableRoles: Array<Role> } };

export type UsersQueryVariables = Exact<{
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type UsersQuery = { __typename: 'Query', users: { __typename: 'UserPage', total: number, offset: number, limit: number, hasMore: boolean, items: Array<{ __typename: 'User', id: string, name: string, email?: string | null, roles?: Array<Role> | null, active?: boolean | null, invitationPending?: boolean | null, lastLoginAt?: string | null, signInBlockedUntil?: string | null, twoFactorEnabled?: boolean | null, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind, assignableRoles: Array<Role> } }> } };

export type RoleDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleDefinitionsQuery = { __typename: 'Query', roleDefinitions: Array<{ __typename: 'RoleDefinition', role: Role, organisationKinds: Array<OrganisationKind>, abilities: Array<string> }> };

export type AssignableRolesQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type AssignableRolesQuery = { __typename: 'Query', organisation?: { __typename: 'Organisation', id: string, assignableRoles: Array<Role> } | null };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { __typename: 'Mutation', inviteUser: { __typename: 'User', id: string, name: string, email?: string | null, roles?: Array<Role> | null, active?: boolean | null, invitationPending?: boolean | null, lastLoginAt?: string | null, signInBlockedUntil?: string | null, twoFactorEnabled?: boolean | null, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind, assignableRoles: Array<Role> } } };

export type SetUserRolesMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type SetUserRolesMutation = { __typename: 'Mutation', setUserRoles: { __typename: 'User', id: string, name: string, email?: string | null, roles?: Array<Role> | null, active?: boolean | null, invitationPending?: boolean | null, lastLoginAt?: string | null, signInBlockedUntil?: string | null, twoFactorEnabled?: boolean | null, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind, assignableRoles: Array<Role> } } };

export type SetUserActiveMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type SetUserActiveMutation = { __typename: 'Mutation', setUserActive: { __typename: 'User', id: string, name: string, email?: string | null, roles?: Array<Role> | null, active?: boolean | null, invitationPending?: boolean | null, lastLoginAt?: string | null, signInBlockedUntil?: string | null, twoFactorEnabled?: boolean | null, organisation: { __typename: 'Organisation', id: string, name: string, kind: OrganisationKind, assignableRoles: Array<Role> } } };

export type LiftSignInThrottleMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type LiftSignInThrottleMutation = { __typename: 'Mutation', liftSignInThrottle: boolean };

export type ResetUserTwoFactorMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ResetUserTwoFactorMutation = { __typename: 'Mutation', resetUserTwoFactor: { __typename: 'User', id: string, twoFactorEnabled?: boolean | null } };

export type IdentityLinkRequestsQueryVariables = Exact<{
  organisationId: Scalars['ID']['input'];
}>;


export type IdentityLinkRequestsQuery = { __typename: 'Query', identityLinkRequests: Array<{ __typename: 'IdentityLinkRequest', id: string, name?: string | null, email?: string | null, status: IdentityLinkStatus, requestedAt: string }> };

export type ApproveIdentityLinkRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type ApproveIdentityLinkRequestMutation = { __typename: 'Mutation', approveIdentityLinkRequest: { __typename: 'IdentityLinkRequest', id: string, status: IdentityLinkStatus } };

export type RejectIdentityLinkRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RejectIdentityLinkRequestMutation = { __typename: 'Mutation', rejectIdentityLinkRequest: { __typename: 'IdentityLinkRequest', id: string, status: IdentityLinkStatus } };

export type WorkQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type WorkQueueQuery = { __typename: 'Query', workQueue: { __typename: 'WorkQueue', total: number, groups: Array<{ __typename: 'WorkQueueGroup', kind: WorkItemKind, total: number, items: Array<{ __typename: 'WorkItem', kind: WorkItemKind, title: string, detail?: string | null, deadline?: string | null, overdue: boolean, link: string }> }> } };

export const DevFundPotFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundPotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}}]} as unknown as DocumentNode<DevFundPotFieldsFragment, unknown>;
export const DevFundRoundFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevelopmentFundRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"followUpQuestionnaireId"}},{"kind":"Field","name":{"kind":"Name","value":"floorAmount"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"allocationPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"noticePublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"kommunPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundPotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}}]} as unknown as DocumentNode<DevFundRoundFieldsFragment, unknown>;
export const DevFundCodedAnswerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundCodedAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"textSv"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"shownSv"}},{"kind":"Field","name":{"kind":"Name","value":"shownEn"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"older"}}]}}]} as unknown as DocumentNode<DevFundCodedAnswerFieldsFragment, unknown>;
export const DevFundApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requisition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMore"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMoreUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundApplicationFieldsFragment, unknown>;
export const DevFundFollowUpTableFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundFollowUpTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleSv"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"chart"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"byGroup"}}]}}]}}]} as unknown as DocumentNode<DevFundFollowUpTableFieldsFragment, unknown>;
export const DevFundReviewTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundReviewTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]} as unknown as DocumentNode<DevFundReviewTaskFieldsFragment, unknown>;
export const GrantCallFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GrantCallFieldsFragment, unknown>;
export const GrantApplicationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<GrantApplicationRowFragment, unknown>;
export const GrantApplicationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"plannedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"completionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinionFrom"}},{"kind":"Field","name":{"kind":"Name","value":"presentingOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionLetterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partialReportsCoded"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<GrantApplicationFieldsFragment, unknown>;
export const GrantOverdueFollowUpFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantOverdueFollowUpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}}]}}]} as unknown as DocumentNode<GrantOverdueFollowUpFieldsFragment, unknown>;
export const LetterTemplateVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LetterTemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LetterTemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectSv"}},{"kind":"Field","name":{"kind":"Name","value":"subjectEn"}},{"kind":"Field","name":{"kind":"Name","value":"bodySv"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<LetterTemplateVersionFieldsFragment, unknown>;
export const NetworkMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"coConvener"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<NetworkMemberFieldsFragment, unknown>;
export const MyResponseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<MyResponseFieldsFragment, unknown>;
export const MeetingRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyResponseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<MeetingRowFragment, unknown>;
export const MinutesFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingMinutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"decisionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<MinutesFieldsFragment, unknown>;
export const AttendanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AttendanceFieldsFragment, unknown>;
export const QuestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"textSv"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowsOther"}},{"kind":"Field","name":{"kind":"Name","value":"prefillCode"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matrixRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<QuestionFieldsFragment, unknown>;
export const QuestionnaireRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleSv"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<QuestionnaireRowFragment, unknown>;
export const ResponseFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"otherText"}},{"kind":"Field","name":{"kind":"Name","value":"prefilled"}},{"kind":"Field","name":{"kind":"Name","value":"changedFromPrefill"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"matrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ResponseFieldsFragment, unknown>;
export const ReportDeadlineFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDeadlineView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedYear"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxUrl"}}]}}]} as unknown as DocumentNode<ReportDeadlineFieldsFragment, unknown>;
export const TrainingEventRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TrainingEventRowFragment, unknown>;
export const TrainingRegistrationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TrainingRegistrationFieldsFragment, unknown>;
export const TrainingEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isOrganiser"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCountyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"quotaReleaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkInSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRegistrationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TrainingEventFieldsFragment, unknown>;
export const StaffMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}}]}}]} as unknown as DocumentNode<StaffMemberFieldsFragment, unknown>;
export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"signInBlockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assignableRoles"}}]}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const MyLanguageDocument = {"__meta__":{"hash":"c115aca5b554ed88b686714d3972be68ab53d3fb5140ff91961b76e132200881"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyLanguage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<MyLanguageQuery, MyLanguageQueryVariables>;
export const SetMyLanguageDocument = {"__meta__":{"hash":"032c0ee93b1f41dc0b36d0b4ff77c647eb312712639e2864c5c868b1474ec161"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"language"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setMyLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"Variable","name":{"kind":"Name","value":"language"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<SetMyLanguageMutation, SetMyLanguageMutationVariables>;
export const AuditLogDocument = {"__meta__":{"hash":"a889ee66773ccefeddb57bfca08dac0050ad9a7132cd5b204fecd4c8397367aa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const MeDocument = {"__meta__":{"hash":"a4f69d502b019c41ad6abae2b1a2cf26f29110490e0c8e25bcebb85a737652e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"__meta__":{"hash":"bcd8d4c2cd1e2503ef378a0f965fae9acc09192663d847275faee4eba5d4dc73"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorChallenge"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const CompleteTwoFactorSignInDocument = {"__meta__":{"hash":"2bdb98ed65e3c8393b594dd81bb7b788fd54150b27dbbd17e71233fe266cc4fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTwoFactorSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"challenge"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeTwoFactorSignIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"challenge"},"value":{"kind":"Variable","name":{"kind":"Name","value":"challenge"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CompleteTwoFactorSignInMutation, CompleteTwoFactorSignInMutationVariables>;
export const RequestPasswordResetDocument = {"__meta__":{"hash":"4f9ebbd91e6f456137cad435baf1aa83c642e1273084f8a41f5b89f2da07cd2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestPasswordReset"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestPasswordReset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}]}]}}]} as unknown as DocumentNode<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = {"__meta__":{"hash":"7d250cc600342e6dd5005f8aa3475d50188c270428b8fac4213d8085c37455b2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResetPasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ChangePasswordDocument = {"__meta__":{"hash":"803395c5ef6eca191755c182aa6b128255c3a21d2b716dd0e8ac62f9404dc777"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangePasswordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const MySessionsDocument = {"__meta__":{"hash":"98b8b3e63e639fb302a169c00d7dbffd714d3639db581f92b59251652ffe13d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"mySessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"current"}}]}}]}}]} as unknown as DocumentNode<MySessionsQuery, MySessionsQueryVariables>;
export const EndSessionDocument = {"__meta__":{"hash":"65457d981e11bf56cdedca5fbde8c8ec4f3306640c480064bddced58747b188a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<EndSessionMutation, EndSessionMutationVariables>;
export const EndOtherSessionsDocument = {"__meta__":{"hash":"40f86a3caeae288ea04ddadcbf462a127d1a7c19c13316edf267bc8842786a52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EndOtherSessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"endOtherSessions"}}]}}]} as unknown as DocumentNode<EndOtherSessionsMutation, EndOtherSessionsMutationVariables>;
export const MyTwoFactorDocument = {"__meta__":{"hash":"f9a59a049762dcb54ffa02e1e76c05a0b708a6ffa0fbb981481e4d39c9a172a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}}]}}]}}]} as unknown as DocumentNode<MyTwoFactorQuery, MyTwoFactorQueryVariables>;
export const StartTwoFactorEnrolmentDocument = {"__meta__":{"hash":"9c9124158c052a5e55fd6328eb9f2690a93cc8b609445d5123e7a350507f78e0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTwoFactorEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"startTwoFactorEnrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"uri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCode"}}]}}]}}]} as unknown as DocumentNode<StartTwoFactorEnrolmentMutation, StartTwoFactorEnrolmentMutationVariables>;
export const ConfirmTwoFactorEnrolmentDocument = {"__meta__":{"hash":"19ff61f354c46a847ef17d0adc0df867f7a495ded86464653a07d0d4947ad933"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTwoFactorEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmTwoFactorEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<ConfirmTwoFactorEnrolmentMutation, ConfirmTwoFactorEnrolmentMutationVariables>;
export const LogoutDocument = {"__meta__":{"hash":"20c3f3040afb8a4588c180b0637975b033020fadea51a17b5cb2c61eb2c9cedd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"providerLogoutUrl"}}]}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const SignInProvidersDocument = {"__meta__":{"hash":"209a29a5fcc2bc9be49865ad126fb5dcfe12d3bfdf40eaf4af3c6aee7ef00d03"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"signInProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisationCode"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}}]}}]}}]} as unknown as DocumentNode<SignInProvidersQuery, SignInProvidersQueryVariables>;
export const IdentityProviderDocument = {"__meta__":{"hash":"c70251bcf468c0fc6533f46425ffaf9bd743b8c210c6e664a8d65f6594e3ac39"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"identityProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretSet"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"matchClaim"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSignInDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<IdentityProviderQuery, IdentityProviderQueryVariables>;
export const SetIdentityProviderDocument = {"__meta__":{"hash":"6444dbac415c1970424d601079200b8611663e55cbd6719a40183dd7deb205d3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetIdentityProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IdentityProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setIdentityProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"clientId"}},{"kind":"Field","name":{"kind":"Name","value":"clientSecretSet"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"matchClaim"}},{"kind":"Field","name":{"kind":"Name","value":"passwordSignInDisabled"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<SetIdentityProviderMutation, SetIdentityProviderMutationVariables>;
export const RemoveIdentityProviderDocument = {"__meta__":{"hash":"837e3c929eb9f52c4c5692f517eb4b08d3bbabd932da853e4a294a703be4be04"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveIdentityProvider"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeIdentityProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}]}]}}]} as unknown as DocumentNode<RemoveIdentityProviderMutation, RemoveIdentityProviderMutationVariables>;
export const AcceptInvitationDocument = {"__meta__":{"hash":"8da22e2b4ea5350e4d0d03c0e59b0aae29803182fa96c9b23b3940af9625de06"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const DisableTwoFactorDocument = {"__meta__":{"hash":"e36e3c26b2953c6874da29cfadc8295801fbce14ed5db38b4f1ba17a806def90"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"disableTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}]}]}}]} as unknown as DocumentNode<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;
export const CountyWorkContextDocument = {"__meta__":{"hash":"489a4c35269fc718648e04980457c526ff3c5f7397bf041185d597b70cfcda28"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountyWorkContext"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CountyWorkContextQuery, CountyWorkContextQueryVariables>;
export const CountyBoardsDocument = {"__meta__":{"hash":"b211d41fa9fad97fc5c554182e54bc8916f9e5df96dab0fb396f271a59f59819"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountyBoards"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"LANSSTYRELSE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}}]}}]}}]}}]} as unknown as DocumentNode<CountyBoardsQuery, CountyBoardsQueryVariables>;
export const CountyKommunerDocument = {"__meta__":{"hash":"279c553c14cc77df3c1be8e7e7e999d338695036f07cf2088c9935193edc8148"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountyKommuner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"KOMMUN"}]}},{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CountyKommunerQuery, CountyKommunerQueryVariables>;
export const CountyWorkDocument = {"__meta__":{"hash":"592eb3107c224b7392a77665e7d1fac6d95f71525b662c82e214342a2b5a709a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountyWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyBoardId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkTopic"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyBoardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyBoardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countyBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyBoardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyBoardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"kommunerReached"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}},{"kind":"Field","name":{"kind":"Name","value":"articles"}},{"kind":"Field","name":{"kind":"Name","value":"readers"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countyBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"methodSpreads"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyBoardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyBoardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kommunerReached"}},{"kind":"Field","name":{"kind":"Name","value":"organisationsReached"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"countyBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionalStrategies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyBoardId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyBoardId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"linkedToGenderMainstreaming"}},{"kind":"Field","name":{"kind":"Name","value":"documentFilename"}},{"kind":"Field","name":{"kind":"Name","value":"documentUrl"}},{"kind":"Field","name":{"kind":"Name","value":"availableStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"countyBoard"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountyWorkQuery, CountyWorkQueryVariables>;
export const SaveMunicipalityVisitDocument = {"__meta__":{"hash":"913bd145c9dc7b0f2406ada69d541cd196a8a0da707347ea0c32686b9a4812b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMunicipalityVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MunicipalityVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveMunicipalityVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveMunicipalityVisitMutation, SaveMunicipalityVisitMutationVariables>;
export const SaveCampaignDocument = {"__meta__":{"hash":"f26cafce92e503d10ce8dc55221aeffd1e7b740e63ad906ed88dfee28fa24727"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveCampaignMutation, SaveCampaignMutationVariables>;
export const SaveMethodSpreadDocument = {"__meta__":{"hash":"d584e681358aa1a5f3fb94daea110de9e962361a8a259deb25f8fae01aadf825"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMethodSpread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodSpreadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveMethodSpread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveMethodSpreadMutation, SaveMethodSpreadMutationVariables>;
export const SaveRegionalStrategyDocument = {"__meta__":{"hash":"38a766c8a59b2c7a2d8e7efb114c56da7a5445ab06ad8293092d253eb5e31452"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveRegionalStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionalStrategyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveRegionalStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SaveRegionalStrategyMutation, SaveRegionalStrategyMutationVariables>;
export const ChangeRegionalStrategyStatusDocument = {"__meta__":{"hash":"8c6c31903b57fee72f5c969f2bcfc41f1ac024b64c9693e453bbe8187ec8b16e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeRegionalStrategyStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StrategyStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"changeRegionalStrategyStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedOn"}},{"kind":"Field","name":{"kind":"Name","value":"availableStatuses"}}]}}]}}]} as unknown as DocumentNode<ChangeRegionalStrategyStatusMutation, ChangeRegionalStrategyStatusMutationVariables>;
export const DeleteMunicipalityVisitDocument = {"__meta__":{"hash":"80ea2b0e2584d9fb4d1683831867522b293a98c0a3e5b0b1ddb674b390c67012"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMunicipalityVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteMunicipalityVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteMunicipalityVisitMutation, DeleteMunicipalityVisitMutationVariables>;
export const DeleteCampaignDocument = {"__meta__":{"hash":"0ce90ec51af1f7ba8af1260f9a8473a82d30f5fd46a1ef8278148a582bfb6ec1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCampaignMutation, DeleteCampaignMutationVariables>;
export const DeleteMethodSpreadDocument = {"__meta__":{"hash":"0bb567c57055da29884ec34d2aa29c68899df7d51beba700e534faae708daee6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMethodSpread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteMethodSpread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteMethodSpreadMutation, DeleteMethodSpreadMutationVariables>;
export const DeleteRegionalStrategyDocument = {"__meta__":{"hash":"551cf9ee630d45dbe81747ee5c65de5f1bf4a4881b1ceabfb70c6aa9f0fae01e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRegionalStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteRegionalStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteRegionalStrategyMutation, DeleteRegionalStrategyMutationVariables>;
export const MunicipalityVisitDocument = {"__meta__":{"hash":"9f8e16b85cc3bc4a90c6537345ff119bc8e59f7f640d6443c7864394520e00df"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MunicipalityVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"kommun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MunicipalityVisitQuery, MunicipalityVisitQueryVariables>;
export const CampaignDocument = {"__meta__":{"hash":"6f8b012b8182f8428cca5dc1d5256ef0fb4d5fb898abafa48f67071dd41f6c7d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"kommunerReached"}},{"kind":"Field","name":{"kind":"Name","value":"peopleReached"}},{"kind":"Field","name":{"kind":"Name","value":"articles"}},{"kind":"Field","name":{"kind":"Name","value":"readers"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignQuery, CampaignQueryVariables>;
export const MethodSpreadDocument = {"__meta__":{"hash":"da267146fac6a0bb3e2d4154c4c1677000e774cb99508eee348fe760d12bbc56"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MethodSpread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"methodSpread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"kommunerReached"}},{"kind":"Field","name":{"kind":"Name","value":"organisationsReached"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"method"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MethodSpreadQuery, MethodSpreadQueryVariables>;
export const RegionalStrategyDocument = {"__meta__":{"hash":"9a90148c0583c3c5251caa741a0cc3e127f885004e6324d0fd8a590fd1df6715"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionalStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"regionalStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"linkedToGenderMainstreaming"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"documentFilename"}}]}}]}}]} as unknown as DocumentNode<RegionalStrategyQuery, RegionalStrategyQueryVariables>;
export const AllMethodsDocument = {"__meta__":{"hash":"c28f8c1e014999c46c76a9599be3f3b2fdf35b55cb33ddaaf18e8167e7054935"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AllMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeInactive"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<AllMethodsQuery, AllMethodsQueryVariables>;
export const SaveMethodDocument = {"__meta__":{"hash":"3719f14b633d189ab32de9f6032eb585e1d0eb84398d4515cbc150b3723c1f93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMethod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MethodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveMethod"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]} as unknown as DocumentNode<SaveMethodMutation, SaveMethodMutationVariables>;
export const DevFundRoundsDocument = {"__meta__":{"hash":"1f8b34cd115b3d18a23ba639c2706a8b5ea4848536bab2bcfd758801680ca1ea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"developmentFundRounds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundPotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevelopmentFundRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"followUpQuestionnaireId"}},{"kind":"Field","name":{"kind":"Name","value":"floorAmount"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"allocationPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"noticePublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"kommunPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}}]}}]} as unknown as DocumentNode<DevFundRoundsQuery, DevFundRoundsQueryVariables>;
export const DevFundRoundDocument = {"__meta__":{"hash":"b91915adf33f122272f0542e96f210b728e93a5106e7ea5f95db7dbf511bb901"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"developmentFundRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundPotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevelopmentFundRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"followUpQuestionnaireId"}},{"kind":"Field","name":{"kind":"Name","value":"floorAmount"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"allocationPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"noticePublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"kommunPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}}]}}]} as unknown as DocumentNode<DevFundRoundQuery, DevFundRoundQueryVariables>;
export const DevFundOverdueFollowUpsDocument = {"__meta__":{"hash":"349a4a7e5a54d6366c3a883e926d77af110df1ce2d05e6ff75199808cf37a022"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundOverdueFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kommunCallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ngoCallId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","alias":{"kind":"Name","value":"kommun"},"name":{"kind":"Name","value":"overdueFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kommunCallId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantOverdueFollowUpFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"region"},"name":{"kind":"Name","value":"overdueFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCallId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantOverdueFollowUpFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"ngo"},"name":{"kind":"Name","value":"overdueFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ngoCallId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantOverdueFollowUpFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantOverdueFollowUpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}}]}}]} as unknown as DocumentNode<DevFundOverdueFollowUpsQuery, DevFundOverdueFollowUpsQueryVariables>;
export const DevFundOpenRoundDocument = {"__meta__":{"hash":"cb9bfc1dc1ce7612b7f137a6050f71cae4e6075281db446d5804be7a8e669cdd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundOpenRound"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenDevelopmentFundRoundInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openDevelopmentFundRound"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundPotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevelopmentFundRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"followUpQuestionnaireId"}},{"kind":"Field","name":{"kind":"Name","value":"floorAmount"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"allocationPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"noticePublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"kommunPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}}]}}]} as unknown as DocumentNode<DevFundOpenRoundMutation, DevFundOpenRoundMutationVariables>;
export const DevFundAllocationPreviewDocument = {"__meta__":{"hash":"86c66c75a6570380905a647063cf1cd053b2239aafb8abe0ffd50eabc5025321"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundAllocationPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"allocationPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundAllocationPreviewQuery, DevFundAllocationPreviewQueryVariables>;
export const DevFundPublishAllocationDocument = {"__meta__":{"hash":"180081caa03a633881cff11ed49e95c5d87f432490e70e2bceb468407bc4a9bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundPublishAllocation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishAllocation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"allocationPublishedAt"}}]}}]}}]} as unknown as DocumentNode<DevFundPublishAllocationMutation, DevFundPublishAllocationMutationVariables>;
export const DevFundPublishAdvanceNoticeDocument = {"__meta__":{"hash":"a8518fc50a44d7b8294b2a8ec28beb317b2515402a571507318cb0d78748ea47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundPublishAdvanceNotice"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishAdvanceNotice"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"noticePublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}}]}}]}}]} as unknown as DocumentNode<DevFundPublishAdvanceNoticeMutation, DevFundPublishAdvanceNoticeMutationVariables>;
export const DevFundDeclineAllotmentDocument = {"__meta__":{"hash":"57798c40c16dd45f49c89d314592bd0854c950fb9197e5cc8b24c62de9bc79d8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundDeclineAllotment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineAllotmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"declineAllotment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineComment"}}]}}]}}]} as unknown as DocumentNode<DevFundDeclineAllotmentMutation, DevFundDeclineAllotmentMutationVariables>;
export const DevFundWithdrawDeclineDocument = {"__meta__":{"hash":"39ee38abfccaae7afad25380d6aea70ad127fe79215e1c072444ff6bd13babbd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundWithdrawDecline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawAllotmentDecline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}}]}}]}}]} as unknown as DocumentNode<DevFundWithdrawDeclineMutation, DevFundWithdrawDeclineMutationVariables>;
export const DevFundMyAllotmentDocument = {"__meta__":{"hash":"1232a141111f6017208700a64c844d3ded7418d25313be60291cd0d79c4bd4e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundMyAllotment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myAllotment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"differenceFromNotice"}},{"kind":"Field","name":{"kind":"Name","value":"notice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allotment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"declinedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"declineComment"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requisition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundApplicationFields"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundFollowUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"usedByCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorPlacement"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentMethods"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundCodedAnswerFields"}},{"kind":"Field","name":{"kind":"Name","value":"otherText"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requisition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMore"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMoreUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundCodedAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"textSv"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"shownSv"}},{"kind":"Field","name":{"kind":"Name","value":"shownEn"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"older"}}]}}]} as unknown as DocumentNode<DevFundMyAllotmentQuery, DevFundMyAllotmentQueryVariables>;
export const DevFundFollowUpFormDocument = {"__meta__":{"hash":"5a6aa2936881b70cf3eb57807d7a2f3d3eb3cd58023641e4f332cec03a91c6c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundFollowUpForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"developmentFundFollowUpForm"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireId"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"areaAmount"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"textSv"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowsOther"}},{"kind":"Field","name":{"kind":"Name","value":"prefillCode"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matrixRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<DevFundFollowUpFormQuery, DevFundFollowUpFormQueryVariables>;
export const DevFundFollowUpTablesDocument = {"__meta__":{"hash":"5c2f16fd403e8e09583e8f1396682250197569c8bacdc2af4a4b1f3349a0ae2e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundFollowUpTables"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingGroupBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"developmentFundFollowUpTables"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"coordinatorFunded"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}}]}},{"kind":"Field","name":{"kind":"Name","value":"placement"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundFollowUpTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundFollowUpTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessmentMethods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundFollowUpTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundFollowUpTableFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundFollowUpTableFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundFollowUpTableFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpTable"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleSv"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"chart"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"byGroup"}}]}}]}}]} as unknown as DocumentNode<DevFundFollowUpTablesQuery, DevFundFollowUpTablesQueryVariables>;
export const DevFundRequisitionDocument = {"__meta__":{"hash":"8e6b7abe4dcb7cf8c7f43e16456a2e4a2d4bcd7ecb7ebf400256bc349c18f409"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundRequisition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequisitionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requisitionDevelopmentFunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requisition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMore"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMoreUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundRequisitionMutation, DevFundRequisitionMutationVariables>;
export const DevFundConfirmJointDocument = {"__meta__":{"hash":"4a2971511b774af8fa5539342956deb7ee4b648f8f6b63a71d52763bba84913e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundConfirmJoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmJointRequisition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requisition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMore"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMoreUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundConfirmJointMutation, DevFundConfirmJointMutationVariables>;
export const DevFundFollowUpDocument = {"__meta__":{"hash":"2bd83916b83e502cf2bd55ca7c4dfb0118c62cd92d80aa5c15ca2c70abc23b6d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DevelopmentFundFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitDevelopmentFundFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requisition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMore"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMoreUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundFollowUpMutation, DevFundFollowUpMutationVariables>;
export const DevFundPartialReportDocument = {"__meta__":{"hash":"84e282525e868cd28e0e512b1cb5892f407588ad658ca880620fd7722f2881f4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundPartialReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitPartialReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requisition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMore"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMoreUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundPartialReportMutation, DevFundPartialReportMutationVariables>;
export const DevFundKommunSearchDocument = {"__meta__":{"hash":"110fcff66d0eb57d510e3d8d4ebe0f3605976ac56915f72006f101781cf109d1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundKommunSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"KOMMUN"}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DevFundKommunSearchQuery, DevFundKommunSearchQueryVariables>;
export const DevFundApplicationsDocument = {"__meta__":{"hash":"fcd38d2f0e7e6783283ace34d28bba8969e42b4a70f5dc10991063cb31a4dbed"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"readyFor"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplicationAction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"readyFor"},"value":{"kind":"Variable","name":{"kind":"Name","value":"readyFor"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundApplicationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requisition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMore"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMoreUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundApplicationsQuery, DevFundApplicationsQueryVariables>;
export const DevFundNotRequisitionedDocument = {"__meta__":{"hash":"2630bd67134aae042f3e67b56aea0a443a208e792101c1d03bada5401588dacd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundNotRequisitioned"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notRequisitioned"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<DevFundNotRequisitionedQuery, DevFundNotRequisitionedQueryVariables>;
export const DevFundCloseWindowDocument = {"__meta__":{"hash":"5a503994d58efbc7c6173ff74a85f4f68694dd4b4cd6725ca731be8f638a1a4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundCloseWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"closeRequisitionWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundRoundFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundPotFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundRoundFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DevelopmentFundRound"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"followUpQuestionnaireId"}},{"kind":"Field","name":{"kind":"Name","value":"floorAmount"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"allocationPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"noticePublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"kommunPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regionPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoPot"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundPotFields"}}]}}]}}]} as unknown as DocumentNode<DevFundCloseWindowMutation, DevFundCloseWindowMutationVariables>;
export const DevFundRedistributeDocument = {"__meta__":{"hash":"1fd07f73430d28f0689b3ce6fd153ce5fd85c26772698137ee16b7a128fcf001"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundRedistribute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"redistributeDevelopmentFunds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyApplied"}},{"kind":"Field","name":{"kind":"Name","value":"pool"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DevFundRedistributeMutation, DevFundRedistributeMutationVariables>;
export const DevFundMarkPaidDocument = {"__meta__":{"hash":"2f2a47f2936035fbc4f16921586921288f2203c99a8667881cb15172720bddfa"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundMarkPaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recipientIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markDevelopmentFundsPaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}},{"kind":"Argument","name":{"kind":"Name","value":"recipientIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recipientIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}}]}}]}}]} as unknown as DocumentNode<DevFundMarkPaidMutation, DevFundMarkPaidMutationVariables>;
export const DevFundRepaymentReceivedDocument = {"__meta__":{"hash":"016164e6e0f76dc41c6d1e934ab640541fdc38566c0bc503dabfb87cc8e3c5d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundRepaymentReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markRepaymentReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}}]}}]}}]} as unknown as DocumentNode<DevFundRepaymentReceivedMutation, DevFundRepaymentReceivedMutationVariables>;
export const DevFundNgoRankingDocument = {"__meta__":{"hash":"fc68977f88559b7f5433dd0961af5860aeae6c98a1dfabcc35a6b1ec7faff51b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundNgoRanking"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"ngoRanking"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"roundId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roundId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"scores"}},{"kind":"Field","name":{"kind":"Name","value":"averageScore"}},{"kind":"Field","name":{"kind":"Name","value":"rankingScore"}},{"kind":"Field","name":{"kind":"Name","value":"supportMissingBonus"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"activityArea"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"organisationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"supportMissing"}},{"kind":"Field","name":{"kind":"Name","value":"legalForm"}},{"kind":"Field","name":{"kind":"Name","value":"activeLocally"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"condition"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rankingDeviationReason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNeedsRankingReason"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DevFundNgoRankingQuery, DevFundNgoRankingQueryVariables>;
export const DevFundScoreDocument = {"__meta__":{"hash":"d9fe90cab5e434f7af5507658f7c1f1cc31c8f55bb6a097fb056f1937f1af2a9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NgoScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scoreNgoApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<DevFundScoreMutation, DevFundScoreMutationVariables>;
export const DevFundDecideDocument = {"__meta__":{"hash":"67d66be721e55266c96f9c9bd7a236bbb008dbee8411e937a7802e8060430c74"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideGrantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requisition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMore"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMoreUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundDecideMutation, DevFundDecideMutationVariables>;
export const DevFundSubmitNgoDocument = {"__meta__":{"hash":"1658c860c4f643a27a05b45bfb7c674479c3aaf06afcc065cae634caa501cc52"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundSubmitNgo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NgoApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitNgoApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requisition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMore"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMoreUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundSubmitNgoMutation, DevFundSubmitNgoMutationVariables>;
export const DevFundCountiesDocument = {"__meta__":{"hash":"03807ef21e30fe310dd38444964beea32747a74154f99ae7f2951c56018aa7e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundCounties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DevFundCountiesQuery, DevFundCountiesQueryVariables>;
export const DevFundStatisticsDocument = {"__meta__":{"hash":"ca1677b5332ae5aeb9a9cf7a5f5cfa8924fe62db4ba421fc5cca6019bdf8d9c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingGroupBy"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"fundingStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"byRecipientKind"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"shareUsed"}},{"kind":"Field","name":{"kind":"Name","value":"repaid"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimed"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kommunUsage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notRequisitioned"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"declineReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"usedAllOrPart"}},{"kind":"Field","name":{"kind":"Name","value":"repaidEverything"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingReport"}},{"kind":"Field","name":{"kind":"Name","value":"inPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kommuner"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"shareUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kommuner"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"shareUsed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kommuner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}},{"kind":"Field","name":{"kind":"Name","value":"allotment"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimed"}},{"kind":"Field","name":{"kind":"Name","value":"kronorPerInhabitant"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DevFundStatisticsQuery, DevFundStatisticsQueryVariables>;
export const DevFundFollowUpReviewsDocument = {"__meta__":{"hash":"899caab53351202ebcd460798f433f399f7da464ba52fbeb49dcff588d8c1f08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundFollowUpReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reviews"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpReviewStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"followUpReviews"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reviews"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundApplicationFields"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"}},{"kind":"Field","name":{"kind":"Name","value":"followUpAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundCodedAnswerFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requisition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMore"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMoreUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundCodedAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"textSv"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"shownSv"}},{"kind":"Field","name":{"kind":"Name","value":"shownEn"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"older"}}]}}]} as unknown as DocumentNode<DevFundFollowUpReviewsQuery, DevFundFollowUpReviewsQueryVariables>;
export const DevFundApproveFollowUpDocument = {"__meta__":{"hash":"f204b424a6d86efdf3314f7d8c183c4350e7d5c15cf3012229724309c314ea65"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundApproveFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveGrantFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requisition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMore"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMoreUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundApproveFollowUpMutation, DevFundApproveFollowUpMutationVariables>;
export const DevFundRequestFollowUpCompletionDocument = {"__meta__":{"hash":"89e958e518cf1f43e043dd8554d9f7ce44cb91405416d1e7a4d98d4f831b472c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundRequestFollowUpCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestGrantFollowUpCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requisition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMore"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMoreUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundRequestFollowUpCompletionMutation, DevFundRequestFollowUpCompletionMutationVariables>;
export const DevFundReclaimDocument = {"__meta__":{"hash":"fd1b941fbaf550d41348f4c74c6e700be2c557c2706161a8ed900c740a17142b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundReclaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReclaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"paymentExportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReview"}},{"kind":"Field","name":{"kind":"Name","value":"reviewMessage"}},{"kind":"Field","name":{"kind":"Name","value":"reviewDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimAmount"}},{"kind":"Field","name":{"kind":"Name","value":"reclaimMotivation"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAmount"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requisition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMore"}},{"kind":"Field","name":{"kind":"Name","value":"wantsMoreUpTo"}},{"kind":"Field","name":{"kind":"Name","value":"redistributedAmount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ngoDetails"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"paymentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jointMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundReclaimMutation, DevFundReclaimMutationVariables>;
export const DevFundCallAssessmentDocument = {"__meta__":{"hash":"e692b76cf6f1e81cd51b5ece0233f72cabd61f0960606720fffcec23094db174"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundCallAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canRemove"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleReviewers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundCallAssessmentQuery, DevFundCallAssessmentQueryVariables>;
export const DevFundSetCriteriaDocument = {"__meta__":{"hash":"37eed65998427e877158bb29283d9505cbd1984735e22cdfa0ddfe8462f7a232"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundSetCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criteria"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssessmentCriterionInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setAssessmentCriteria"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"criteria"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criteria"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DevFundSetCriteriaMutation, DevFundSetCriteriaMutationVariables>;
export const DevFundAssignReviewersDocument = {"__meta__":{"hash":"ee82070284ec054850f30049ff1fb5b1662932c7e7c992f7fa94e485013d82bb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundAssignReviewers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"assignReviewers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DevFundAssignReviewersMutation, DevFundAssignReviewersMutationVariables>;
export const DevFundRemoveReviewerDocument = {"__meta__":{"hash":"b592bc8198bdc2fad0c3b673fae623fc1d71924c887501dc91d47c9b9fb2fd1c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundRemoveReviewer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeReviewer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"canRemove"}}]}}]}}]} as unknown as DocumentNode<DevFundRemoveReviewerMutation, DevFundRemoveReviewerMutationVariables>;
export const DevFundMyReviewsDocument = {"__meta__":{"hash":"8fc475a76aea5028fdca46b2d137ce9b1ec779a67ae70fa8bf4374852c2f43ab"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundMyReviews"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myReviews"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundReviewTaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundReviewTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]} as unknown as DocumentNode<DevFundMyReviewsQuery, DevFundMyReviewsQueryVariables>;
export const DevFundDeclareDocument = {"__meta__":{"hash":"13a4dcfc6fdffba91cf948e777de8ba25fff5c215ff0ddd9c0d0a572cbab966b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundDeclare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImpartialityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"declareImpartiality"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundReviewTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundReviewTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]} as unknown as DocumentNode<DevFundDeclareMutation, DevFundDeclareMutationVariables>;
export const DevFundReviewScoreDocument = {"__meta__":{"hash":"d9d32ac2c0374413999fedf4a4ee151178714ac4303f7b1ecef1d44efcf38c15"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundReviewScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scoreApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundReviewTaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundReviewTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"applicantName"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"callTitle"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}}]} as unknown as DocumentNode<DevFundReviewScoreMutation, DevFundReviewScoreMutationVariables>;
export const DevFundCriteriaDocument = {"__meta__":{"hash":"57893d5158375625ee1500dfcb294ecd5f7976c76f32bdcc6d1df5bd6ba98f34"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundCriteria"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assessmentCriteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundCriteriaQuery, DevFundCriteriaQueryVariables>;
export const DevFundAssessmentDocument = {"__meta__":{"hash":"c2dd04025db888d1bd1ad3bbad773358f072f0845dfee04dbf4d8cd9d102714e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applicationAssessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"averageTotal"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"maxPoints"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerId"}},{"kind":"Field","name":{"kind":"Name","value":"reviewerName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"criterionId"}},{"kind":"Field","name":{"kind":"Name","value":"points"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByName"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionAssessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"total"}}]}},{"kind":"Field","name":{"kind":"Name","value":"disqualified"}},{"kind":"Field","name":{"kind":"Name","value":"noneDisqualifiedTookPart"}}]}}]}}]}}]} as unknown as DocumentNode<DevFundAssessmentQuery, DevFundAssessmentQueryVariables>;
export const DevFundProposeDocument = {"__meta__":{"hash":"96aee26ccd3df30fd0c0f72103d27599edc4f37a0e3bae67109a2931e8660d6a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DevFundPropose"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"proposeDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}}]}}]}}]} as unknown as DocumentNode<DevFundProposeMutation, DevFundProposeMutationVariables>;
export const DevFundPartialReportAnswersDocument = {"__meta__":{"hash":"7a49ea4047c99a2f5f8d23201f02443e3982e30e11a7d7bb0297dcfb71d5197a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DevFundPartialReportAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"DevFundCodedAnswerFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DevFundCodedAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"textSv"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"shownSv"}},{"kind":"Field","name":{"kind":"Name","value":"shownEn"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"older"}}]}}]} as unknown as DocumentNode<DevFundPartialReportAnswersQuery, DevFundPartialReportAnswersQueryVariables>;
export const GrantCallsDocument = {"__meta__":{"hash":"1c1f6e5dbc2384af928b2c88f839b6e462d51ddb1f336fb8f7afdde2065bb225"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantCalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"EnumValue","value":"SARSKILDA_STIMULANSMEDEL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantCallFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GrantCallsQuery, GrantCallsQueryVariables>;
export const GrantCallsOverviewDocument = {"__meta__":{"hash":"314206afcee5f2c2fcb23c74a19d34da2f23a6ac4cc5c3dfdf34237013b4f031"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantCallsOverview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"EnumValue","value":"SARSKILDA_STIMULANSMEDEL"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantCallFields"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCount"}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GrantCallsOverviewQuery, GrantCallsOverviewQueryVariables>;
export const GrantCallDocument = {"__meta__":{"hash":"a390c740ba8f678dc36313354be6afadb6c5d84a2888c53cb049ba80de508c60"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantCallFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<GrantCallQuery, GrantCallQueryVariables>;
export const GrantCallFiguresDocument = {"__meta__":{"hash":"50723d08851ca805f284a9e6c0becb47b50234e1b38df00c17840ca603f3b094"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantCallFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"grantedCount"}},{"kind":"Field","name":{"kind":"Name","value":"statusCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<GrantCallFiguresQuery, GrantCallFiguresQueryVariables>;
export const CreateGrantCallDocument = {"__meta__":{"hash":"56279f099f692c6cfa6884bda1a2dc37f08b2d67819674b9a0bc4e2eafc93be5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGrantCall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGrantCallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createGrantCall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantCallFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantCallFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantCall"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"grantedTotal"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateGrantCallMutation, CreateGrantCallMutationVariables>;
export const GrantApplicationsDocument = {"__meta__":{"hash":"10b666257297e5497dfbb3a97aa8352f029cf3835321ba27d799bed14f94fbe6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplicationStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<GrantApplicationsQuery, GrantApplicationsQueryVariables>;
export const GrantApplicationDocument = {"__meta__":{"hash":"714afe612c4593ac331e736d37fa46d89cfb5794f8823b561de9db17c29b3472"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"plannedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"completionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinionFrom"}},{"kind":"Field","name":{"kind":"Name","value":"presentingOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionLetterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partialReportsCoded"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<GrantApplicationQuery, GrantApplicationQueryVariables>;
export const SaveGrantApplicationDocument = {"__meta__":{"hash":"6467aa375678d6d02e972770975095afa386b58c4c6da1553d9f50ce2eb1b8b5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveGrantApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveGrantApplicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveGrantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"plannedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"completionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinionFrom"}},{"kind":"Field","name":{"kind":"Name","value":"presentingOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionLetterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partialReportsCoded"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<SaveGrantApplicationMutation, SaveGrantApplicationMutationVariables>;
export const SubmitGrantApplicationDocument = {"__meta__":{"hash":"918aaab26c6d4d33acf3862a0930917c36686c8e932806328b85d28173b052c6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitGrantApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitGrantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"plannedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"completionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinionFrom"}},{"kind":"Field","name":{"kind":"Name","value":"presentingOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionLetterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partialReportsCoded"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<SubmitGrantApplicationMutation, SubmitGrantApplicationMutationVariables>;
export const WithdrawGrantApplicationDocument = {"__meta__":{"hash":"34ed126263ded3a7e7e0e49eb64a7c6affae2f5d1ee3880acb983af684639a7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawGrantApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawGrantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"plannedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"completionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinionFrom"}},{"kind":"Field","name":{"kind":"Name","value":"presentingOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionLetterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partialReportsCoded"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<WithdrawGrantApplicationMutation, WithdrawGrantApplicationMutationVariables>;
export const SubmitGrantFollowUpDocument = {"__meta__":{"hash":"01debe49212917afd048ce33d75502c46d5dba1b7200bac47aeee733249db0e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitGrantFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitGrantFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"plannedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"completionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinionFrom"}},{"kind":"Field","name":{"kind":"Name","value":"presentingOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionLetterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partialReportsCoded"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<SubmitGrantFollowUpMutation, SubmitGrantFollowUpMutationVariables>;
export const RequestGrantCompletionDocument = {"__meta__":{"hash":"47bfce07beda2cae2f3a593bba0811cb66671dd1186ada7c5d88ab39c15501c9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestGrantCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestGrantCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"plannedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"completionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinionFrom"}},{"kind":"Field","name":{"kind":"Name","value":"presentingOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionLetterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partialReportsCoded"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<RequestGrantCompletionMutation, RequestGrantCompletionMutationVariables>;
export const RequestGrantCompletionsDocument = {"__meta__":{"hash":"346dc7a6e0415990432976733f95e13d6d0ff0615040d55c6598b1ae0202893a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestGrantCompletions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"message"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestGrantCompletions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"message"},"value":{"kind":"Variable","name":{"kind":"Name","value":"message"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RequestGrantCompletionsMutation, RequestGrantCompletionsMutationVariables>;
export const RemindGrantCompletionsDocument = {"__meta__":{"hash":"7feee35d223dea7554ab9a1c2a6e90fe8ce1e298f54df66e8b44812f2805772a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindGrantCompletions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"remindGrantCompletions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RemindGrantCompletionsMutation, RemindGrantCompletionsMutationVariables>;
export const RequestConsultationDocument = {"__meta__":{"hash":"4bd67dd696a0c96a3c469abddbe6a20dd9547ce9bcb7c04f1857e7a926449a27"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestConsultation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dueDate"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"requestConsultation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"dueDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dueDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RequestConsultationMutation, RequestConsultationMutationVariables>;
export const DecideGrantApplicationDocument = {"__meta__":{"hash":"639592f5543bd2cdfd699f216a1f005dcf1d0a7e62974bea3f4da567156d5eac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideGrantApplication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"decideGrantApplication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"plannedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"completionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinionFrom"}},{"kind":"Field","name":{"kind":"Name","value":"presentingOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionLetterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partialReportsCoded"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<DecideGrantApplicationMutation, DecideGrantApplicationMutationVariables>;
export const MarkGrantPaidDocument = {"__meta__":{"hash":"4955591ea493d3b4904c69c743e031bf66a1091a34c5e86bb3f842e923cea294"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkGrantPaid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markGrantPaid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"plannedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"completionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinionFrom"}},{"kind":"Field","name":{"kind":"Name","value":"presentingOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionLetterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partialReportsCoded"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<MarkGrantPaidMutation, MarkGrantPaidMutationVariables>;
export const MarkRepaymentReceivedDocument = {"__meta__":{"hash":"b35d36985bad5feaaf60a58ef5cc6983a235f725662208bd1ff407cec85cee36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkRepaymentReceived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markRepaymentReceived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantApplicationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantApplicationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"plannedActivities"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetLines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"purposeCategories"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completionMessage"}},{"kind":"Field","name":{"kind":"Name","value":"completionDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"motivation"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinion"}},{"kind":"Field","name":{"kind":"Name","value":"decidableWithoutOpinionFrom"}},{"kind":"Field","name":{"kind":"Name","value":"presentingOfficers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"decisionLetterUrl"}},{"kind":"Field","name":{"kind":"Name","value":"caseFileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"hasCaseThread"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpReport"}},{"kind":"Field","name":{"kind":"Name","value":"followUpSubmittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"usedSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"partialReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"report"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"repaymentAmount"}},{"kind":"Field","name":{"kind":"Name","value":"repaidAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"isOpen"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}},{"kind":"Field","name":{"kind":"Name","value":"usableUntil"}},{"kind":"Field","name":{"kind":"Name","value":"partialReportsCoded"}},{"kind":"Field","name":{"kind":"Name","value":"assessedByReviewers"}},{"kind":"Field","name":{"kind":"Name","value":"consultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"minConsultationDays"}},{"kind":"Field","name":{"kind":"Name","value":"earliestConsultationDueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consultations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"versions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<MarkRepaymentReceivedMutation, MarkRepaymentReceivedMutationVariables>;
export const ConsultationRequestsDocument = {"__meta__":{"hash":"d0cac0a3b9492aaede1f57e79ff4e4f8c8070552a4b67730b5021c5812de5338"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsultationRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"consultationRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"application"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsultationRequestsQuery, ConsultationRequestsQueryVariables>;
export const SubmitConsultationOpinionDocument = {"__meta__":{"hash":"dd428190e1999c2f0c665376c9bd167bf9aba4a37d7f56204e926c72021cbd6e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitConsultationOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ConsultationOpinionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitConsultationOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"opinion"}},{"kind":"Field","name":{"kind":"Name","value":"opinionText"}}]}}]}}]} as unknown as DocumentNode<SubmitConsultationOpinionMutation, SubmitConsultationOpinionMutationVariables>;
export const GrantOverdueFollowUpsDocument = {"__meta__":{"hash":"97763887d265ee48d972394cdc879efb9ad6ef4e57a41944fe8044de798ba8ac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantOverdueFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"overdueFollowUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantOverdueFollowUpFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantOverdueFollowUpFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantApplication"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"grantedAmount"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"call"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followUpDueDate"}}]}}]}}]} as unknown as DocumentNode<GrantOverdueFollowUpsQuery, GrantOverdueFollowUpsQueryVariables>;
export const GrantSendFollowUpRemindersDocument = {"__meta__":{"hash":"8e80757520005c95e95c8570f8cd7689cb948b21bf072b501f1fe5f31fcbf836"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GrantSendFollowUpReminders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendFollowUpReminders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withinDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withinDays"}}}]}]}}]} as unknown as DocumentNode<GrantSendFollowUpRemindersMutation, GrantSendFollowUpRemindersMutationVariables>;
export const StimulusSummaryDocument = {"__meta__":{"hash":"4a0b9e94988e41ef9978451154c613fbb211e5dfb254a4bc887982e6dbd86220"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StimulusSummary"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"stimulusSummary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"calls"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"applicants"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"recipientsDescription"}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"shareUsed"}},{"kind":"Field","name":{"kind":"Name","value":"repaid"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"purposes"}},{"kind":"Field","name":{"kind":"Name","value":"purposeNotStated"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"shareUsed"}},{"kind":"Field","name":{"kind":"Name","value":"repaid"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentDue"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byPurpose"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"applications"}},{"kind":"Field","name":{"kind":"Name","value":"requested"}},{"kind":"Field","name":{"kind":"Name","value":"granted"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"used"}},{"kind":"Field","name":{"kind":"Name","value":"shareUsed"}},{"kind":"Field","name":{"kind":"Name","value":"repaid"}},{"kind":"Field","name":{"kind":"Name","value":"repaymentDue"}}]}}]}}]}}]} as unknown as DocumentNode<StimulusSummaryQuery, StimulusSummaryQueryVariables>;
export const GrantCaseThreadDocument = {"__meta__":{"hash":"5296df44f129f02191cd300fbc495b2cb84749b2b2f52082b49c7765f28fba62"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantCaseThread"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantCaseThread"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"canWrite"}},{"kind":"Field","name":{"kind":"Name","value":"canWriteInternal"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentMaxBytes"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentsMax"}},{"kind":"Field","name":{"kind":"Name","value":"messageMaxLength"}},{"kind":"Field","name":{"kind":"Name","value":"entries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"internal"}},{"kind":"Field","name":{"kind":"Name","value":"fromApplicant"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"fromApplicant"}},{"kind":"Field","name":{"kind":"Name","value":"uploadedByName"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"canRemove"}}]}}]}}]}}]} as unknown as DocumentNode<GrantCaseThreadQuery, GrantCaseThreadQueryVariables>;
export const PostGrantCaseMessageDocument = {"__meta__":{"hash":"eb94626d204355c7738cee0399db18d2e5922adf13bddc3495646f44a149e21b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PostGrantCaseMessage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"body"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"internal"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"postGrantCaseMessage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"body"},"value":{"kind":"Variable","name":{"kind":"Name","value":"body"}}},{"kind":"Argument","name":{"kind":"Name","value":"internal"},"value":{"kind":"Variable","name":{"kind":"Name","value":"internal"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PostGrantCaseMessageMutation, PostGrantCaseMessageMutationVariables>;
export const RemoveGrantAttachmentDocument = {"__meta__":{"hash":"c561680075b316695ab4213a4cb7d73e4e55d391642793e76fed313bfbc7be21"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveGrantAttachment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeGrantAttachment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"removedAt"}}]}}]}}]} as unknown as DocumentNode<RemoveGrantAttachmentMutation, RemoveGrantAttachmentMutationVariables>;
export const LetterTemplateDocument = {"__meta__":{"hash":"719bf42307e40297dd593fa2c22b78a9b25cec4b25ebdc7f78db108662bbad67"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LetterTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LetterTemplateKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantProgramme"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"letterTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"hasSubject"}},{"kind":"Field","name":{"kind":"Name","value":"placeholders"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LetterTemplateVersionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"builtInSv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"builtInEn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"letterTemplateVersions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LetterTemplateVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LetterTemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LetterTemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectSv"}},{"kind":"Field","name":{"kind":"Name","value":"subjectEn"}},{"kind":"Field","name":{"kind":"Name","value":"bodySv"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<LetterTemplateQuery, LetterTemplateQueryVariables>;
export const LetterTemplateCallsDocument = {"__meta__":{"hash":"f38a845befadb6230cabad8631c2adb38c2c88ce17c445dbb8cdaee11152ff81"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LetterTemplateCalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantProgramme"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantCalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]} as unknown as DocumentNode<LetterTemplateCallsQuery, LetterTemplateCallsQueryVariables>;
export const LetterTemplateApplicationsDocument = {"__meta__":{"hash":"2ce85d628b322e1fe48cecd263ea6dac927967e37171a0e696d7da96cfd4bc2a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LetterTemplateApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"callId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"grantApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"callId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"callId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"IntValue","value":"0"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"diarienummer"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}}]}}]}}]}}]} as unknown as DocumentNode<LetterTemplateApplicationsQuery, LetterTemplateApplicationsQueryVariables>;
export const PreviewLetterTemplateDocument = {"__meta__":{"hash":"cf9a6bcdde1fc64391aa3259fad5d119175ec467424149df6d50f94f687e0a99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewLetterTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LetterTemplateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"previewLetterTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"applicationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"applicationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"applicationId"}},{"kind":"Field","name":{"kind":"Name","value":"sv"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}},{"kind":"Field","name":{"kind":"Name","value":"en"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}}]}}]}}]}}]} as unknown as DocumentNode<PreviewLetterTemplateQuery, PreviewLetterTemplateQueryVariables>;
export const PublishLetterTemplateDocument = {"__meta__":{"hash":"8d3065203e543862d1273def9085d5d2bbc9bbc572f89f5531ffaef6e5caf0c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishLetterTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LetterTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishLetterTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"LetterTemplateVersionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LetterTemplateVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LetterTemplateVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"callId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectSv"}},{"kind":"Field","name":{"kind":"Name","value":"subjectEn"}},{"kind":"Field","name":{"kind":"Name","value":"bodySv"}},{"kind":"Field","name":{"kind":"Name","value":"bodyEn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PublishLetterTemplateMutation, PublishLetterTemplateMutationVariables>;
export const NationalReachDocument = {"__meta__":{"hash":"91610819a39088fee7fb9df2b5a0df8d46a0f5f459ee4f19699ca2dc7af454b8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalReach"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"measure"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReachMeasure"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"trainingReach"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"lansstyrelser"}},{"kind":"Field","name":{"kind":"Name","value":"byCounty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"loggedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"kommuner"}},{"kind":"Field","name":{"kind":"Name","value":"regioner"}},{"kind":"Field","name":{"kind":"Name","value":"ngos"}},{"kind":"Field","name":{"kind":"Name","value":"otherBodies"}},{"kind":"Field","name":{"kind":"Name","value":"unmetDemand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"loggedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"kommuner"}},{"kind":"Field","name":{"kind":"Name","value":"regioner"}},{"kind":"Field","name":{"kind":"Name","value":"ngos"}},{"kind":"Field","name":{"kind":"Name","value":"otherBodies"}},{"kind":"Field","name":{"kind":"Name","value":"unmetDemand"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"lansstyrelser"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharesChart"}},{"kind":"Field","name":{"kind":"Name","value":"countyChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"measure"},"value":{"kind":"Variable","name":{"kind":"Name","value":"measure"}}}]}]}}]}}]} as unknown as DocumentNode<NationalReachQuery, NationalReachQueryVariables>;
export const NationalNetworksDocument = {"__meta__":{"hash":"48ead4cd03cd289bbe621ad724adabeda058af223407b1d4a1cb612355c81f7c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalNetworks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"networksByTopic"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"lansstyrelser"}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"lansstyrelser"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"chart"}}]}}]}}]} as unknown as DocumentNode<NationalNetworksQuery, NationalNetworksQueryVariables>;
export const NationalCountiesDocument = {"__meta__":{"hash":"96108e0c50adea1757d70e46bea9f70370b0a4017a627db450f55d1552cb53b6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalCounties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NationalCountiesQuery, NationalCountiesQueryVariables>;
export const NationalCountyWorkDocument = {"__meta__":{"hash":"4144c720a4a98a6649fc8214bab603f67323c68c5eb0611c76c047148d0e5d86"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NationalCountyWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"countyWorkNational"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"lansstyrelser"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCampaigns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lansstyrelser"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategyAdopted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lansstyrelser"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategyStarted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lansstyrelser"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"strategyLinkedToGenderMainstreaming"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"lansstyrelser"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"methods"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"methodId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"lansstyrelser"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"municipalityVisits"}},{"kind":"Field","name":{"kind":"Name","value":"kommunerVisited"}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"}},{"kind":"Field","name":{"kind":"Name","value":"articles"}},{"kind":"Field","name":{"kind":"Name","value":"readers"}},{"kind":"Field","name":{"kind":"Name","value":"byCounty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"countyName"}},{"kind":"Field","name":{"kind":"Name","value":"nationalCampaign"}},{"kind":"Field","name":{"kind":"Name","value":"campaigns"}},{"kind":"Field","name":{"kind":"Name","value":"methods"}},{"kind":"Field","name":{"kind":"Name","value":"strategyStatus"}},{"kind":"Field","name":{"kind":"Name","value":"linkedToGenderMainstreaming"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityVisits"}},{"kind":"Field","name":{"kind":"Name","value":"kommunerVisited"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharesChart"}},{"kind":"Field","name":{"kind":"Name","value":"methodsChart"}},{"kind":"Field","name":{"kind":"Name","value":"visitsChart"}}]}}]}}]} as unknown as DocumentNode<NationalCountyWorkQuery, NationalCountyWorkQueryVariables>;
export const NetworksDocument = {"__meta__":{"hash":"fddec166f2ea845b3c773d1b663ccf20eca31904cda7611661f262780d230497"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Networks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"topic"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkTopic"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"convenedByMe"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"networks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"topic"},"value":{"kind":"Variable","name":{"kind":"Name","value":"topic"}}},{"kind":"Argument","name":{"kind":"Name","value":"convenedByMe"},"value":{"kind":"Variable","name":{"kind":"Name","value":"convenedByMe"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"isConvener"}},{"kind":"Field","name":{"kind":"Name","value":"convener"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"coConvener"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyResponseFields"}}]}}]}}]} as unknown as DocumentNode<NetworksQuery, NetworksQueryVariables>;
export const MyUpcomingMeetingsDocument = {"__meta__":{"hash":"807c2003b4859fcc55aa3c2c48ea11b209b5e6b120e3bf3b9476942a15ef24eb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyUpcomingMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"networkMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"upcomingOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRow"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isConvener"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyResponseFields"}}]}}]}}]} as unknown as DocumentNode<MyUpcomingMeetingsQuery, MyUpcomingMeetingsQueryVariables>;
export const NetworkDocument = {"__meta__":{"hash":"4f39a3fc9d0d56506525a924c2b8f6b96981081140353ec1658cade7a3c0c5fe"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Network"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"isConvener"}},{"kind":"Field","name":{"kind":"Name","value":"convener"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"upcomingMeetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRow"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openActionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"coConvener"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyResponseFields"}}]}}]}}]} as unknown as DocumentNode<NetworkQuery, NetworkQueryVariables>;
export const PastNetworkMeetingsDocument = {"__meta__":{"hash":"5dc9a076b1a2d07a841914804161ae27c37815583c11237ee2bc8ba22fbf82c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PastNetworkMeetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"networkMeetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"pastOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyResponseFields"}}]}}]}}]} as unknown as DocumentNode<PastNetworkMeetingsQuery, PastNetworkMeetingsQueryVariables>;
export const OrganisationIdsForNetworkDocument = {"__meta__":{"hash":"d22be6c4da27fb07ee3684dc777f29afb13bc0c388d167de40c0cdcc13548aea"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationIdsForNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationIdsForNetworkQuery, OrganisationIdsForNetworkQueryVariables>;
export const SaveNetworkDocument = {"__meta__":{"hash":"2383fed77d58ae979621a9aa8bf921a48d045b3435e3337e3a75901dd8877050"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveNetworkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"isConvener"}}]}}]}}]} as unknown as DocumentNode<SaveNetworkMutation, SaveNetworkMutationVariables>;
export const AddNetworkMembersDocument = {"__meta__":{"hash":"f2c6be513c58f4e614bde6fecfeb0c8b98f103a286af76d6211f83fb3e64b138"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddNetworkMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"addNetworkMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkMemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"coConvener"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<AddNetworkMembersMutation, AddNetworkMembersMutationVariables>;
export const RemoveNetworkMemberDocument = {"__meta__":{"hash":"2e5211ffc485f906c81033d1f13f035cec846481b8fe4cb9628d2bbc0462a6cd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveNetworkMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeNetworkMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkMemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"coConvener"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RemoveNetworkMemberMutation, RemoveNetworkMemberMutationVariables>;
export const RemoveNetworkMembersDocument = {"__meta__":{"hash":"abf861b8ff87192186f6319140bd4baafd9692795905d7054974595674b255d5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveNetworkMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeNetworkMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkMemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"coConvener"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RemoveNetworkMembersMutation, RemoveNetworkMembersMutationVariables>;
export const NetworkDecisionsDocument = {"__meta__":{"hash":"f2de87c3d9c2cd56b9c622076a7f423366d36e425251f2d09467bbd466c3b224"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkDecisions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkDecisions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkDecisionsQuery, NetworkDecisionsQueryVariables>;
export const SetNetworkContactsDocument = {"__meta__":{"hash":"96cbd19cd1cf3c2099d24d2e5bbbef8f2d1e7835941e4d2c78ed5c4cf9a08678"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNetworkContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ContactInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setNetworkContacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"contacts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"contacts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<SetNetworkContactsMutation, SetNetworkContactsMutationVariables>;
export const ScheduleNetworkMeetingDocument = {"__meta__":{"hash":"1238a063bd214060563cae1e1b34333d39966f90c796356dd2d028d878520369"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleNetworkMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleNetworkMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyResponseFields"}}]}}]}}]} as unknown as DocumentNode<ScheduleNetworkMeetingMutation, ScheduleNetworkMeetingMutationVariables>;
export const NetworkMeetingDocument = {"__meta__":{"hash":"64f6192fb37739a5edd81e8115887ca98c213449ce3dbe25d570e695c27c5c5b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"networkMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingRow"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"seriesId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"isConvener"}},{"kind":"Field","name":{"kind":"Name","value":"convener"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NetworkMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approverCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"presenter"}},{"kind":"Field","name":{"kind":"Name","value":"durationMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"actionItemId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"agendaItemId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MinutesFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousMinutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nextMinutes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMeeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rsvpDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"myResponse"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyResponseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NetworkMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkMembership"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"coConvener"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MinutesFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingMinutes"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"decisions"}},{"kind":"Field","name":{"kind":"Name","value":"decisionItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}},{"kind":"Field","name":{"kind":"Name","value":"returnedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"approver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<NetworkMeetingQuery, NetworkMeetingQueryVariables>;
export const NetworkMeetingResponsesDocument = {"__meta__":{"hash":"6e1f9f9a5b01db4bdb9c46942bfdd6d4fa81d934a215dbca43b2e2257a0d73cc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkMeetingResponses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"networkMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"responses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NetworkMeetingResponsesQuery, NetworkMeetingResponsesQueryVariables>;
export const RespondToMeetingInvitationDocument = {"__meta__":{"hash":"0ca5ef66c55d5d73441fd8ab7f40bbd1f7789b43d237c18e954005bc88d4fa3d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondToMeetingInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendees"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendeeInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"respondToMeetingInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"attendees"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendees"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"MyResponseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MyResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<RespondToMeetingInvitationMutation, RespondToMeetingInvitationMutationVariables>;
export const RecordMeetingAttendanceDocument = {"__meta__":{"hash":"262fecbfbc0ac1c01b9b870d45098c6258da15ddb13f80923e442bc191e9ffbc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMeetingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recordMeetingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecordMeetingAttendanceMutation, RecordMeetingAttendanceMutationVariables>;
export const MarkMeetingAttendanceDocument = {"__meta__":{"hash":"e6b08b7847cbac98332e1303c8a3b0f97f0043a0d2d7652ad2bfbf387d59df40"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMeetingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markMeetingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"AttendanceFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AttendanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingAttendance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MarkMeetingAttendanceMutation, MarkMeetingAttendanceMutationVariables>;
export const SaveMeetingMinutesDocument = {"__meta__":{"hash":"5bf8aa008d198bb94e3242d7724d5951e23f1ca9042ed0ca9256a0fede7b6d94"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveMeetingMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MinutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveMeetingMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SaveMeetingMinutesMutation, SaveMeetingMinutesMutationVariables>;
export const PublishMeetingMinutesDocument = {"__meta__":{"hash":"e62647e4e57c117ed61b7787ccb4878cb27e351166f83350f44cab71126b7022"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMeetingMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MinutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishMeetingMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PublishMeetingMinutesMutation, PublishMeetingMinutesMutationVariables>;
export const ApproveMeetingMinutesDocument = {"__meta__":{"hash":"039ed0cac0d3e71d58025af1124801ed0b455fdd78d4e362fe234993649b01b1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveMeetingMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveMeetingMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ApproveMeetingMinutesMutation, ApproveMeetingMinutesMutationVariables>;
export const SendBackMeetingMinutesDocument = {"__meta__":{"hash":"e7ffbd8272c09c3ba114feb4568cb077631b8bf940b6691b2e0668cd3026d790"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendBackMeetingMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"comment"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendBackMeetingMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"meetingId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"meetingId"}}},{"kind":"Argument","name":{"kind":"Name","value":"comment"},"value":{"kind":"Variable","name":{"kind":"Name","value":"comment"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnComment"}}]}}]}}]} as unknown as DocumentNode<SendBackMeetingMinutesMutation, SendBackMeetingMinutesMutationVariables>;
export const SetActionItemDoneDocument = {"__meta__":{"hash":"620c91f0d56ad25712dc59e5987afeb4139c812fce33b2539c19737ad7bad5e1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetActionItemDone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"done"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setActionItemDone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"done"},"value":{"kind":"Variable","name":{"kind":"Name","value":"done"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"done"}}]}}]}}]} as unknown as DocumentNode<SetActionItemDoneMutation, SetActionItemDoneMutationVariables>;
export const DeleteMeetingDocumentDocument = {"__meta__":{"hash":"c466f383cefe7dbee2a3b3404536ca59f02778d36aa8293ec998742e882c66b9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMeetingDocument"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"deleteMeetingDocument"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteMeetingDocumentMutation, DeleteMeetingDocumentMutationVariables>;
export const CreateCalendarFeedDocument = {"__meta__":{"hash":"49beea5e937ea1d97084796b402231f4ef221fc50ddc34714413285a09db8e7e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCalendarFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createCalendarFeed"}}]}}]} as unknown as DocumentNode<CreateCalendarFeedMutation, CreateCalendarFeedMutationVariables>;
export const NetworkStatisticsDocument = {"__meta__":{"hash":"0cf86acd025445070d8c3edbe61a94599ec9a91c5371791df520dd1951bae573"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"networkStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"networkId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"networkId"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"networkId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"members"}},{"kind":"Field","name":{"kind":"Name","value":"meetingsHeld"}},{"kind":"Field","name":{"kind":"Name","value":"membersAttendedAtLeastOnce"}},{"kind":"Field","name":{"kind":"Name","value":"shareAttended"}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisationsRepresented"}},{"kind":"Field","name":{"kind":"Name","value":"people"}},{"kind":"Field","name":{"kind":"Name","value":"meeting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notAttendedLast12Months"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkStatisticsQuery, NetworkStatisticsQueryVariables>;
export const UnreadNotificationCountDocument = {"__meta__":{"hash":"b0552f6a8b76d7efb52a9a952910892f698c289f1c2c325f94269f8364c8d75a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = {"__meta__":{"hash":"4f92dcb7a1004df0f01816da911a5f1c5ef78db6c084ac22ca58a3e50dc0b121"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"__meta__":{"hash":"5f88555ece164b9f6710e3a7b20a3bfcac89ab2cd8337ad5e52ad4d5c7d6ede9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const OutboxMailsDocument = {"__meta__":{"hash":"ce7aa6d48cb0c02ef59d4cad319d6ff5d1629b5537ed892f4baa0340d3b65e55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxMails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"outboxMails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]}}]} as unknown as DocumentNode<OutboxMailsQuery, OutboxMailsQueryVariables>;
export const MyEmailFrequencyDocument = {"__meta__":{"hash":"1799c284816770078b59891d152f98c28d32ac480304def8b4bfc161e5ff055b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyEmailFrequency"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailFrequency"}}]}}]}}]} as unknown as DocumentNode<MyEmailFrequencyQuery, MyEmailFrequencyQueryVariables>;
export const SetMyEmailFrequencyDocument = {"__meta__":{"hash":"9a135d394fd55eed0e839282b8c6edbd2e49ef3c3bf0053aad5f868a0210e73e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyEmailFrequency"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"frequency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFrequency"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setMyEmailFrequency"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"frequency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"frequency"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emailFrequency"}}]}}]}}]} as unknown as DocumentNode<SetMyEmailFrequencyMutation, SetMyEmailFrequencyMutationVariables>;
export const OrganisationDetailsDocument = {"__meta__":{"hash":"8a015cfe88df42e8717fb504b959bb3f3db501338fd593952eae61f7efd638a6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityGroupCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityGroupName"}}]}}]}}]} as unknown as DocumentNode<OrganisationDetailsQuery, OrganisationDetailsQueryVariables>;
export const OrganisationSearchDocument = {"__meta__":{"hash":"8224747cfd660db335e0aebc14fb56314db17eb77b2e5dbecbdb5210e022b0c3"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationSearchQuery, OrganisationSearchQueryVariables>;
export const PlatformSettingsDocument = {"__meta__":{"hash":"3f33009cbfeb752b7c9be0b017747068d4cadc852868075d42627b93f0b9ee10"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlatformSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"platformSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retentionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"retentionMonthsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"requireTotpForMoney"}},{"kind":"Field","name":{"kind":"Name","value":"requireTotpForMoneyDefault"}},{"kind":"Field","name":{"kind":"Name","value":"lastRetentionRunAt"}}]}}]}}]} as unknown as DocumentNode<PlatformSettingsQuery, PlatformSettingsQueryVariables>;
export const UpdatePlatformSettingsDocument = {"__meta__":{"hash":"bc3290e0bc3428d783c636fa9efaa9a3c21ada25a190ea812772f237c1369f3c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePlatformSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlatformSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"updatePlatformSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"retentionMonths"}},{"kind":"Field","name":{"kind":"Name","value":"retentionMonthsDefault"}},{"kind":"Field","name":{"kind":"Name","value":"requireTotpForMoney"}},{"kind":"Field","name":{"kind":"Name","value":"requireTotpForMoneyDefault"}},{"kind":"Field","name":{"kind":"Name","value":"lastRetentionRunAt"}}]}}]}}]} as unknown as DocumentNode<UpdatePlatformSettingsMutation, UpdatePlatformSettingsMutationVariables>;
export const RunPersonalDataRetentionDocument = {"__meta__":{"hash":"ad8d1c81f78fe242eaf89ccfcfedbe6291e2561bdd21b69f8cb6958d4f59f357"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunPersonalDataRetention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"runPersonalDataRetention"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cutoff"}},{"kind":"Field","name":{"kind":"Name","value":"months"}},{"kind":"Field","name":{"kind":"Name","value":"erased"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<RunPersonalDataRetentionMutation, RunPersonalDataRetentionMutationVariables>;
export const PersonalDataExtractDocument = {"__meta__":{"hash":"ea5c14a2b1e24972b1d6e899a258c897704684eba92c0dc56ecf2c597b7d2870"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalDataExtract"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataExtract"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"erasable"}},{"kind":"Field","name":{"kind":"Name","value":"keptReason"}}]}}]}}]}}]} as unknown as DocumentNode<PersonalDataExtractQuery, PersonalDataExtractQueryVariables>;
export const ErasePersonalDataDocument = {"__meta__":{"hash":"62d717c5be0700b6aab2754c2c59a6b1aae0a664c84827743169f1a63e9d28c5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErasePersonalData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ErasePersonalDataInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"erasePersonalData"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"erased"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"kept"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"keptReason"}}]}}]}}]}}]} as unknown as DocumentNode<ErasePersonalDataMutation, ErasePersonalDataMutationVariables>;
export const QuestionnairesDocument = {"__meta__":{"hash":"1ab1106501c3ed3cca5c52c2bef10e3662851df5b393fef5054e08feba4ace4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Questionnaires"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaires"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionnaireRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleSv"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<QuestionnairesQuery, QuestionnairesQueryVariables>;
export const MyQuestionnaireResponsesDocument = {"__meta__":{"hash":"8bc8c7945b72b1fbae21a69a12633975381f724471dd61952d4cdd470d2a8955"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyQuestionnaireResponses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myQuestionnaireResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleSv"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyQuestionnaireResponsesQuery, MyQuestionnaireResponsesQueryVariables>;
export const QuestionnaireDocument = {"__meta__":{"hash":"c878ea19a20a38cd327fd469d496713f09540479afc7c118c8895eaad6566e29"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Questionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionnaireRow"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleSv"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"textSv"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowsOther"}},{"kind":"Field","name":{"kind":"Name","value":"prefillCode"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matrixRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<QuestionnaireQuery, QuestionnaireQueryVariables>;
export const QuestionBankDocument = {"__meta__":{"hash":"9a54e60c8f859bc7b41d0fd88c1c29879e1d1b63fa5518a27ec4fd8cc6e1ad61"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuestionBank"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionBank"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"textSv"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowsOther"}},{"kind":"Field","name":{"kind":"Name","value":"prefillCode"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matrixRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<QuestionBankQuery, QuestionBankQueryVariables>;
export const SaveQuestionnaireDocument = {"__meta__":{"hash":"bfb03a2c78721ab0494226034c12c510540004a4412f82df3501797631461a1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveQuestionnaireInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionnaireRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleSv"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<SaveQuestionnaireMutation, SaveQuestionnaireMutationVariables>;
export const SendQuestionnaireDocument = {"__meta__":{"hash":"1b15b5bb408e3be8111ad67e62be791e5fa3c766f6b6fb989339d1f72a5ce441"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sendQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionnaireRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleSv"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<SendQuestionnaireMutation, SendQuestionnaireMutationVariables>;
export const RemindQuestionnaireDocument = {"__meta__":{"hash":"9e0d686a9c2d0c5c38c2fc1ab0454e90ae3931b457e913a4b6a258552e03a37e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemindQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"remindQuestionnaireRecipients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionnaireRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleSv"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<RemindQuestionnaireMutation, RemindQuestionnaireMutationVariables>;
export const CloseQuestionnaireDocument = {"__meta__":{"hash":"7ce446e8f0a2acec61df7d4e67e155a03b65e31db843e93738be7e95ba575275"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseQuestionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"closeQuestionnaire"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionnaireRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionnaireRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Questionnaire"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"titleSv"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"remindedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]} as unknown as DocumentNode<CloseQuestionnaireMutation, CloseQuestionnaireMutationVariables>;
export const QuestionnaireResultsDocument = {"__meta__":{"hash":"f86aa0b84fe862d06e82fe9dbc5a4672147c6067af76fc50bf284a2ac3826a4d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuestionnaireResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"questionnaireId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"questionnaireId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"questionnaireId"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"responseRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byCounty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"sum"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}},{"kind":"Field","name":{"kind":"Name","value":"chart"}},{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"share"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"textSv"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowsOther"}},{"kind":"Field","name":{"kind":"Name","value":"prefillCode"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matrixRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<QuestionnaireResultsQuery, QuestionnaireResultsQueryVariables>;
export const OpenQuestionnaireResponseDocument = {"__meta__":{"hash":"d6191434951544e23fa71c1501e644341a6f82950c2498126f63d4beeb941102"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenQuestionnaireResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"questionnaireId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"openQuestionnaireResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"questionnaireId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"questionnaireId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"otherText"}},{"kind":"Field","name":{"kind":"Name","value":"prefilled"}},{"kind":"Field","name":{"kind":"Name","value":"changedFromPrefill"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"matrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenQuestionnaireResponseMutation, OpenQuestionnaireResponseMutationVariables>;
export const SaveQuestionnaireAnswersDocument = {"__meta__":{"hash":"fa689c942c8f21d689cfe819752e4cb4a8fcdce498a5f8962fea46d5c8ec9caf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveQuestionnaireAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"responseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answers"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveQuestionnaireAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"responseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"responseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"answers"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answers"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"otherText"}},{"kind":"Field","name":{"kind":"Name","value":"prefilled"}},{"kind":"Field","name":{"kind":"Name","value":"changedFromPrefill"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"matrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveQuestionnaireAnswersMutation, SaveQuestionnaireAnswersMutationVariables>;
export const SubmitQuestionnaireResponseDocument = {"__meta__":{"hash":"daa2de5ce849f4004bb4bd61cc1aaaf5e74a4902b8ead2eb220140c396d0542e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitQuestionnaireResponse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"responseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitQuestionnaireResponse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"responseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"responseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponseFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponseFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireResponse"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"otherText"}},{"kind":"Field","name":{"kind":"Name","value":"prefilled"}},{"kind":"Field","name":{"kind":"Name","value":"changedFromPrefill"}},{"kind":"Field","name":{"kind":"Name","value":"value"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"choice"}},{"kind":"Field","name":{"kind":"Name","value":"choices"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"matrix"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubmitQuestionnaireResponseMutation, SubmitQuestionnaireResponseMutationVariables>;
export const QuestionnaireCountiesDocument = {"__meta__":{"hash":"968efa7eaa60784436e0954ef8a03ab774c4ab868fe091623b588b9c23f026e8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuestionnaireCounties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<QuestionnaireCountiesQuery, QuestionnaireCountiesQueryVariables>;
export const CreateQuestionDocument = {"__meta__":{"hash":"2c262589e26b1675acac039c9069af8ec39a59c29e79bb3b8c4743f6ef8a64e2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"createQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"textSv"}},{"kind":"Field","name":{"kind":"Name","value":"textEn"}},{"kind":"Field","name":{"kind":"Name","value":"allowsOther"}},{"kind":"Field","name":{"kind":"Name","value":"prefillCode"}},{"kind":"Field","name":{"kind":"Name","value":"choices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matrixRows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sv"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]} as unknown as DocumentNode<CreateQuestionMutation, CreateQuestionMutationVariables>;
export const QuestionnaireRecipientsDocument = {"__meta__":{"hash":"4ef8c129a2abfa383a9a5f386faad1f32972c2b40e0060fa5940c824d21670a1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"QuestionnaireRecipients"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"questionnaireId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionnaireResponseStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireRecipients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"questionnaireId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"questionnaireId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<QuestionnaireRecipientsQuery, QuestionnaireRecipientsQueryVariables>;
export const ReportDeadlinesDocument = {"__meta__":{"hash":"8f09c9cd42867ec3eb9db4132b1f0aa90ad40b06826bebfda2c2397717202fb8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportDeadlines"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportDeadlineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDeadlineView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedYear"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxUrl"}}]}}]} as unknown as DocumentNode<ReportDeadlinesQuery, ReportDeadlinesQueryVariables>;
export const ReportOverviewDocument = {"__meta__":{"hash":"d8060dda2145e8fe622f334147c99801060e90143865a8e32977885cc85de16b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"reportOverview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxUrl"}},{"kind":"Field","name":{"kind":"Name","value":"sections"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"tables"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"columns"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}},{"kind":"Field","name":{"kind":"Name","value":"charts"}}]}}]}}]}}]} as unknown as DocumentNode<ReportOverviewQuery, ReportOverviewQueryVariables>;
export const ReportSubmitDocument = {"__meta__":{"hash":"d2f45b5ece7eb5c705e95230c002dfba35f21d64fbedad26b257ed7ec3a969a7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadlineKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"deadlineKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadlineKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportDeadlineFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportDeadlineFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportDeadlineView"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"responsible"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"submittedYear"}},{"kind":"Field","name":{"kind":"Name","value":"canSubmit"}},{"kind":"Field","name":{"kind":"Name","value":"pdfUrl"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxUrl"}}]}}]} as unknown as DocumentNode<ReportSubmitMutation, ReportSubmitMutationVariables>;
export const SearchDocument = {"__meta__":{"hash":"be714fb8d7abafb4cc62ae1fe3306a6b2f2b8c0b902918ad5bdad36521494ec4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"term"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"term"},"value":{"kind":"Variable","name":{"kind":"Name","value":"term"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"term"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"hits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const CountiesDocument = {"__meta__":{"hash":"6bc8e8cbf7a7c6d904138504e9bc50d4bcb50f87d3e8c200408766a798ec4695"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"counties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CountiesQuery, CountiesQueryVariables>;
export const TrainingEventsDocument = {"__meta__":{"hash":"08653ea44263a6f23a41993741e5a91bbeed6a6b6f1e7ae9018620c84b9632d7"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withPlacesLeft"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEventStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisedByMe"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"trainingEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"withPlacesLeft"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withPlacesLeft"}}},{"kind":"Argument","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisedByMe"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisedByMe"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TrainingEventsQuery, TrainingEventsQueryVariables>;
export const TrainingEventDocument = {"__meta__":{"hash":"3dfb9fc2d8ac10daaaccdd80c647d85510cf2cdbd1127dc2f4fd4e09c0042b82"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"trainingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isOrganiser"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCountyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"quotaReleaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkInSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRegistrationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingEventQuery, TrainingEventQueryVariables>;
export const SaveTrainingEventDocument = {"__meta__":{"hash":"1087f83d977724a3e4009ce5bb2ee01e078909e77c0eb1532b4b0b6b3fe8a521"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveTrainingEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveTrainingEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveTrainingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isOrganiser"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCountyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"quotaReleaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkInSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRegistrationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SaveTrainingEventMutation, SaveTrainingEventMutationVariables>;
export const PublishTrainingEventDocument = {"__meta__":{"hash":"69b38feecd38b9d0f2f7253f404e32821828250ed600bd280f36ac0d66c84d1a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishTrainingEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"publishTrainingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isOrganiser"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCountyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"quotaReleaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkInSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRegistrationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PublishTrainingEventMutation, PublishTrainingEventMutationVariables>;
export const CompleteTrainingEventDocument = {"__meta__":{"hash":"c255c3b9d729604ef04ab69cd8938242ee8b697725b59452fca3087c33bd392e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteTrainingEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"completeTrainingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isOrganiser"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCountyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"quotaReleaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkInSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRegistrationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CompleteTrainingEventMutation, CompleteTrainingEventMutationVariables>;
export const CancelTrainingEventDocument = {"__meta__":{"hash":"cd061517240c045c6b1e4db8d81681bbd5f277eaecbb84553efac33f2986d465"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTrainingEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelTrainingEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isOrganiser"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCountyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"quotaReleaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkInSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRegistrationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CancelTrainingEventMutation, CancelTrainingEventMutationVariables>;
export const LogTrainingEventParticipationDocument = {"__meta__":{"hash":"380a4ace111268679491ec85b523b8deb65e96f6e3072244518dd28d56eadce5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogTrainingEventParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"counts"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationCountInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logTrainingEventParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"counts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"counts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"placesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistCount"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"onlineUrl"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"loggedOnly"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDeadline"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingEventRow"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedCount"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}},{"kind":"Field","name":{"kind":"Name","value":"isOrganiser"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleKinds"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCountyCodes"}},{"kind":"Field","name":{"kind":"Name","value":"quotaPerOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"quotaReleaseAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkInSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRegistrationFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participationLogs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LogTrainingEventParticipationMutation, LogTrainingEventParticipationMutationVariables>;
export const RegisterForTrainingDocument = {"__meta__":{"hash":"0b191b2f0d18a272e2757b7b48f4281151ee545bfbdf4c3d6d773fb67e713279"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterForTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participants"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipantInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"registerForTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"participants"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participants"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RegisterForTrainingMutation, RegisterForTrainingMutationVariables>;
export const CancelTrainingRegistrationDocument = {"__meta__":{"hash":"1d9f03ee2f7bdf2506a5887c94ecc8f84687a929cea805d0ef241f038d14e6bc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTrainingRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"cancelTrainingRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelTrainingRegistrationMutation, CancelTrainingRegistrationMutationVariables>;
export const MoveTrainingRegistrationDocument = {"__meta__":{"hash":"cbcf7126b8d6e28f15ed043ac6ec7da7e06666a5efea8754999eaf42ba6c71f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveTrainingRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistrationStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"moveTrainingRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MoveTrainingRegistrationMutation, MoveTrainingRegistrationMutationVariables>;
export const MarkAttendanceDocument = {"__meta__":{"hash":"5be7785405a904fe134aa4f7a82068a995c3e1f1632e1bcb0b0b136819efb892"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attended"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceStatus"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"markAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"registrationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"registrationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"sessionIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"attended"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attended"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRegistrationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MarkAttendanceMutation, MarkAttendanceMutationVariables>;
export const MyTrainingRegistrationsDocument = {"__meta__":{"hash":"50517760c8eb3a9747be0f82ef9395eb19983eb78f546e2d4e3df1447da86071"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTrainingRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"myTrainingRegistrations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrainingRegistrationFields"}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"calendarUrl"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrainingRegistrationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingRegistration"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}},{"kind":"Field","name":{"kind":"Name","value":"cancelledAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MyTrainingRegistrationsQuery, MyTrainingRegistrationsQueryVariables>;
export const CourseLeadersDocument = {"__meta__":{"hash":"e775196e026598f68d2645052a7bc4ba182de074d6422777d99eb158c3b375f9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseLeaders"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"courseLeaders"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"certifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"certificateUrl"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CourseLeadersQuery, CourseLeadersQueryVariables>;
export const CourseLeaderCoverageDocument = {"__meta__":{"hash":"141bd398a21997cc5ed42ec541aef3f2e913f2ae9c6b859d044a00d64d90fb4a"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CourseLeaderCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"courseLeaderCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"kommuner"}},{"kind":"Field","name":{"kind":"Name","value":"kommunerWithCourseLeader"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"regioner"}},{"kind":"Field","name":{"kind":"Name","value":"regionerWithCourseLeader"}},{"kind":"Field","name":{"kind":"Name","value":"courseLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"regionCourseLeaders"}},{"kind":"Field","name":{"kind":"Name","value":"courseLeadersFollowedUp"}},{"kind":"Field","name":{"kind":"Name","value":"localCourses"}},{"kind":"Field","name":{"kind":"Name","value":"localCourseParticipants"}}]}}]}}]} as unknown as DocumentNode<CourseLeaderCoverageQuery, CourseLeaderCoverageQueryVariables>;
export const LogLocalCourseDocument = {"__meta__":{"hash":"c361a6eaf539febc827b541ad809910c14a1f0499db3e2570243d9611f4ece7f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogLocalCourse"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"logLocalCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<LogLocalCourseMutation, LogLocalCourseMutationVariables>;
export const TrainingStatisticsDocument = {"__meta__":{"hash":"4b99cd8e2ba93bc46983096ca4393ec7aed9c4da8012b4fcfdbc3de93c7ae49b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"trainingStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"countyCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"countyCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"loggedParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"kommuner"}},{"kind":"Field","name":{"kind":"Name","value":"regioner"}},{"kind":"Field","name":{"kind":"Name","value":"organisations"}},{"kind":"Field","name":{"kind":"Name","value":"attendanceRate"}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"events"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unmetDemand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"countyCode"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"waitlisted"}}]}}]}}]}}]} as unknown as DocumentNode<TrainingStatisticsQuery, TrainingStatisticsQueryVariables>;
export const CheckInTrainingParticipantDocument = {"__meta__":{"hash":"b99f78455d90ddd5a6482855c5194741d7eebb771411488a43b4c97740625703"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInTrainingParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"checkInTrainingParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}},{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyCheckedIn"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CheckInTrainingParticipantMutation, CheckInTrainingParticipantMutationVariables>;
export const StaffMembersDocument = {"__meta__":{"hash":"1c27c7eeaca0fa11bf3da143ad7a79f126e50b28a4eab543ff9b57b5b8141724"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"staffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}}]}}]} as unknown as DocumentNode<StaffMembersQuery, StaffMembersQueryVariables>;
export const SaveStaffMemberDocument = {"__meta__":{"hash":"c8c1d4763e1ada073be7983646119f4d70fbd8e11fd3074c025636edcb549791"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"saveStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}}]}}]} as unknown as DocumentNode<SaveStaffMemberMutation, SaveStaffMemberMutationVariables>;
export const RemoveStaffMemberDocument = {"__meta__":{"hash":"8460e4c23f775ddc3e7208f76dc039798099a21fae0c9a7661b79decf0de2dc9"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveStaffMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"removeStaffMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveStaffMemberMutation, RemoveStaffMemberMutationVariables>;
export const PreviewStaffImportDocument = {"__meta__":{"hash":"64cf320a7c4a2eeade731914e23470382ec41fccbfb31f959461c4fffba6f5f1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewStaffImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"previewStaffImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workplace"}},{"kind":"Field","name":{"kind":"Name","value":"errors"}},{"kind":"Field","name":{"kind":"Name","value":"existing"}}]}}]}}]} as unknown as DocumentNode<PreviewStaffImportQuery, PreviewStaffImportQueryVariables>;
export const ImportStaffMembersDocument = {"__meta__":{"hash":"e9b9e661fa0513042e79ef6db1a62907bf96762b59eaeb6dd31eb79a06f2098c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportStaffMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"importStaffMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"added"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}}]}}]}}]} as unknown as DocumentNode<ImportStaffMembersMutation, ImportStaffMembersMutationVariables>;
export const UsersDocument = {"__meta__":{"hash":"1398f7720989e5f94eb5b93164a715619886adea1bf2ba906ecfe01b49f3ef38"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"signInBlockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assignableRoles"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const RoleDefinitionsDocument = {"__meta__":{"hash":"ba0b5418ce9888dbdc4502cba814e2ed943dc5b4c8ee0e247b7741d99f00273d"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"roleDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationKinds"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"}}]}}]}}]} as unknown as DocumentNode<RoleDefinitionsQuery, RoleDefinitionsQueryVariables>;
export const AssignableRolesDocument = {"__meta__":{"hash":"01a91040157daebea7c92d75bb32afc797b3dc7d0d677e7fa2bb22120b88ad42"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignableRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assignableRoles"}}]}}]}}]} as unknown as DocumentNode<AssignableRolesQuery, AssignableRolesQueryVariables>;
export const InviteUserDocument = {"__meta__":{"hash":"945c20982f205206b6c7ddad100a0a70ea57c0b58b5e8466417e2909fda29d36"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"signInBlockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assignableRoles"}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const SetUserRolesDocument = {"__meta__":{"hash":"239e5028062b7fb80555da2d2aa21619478c88087e7e3ecb282fc6eeaaced0ec"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"signInBlockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assignableRoles"}}]}}]}}]} as unknown as DocumentNode<SetUserRolesMutation, SetUserRolesMutationVariables>;
export const SetUserActiveDocument = {"__meta__":{"hash":"f8076c693e2c43e0575b6dafaf23accf59c506082c8ca198cb4e0644f6e46de2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"setUserActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"signInBlockedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assignableRoles"}}]}}]}}]} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;
export const LiftSignInThrottleDocument = {"__meta__":{"hash":"e9389f56ca761f12218aea0c621b1edd5a8d300054d5696ed2083d9c0e37a725"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiftSignInThrottle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"liftSignInThrottle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}]}]}}]} as unknown as DocumentNode<LiftSignInThrottleMutation, LiftSignInThrottleMutationVariables>;
export const ResetUserTwoFactorDocument = {"__meta__":{"hash":"a9664dca43626870a630221bcf6728c7c58bf86ff598b98e82f806bb650ae16e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"resetUserTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"twoFactorEnabled"}}]}}]}}]} as unknown as DocumentNode<ResetUserTwoFactorMutation, ResetUserTwoFactorMutationVariables>;
export const IdentityLinkRequestsDocument = {"__meta__":{"hash":"f0bfb5f85d7520194af9f63424ad91812cc7cd65c10f268f4de2adb5c45e3289"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IdentityLinkRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"identityLinkRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"requestedAt"}}]}}]}}]} as unknown as DocumentNode<IdentityLinkRequestsQuery, IdentityLinkRequestsQueryVariables>;
export const ApproveIdentityLinkRequestDocument = {"__meta__":{"hash":"bed7953c319c7b7c54cb6c3e21af4bd7939dd02a66f0028b3032540dd72f16c1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveIdentityLinkRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"approveIdentityLinkRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveIdentityLinkRequestMutation, ApproveIdentityLinkRequestMutationVariables>;
export const RejectIdentityLinkRequestDocument = {"__meta__":{"hash":"ea0e7fa8658f5c2a2734a97ce591595187cacbbf98d5f2f944cdd67540086fdd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectIdentityLinkRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"rejectIdentityLinkRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectIdentityLinkRequestMutation, RejectIdentityLinkRequestMutationVariables>;
export const WorkQueueDocument = {"__meta__":{"hash":"ccaf6d8859053950cb7309e0e8b1430e9a68bbbaf74f09aa551812dec920c577"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"workQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"link"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkQueueQuery, WorkQueueQueryVariables>;