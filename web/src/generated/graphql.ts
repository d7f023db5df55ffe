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

export type AttendanceStatus =
  | 'ABSENT'
  | 'ATTENDED'
  | 'EXCUSED';

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

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Bearer token for API clients; the web app uses the httpOnly cookie set alongside */
  token: Scalars['String']['output'];
  user: User;
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

export type County = {
  __typename?: 'County';
  code: Scalars['String']['output'];
  name: Scalars['String']['output'];
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
  courseLeaders: Scalars['Int']['output'];
  kommuner: Scalars['Int']['output'];
  kommunerWithCourseLeader: Scalars['Int']['output'];
  localCourseParticipants: Scalars['Int']['output'];
  /** Local basic courses run by the county's kursledare */
  localCourses: Scalars['Int']['output'];
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
  opensAt: Scalars['DateTimeISO']['input'];
  programme?: GrantProgramme;
  title: Scalars['String']['input'];
  year: Scalars['Int']['input'];
};

export type DecisionInput = {
  /** Required when partially approved; approved grants the requested amount; rejected grants 0 */
  grantedAmount?: InputMaybe<Scalars['Int']['input']>;
  motivation: Scalars['String']['input'];
  outcome: DecisionOutcome;
};

/** Beslut: beviljad, delvis beviljad, avslag */
export type DecisionOutcome =
  | 'APPROVED'
  | 'PARTIALLY_APPROVED'
  | 'REJECTED';

export type FollowUpInput = {
  /** What was done with the money */
  report: Scalars['String']['input'];
  usedAmount: Scalars['Int']['input'];
};

export type GrantApplication = {
  __typename?: 'GrantApplication';
  budgetLines: Array<BudgetLine>;
  call: GrantCall;
  completionDueDate?: Maybe<Scalars['String']['output']>;
  completionMessage?: Maybe<Scalars['String']['output']>;
  /** Remisser and their answers */
  consultations: Array<ConsultationRequest>;
  contactEmail: Scalars['String']['output'];
  contactName: Scalars['String']['output'];
  contactPhone?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Where to download the decision letter (PDF), once decided */
  decisionLetterUrl?: Maybe<Scalars['String']['output']>;
  diarienummer?: Maybe<Scalars['String']['output']>;
  followUpReport?: Maybe<Scalars['String']['output']>;
  followUpSubmittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  grantedAmount?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  motivation?: Maybe<Scalars['String']['output']>;
  organisation: Organisation;
  outcome?: Maybe<DecisionOutcome>;
  paidAt?: Maybe<Scalars['DateTimeISO']['output']>;
  periodEnd?: Maybe<Scalars['String']['output']>;
  periodStart?: Maybe<Scalars['String']['output']>;
  plannedActivities: Scalars['String']['output'];
  purpose: Scalars['String']['output'];
  repaidAt?: Maybe<Scalars['DateTimeISO']['output']>;
  repaymentAmount?: Maybe<Scalars['Int']['output']>;
  requestedAmount: Scalars['Int']['output'];
  status: GrantApplicationStatus;
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  targetGroups: Scalars['String']['output'];
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  usedAmount?: Maybe<Scalars['Int']['output']>;
  version: Scalars['Int']['output'];
  /** Every submitted version, oldest first */
  versions: Array<GrantApplicationVersion>;
};

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
  | 'COMPLETION_REQUESTED'
  | 'CONSULTED'
  | 'DRAFT'
  | 'IN_CONSULTATION'
  | 'PAID'
  | 'PARTIALLY_APPROVED'
  | 'REJECTED'
  | 'REPAID'
  | 'REPAYMENT_DUE'
  | 'REPORTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type GrantApplicationVersion = {
  __typename?: 'GrantApplicationVersion';
  content: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  submittedAt: Scalars['DateTimeISO']['output'];
  version: Scalars['Int']['output'];
};

export type GrantCall = {
  __typename?: 'GrantCall';
  budget: Scalars['Int']['output'];
  closesAt: Scalars['DateTimeISO']['output'];
  consultationDays: Scalars['Int']['output'];
  /** Remissinstans */
  consultationOrganisation?: Maybe<Organisation>;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  eligibleKinds: Array<OrganisationKind>;
  followUpDueDate: Scalars['String']['output'];
  /** Applications granted money */
  grantedCount: Scalars['Int']['output'];
  grantedTotal: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Applications can be submitted now */
  isOpen: Scalars['Boolean']['output'];
  opensAt: Scalars['DateTimeISO']['output'];
  programme: GrantProgramme;
  /** Budget not yet granted */
  remaining: Scalars['Int']['output'];
  /** Sum requested by submitted applications (withdrawn ones excluded) */
  requestedTotal: Scalars['Int']['output'];
  statusCounts: Array<GrantStatusCount>;
  title: Scalars['String']['output'];
  year: Scalars['Int']['output'];
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

/** Invite a person to an organisation with the given roles */
export type InviteUserInput = {
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  roles: Array<Role>;
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

export type Mutation = {
  __typename?: 'Mutation';
  /** Set a password from an invitation and sign in */
  acceptInvitation: AuthPayload;
  /** Cancel the event; everyone registered is notified */
  cancelTrainingEvent: TrainingEvent;
  /** Cancel a registration; the first waitlisted person who fits is promoted */
  cancelTrainingRegistration: TrainingRegistration;
  /** Mark a held event completed */
  completeTrainingEvent: TrainingEvent;
  createGrantCall: GrantCall;
  decideGrantApplication: GrantApplication;
  /** Invite a person; they receive an e-mail to set a password */
  inviteUser: User;
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
  markGrantPaid: GrantApplication;
  /** Mark notifications read (all when ids is omitted); returns how many changed */
  markNotificationsRead: Scalars['Int']['output'];
  markRepaymentReceived: GrantApplication;
  /** The organiser moves a person between the waitlist and a confirmed seat */
  moveTrainingRegistration: TrainingRegistration;
  publishTrainingEvent: TrainingEvent;
  /** Register staff; each is confirmed while seats and quota allow, otherwise waitlisted */
  registerForTraining: Array<TrainingRegistration>;
  /** Send applications to the consultation body (remiss) */
  requestConsultation: Array<GrantApplication>;
  /** Return a submitted application to the applicant for completion (komplettering) */
  requestGrantCompletion: GrantApplication;
  /** Create (with callId) or update (with id) a draft application */
  saveGrantApplication: GrantApplication;
  /** Create (without id) or update a training event */
  saveTrainingEvent: TrainingEvent;
  /** Deactivate (ends every session) or reactivate an account */
  setUserActive: User;
  setUserRoles: User;
  submitConsultationOpinion: ConsultationRequest;
  submitGrantApplication: GrantApplication;
  /** File the follow-up report (återrapportering) */
  submitGrantFollowUp: GrantApplication;
  withdrawGrantApplication: GrantApplication;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationCancelTrainingEventArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationCancelTrainingRegistrationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCompleteTrainingEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateGrantCallArgs = {
  input: CreateGrantCallInput;
};


export type MutationDecideGrantApplicationArgs = {
  id: Scalars['ID']['input'];
  input: DecisionInput;
};


export type MutationInviteUserArgs = {
  input: InviteUserInput;
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


export type MutationMarkGrantPaidArgs = {
  id: Scalars['ID']['input'];
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


export type MutationPublishTrainingEventArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRegisterForTrainingArgs = {
  eventId: Scalars['ID']['input'];
  participants: Array<ParticipantInput>;
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


export type MutationSaveGrantApplicationArgs = {
  input: SaveGrantApplicationInput;
};


export type MutationSaveTrainingEventArgs = {
  input: SaveTrainingEventInput;
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


export type MutationSubmitGrantApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitGrantFollowUpArgs = {
  id: Scalars['ID']['input'];
  input: FollowUpInput;
};


export type MutationWithdrawGrantApplicationArgs = {
  id: Scalars['ID']['input'];
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

export type Organisation = {
  __typename?: 'Organisation';
  code: Scalars['String']['output'];
  county?: Maybe<County>;
  countyCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  municipalityGroupCode?: Maybe<Scalars['String']['output']>;
  municipalityGroupName?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
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

export type Query = {
  __typename?: 'Query';
  /** Who changed what and when, newest first */
  auditLog: AuditEntryPage;
  /** The consultation body's queue */
  consultationRequests: Array<ConsultationRequest>;
  /** The 21 län */
  counties: Array<County>;
  courseLeaderCoverage: Array<CourseLeaderCoverage>;
  /** Certified kursledare: a kommun its own, a länsstyrelse its county, Socialstyrelsen and analysts all */
  courseLeaders: CourseLeaderPage;
  grantApplication: GrantApplication;
  /** Applications the signed-in user may see: their own organisation's, everything for Socialstyrelsen and analysts, what was sent for consultation for the consultation body */
  grantApplications: GrantApplicationPage;
  grantCall: GrantCall;
  /** Grant calls (utlysningar), newest first */
  grantCalls: Array<GrantCall>;
  /** The signed-in user, or null */
  me?: Maybe<User>;
  /** My organisation's registrations, latest events first */
  myTrainingRegistrations: Array<TrainingRegistration>;
  /** The signed-in user's notifications, newest first */
  notifications: NotificationPage;
  organisation?: Maybe<Organisation>;
  /** Organisations, filtered by kind, county or name */
  organisations: OrganisationPage;
  /** E-mails queued or sent by the platform */
  outboxMails: OutboxMailPage;
  roleDefinitions: Array<RoleDefinition>;
  trainingEvent: TrainingEvent;
  /** Published training events (and the organiser's own drafts), soonest first */
  trainingEvents: TrainingEventPage;
  trainingStatistics: TrainingStatistics;
  unreadNotificationCount: Scalars['Int']['output'];
  /** People of an organisation */
  users: UserPage;
};


export type QueryAuditLogArgs = {
  action?: InputMaybe<Scalars['String']['input']>;
  actorOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  entityId?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};


export type QueryConsultationRequestsArgs = {
  openOnly?: Scalars['Boolean']['input'];
};


export type QueryCourseLeadersArgs = {
  countyCode?: InputMaybe<Scalars['String']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  organisationId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryGrantApplicationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGrantApplicationsArgs = {
  callId?: InputMaybe<Scalars['ID']['input']>;
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<GrantApplicationStatus>>;
};


export type QueryGrantCallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryGrantCallsArgs = {
  programme?: InputMaybe<GrantProgramme>;
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

export type RegistrationStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'WAITLISTED';

/** A named bundle of abilities */
export type Role =
  | 'ADMIN'
  | 'ANALYTIKER'
  | 'IDEELL_ORGANISATION'
  | 'JAMSTALLDHETSMYNDIGHETEN'
  | 'KOMMUN_SAMORDNARE'
  | 'LANSSTYRELSE_UTVECKLINGSLEDARE'
  | 'NATIONELLT_KUNSKAPSCENTRUM'
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
  requestedAmount?: InputMaybe<Scalars['Int']['input']>;
  targetGroups?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
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

export type TrainingAttendance = {
  __typename?: 'TrainingAttendance';
  sessionId: Scalars['ID']['output'];
  status: AttendanceStatus;
};

export type TrainingEvent = {
  __typename?: 'TrainingEvent';
  /** iCalendar file of the event's sessions */
  calendarUrl: Scalars['String']['output'];
  cancelReason?: Maybe<Scalars['String']['output']>;
  capacity: Scalars['Int']['output'];
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

export type TrainingRegistration = {
  __typename?: 'TrainingRegistration';
  attendance: Array<TrainingAttendance>;
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
  /** What the user may do, from their roles */
  abilities: Array<Scalars['String']['output']>;
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Invited but has not yet set a password */
  invitationPending: Scalars['Boolean']['output'];
  lastLoginAt?: Maybe<Scalars['DateTimeISO']['output']>;
  name: Scalars['String']['output'];
  organisation: Organisation;
  roles: Array<Role>;
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

export type AuditLogQueryVariables = Exact<{
  action?: InputMaybe<Scalars['String']['input']>;
  entityType?: InputMaybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type AuditLogQuery = { __typename?: 'Query', auditLog: { __typename?: 'AuditEntryPage', total: number, offset: number, limit: number, hasMore: boolean, items: Array<{ __typename?: 'AuditEntry', id: string, occurredAt: string, action: string, entityType: string, entityId: string, before?: unknown | null, after?: unknown | null, requestId?: string | null, actor?: { __typename?: 'User', id: string, name: string, email: string } | null, actorOrganisation?: { __typename?: 'Organisation', id: string, name: string } | null }> } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, abilities: Array<string>, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } } | null };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', user: { __typename?: 'User', id: string, name: string } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { __typename?: 'Mutation', logout: boolean };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { __typename?: 'Mutation', acceptInvitation: { __typename?: 'AuthPayload', user: { __typename?: 'User', id: string, name: string } } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { __typename?: 'Query', unreadNotificationCount: number };

export type NotificationsQueryVariables = Exact<{
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type NotificationsQuery = { __typename?: 'Query', unreadNotificationCount: number, notifications: { __typename?: 'NotificationPage', total: number, offset: number, limit: number, hasMore: boolean, items: Array<{ __typename?: 'Notification', id: string, kind: string, title: string, body: string, link?: string | null, createdAt: string, readAt?: string | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type OutboxMailsQueryVariables = Exact<{
  status?: InputMaybe<OutboxStatus>;
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type OutboxMailsQuery = { __typename?: 'Query', outboxMails: { __typename?: 'OutboxMailPage', total: number, offset: number, limit: number, hasMore: boolean, items: Array<{ __typename?: 'OutboxMail', id: string, toAddress: string, subject: string, textBody: string, status: OutboxStatus, attempts: number, lastError?: string | null, createdAt: string, sentAt?: string | null, nextAttemptAt: string }> } };

export type OrganisationDetailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationDetailsQuery = { __typename?: 'Query', organisation?: { __typename?: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind, population?: number | null, populationYear?: number | null, municipalityGroupCode?: string | null, municipalityGroupName?: string | null, county?: { __typename?: 'County', code: string, name: string } | null } | null };

export type OrganisationSearchQueryVariables = Exact<{
  search?: InputMaybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
}>;


export type OrganisationSearchQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationPage', total: number, items: Array<{ __typename?: 'Organisation', id: string, code: string, name: string, kind: OrganisationKind, county?: { __typename?: 'County', code: string, name: string } | null }> } };

export type UserRowFragment = { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, active: boolean, invitationPending: boolean, lastLoginAt?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } };

export type UsersQueryVariables = Exact<{
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  limit: Scalars['Int']['input'];
  offset: Scalars['Int']['input'];
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserPage', total: number, offset: number, limit: number, hasMore: boolean, items: Array<{ __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, active: boolean, invitationPending: boolean, lastLoginAt?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } }> } };

export type RoleDefinitionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RoleDefinitionsQuery = { __typename?: 'Query', roleDefinitions: Array<{ __typename?: 'RoleDefinition', role: Role, organisationKinds: Array<OrganisationKind>, abilities: Array<string> }> };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { __typename?: 'Mutation', inviteUser: { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, active: boolean, invitationPending: boolean, lastLoginAt?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } } };

export type SetUserRolesMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  roles: Array<Role> | Role;
}>;


export type SetUserRolesMutation = { __typename?: 'Mutation', setUserRoles: { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, active: boolean, invitationPending: boolean, lastLoginAt?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } } };

export type SetUserActiveMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  active: Scalars['Boolean']['input'];
}>;


export type SetUserActiveMutation = { __typename?: 'Mutation', setUserActive: { __typename?: 'User', id: string, name: string, email: string, roles: Array<Role>, active: boolean, invitationPending: boolean, lastLoginAt?: string | null, organisation: { __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind } } };

export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actorOrganisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const AcceptInvitationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptInvitation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcceptInvitationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptInvitation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const OutboxMailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutboxMails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OutboxStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outboxMails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"toAddress"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"textBody"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}}]}}]}}]}}]} as unknown as DocumentNode<OutboxMailsQuery, OutboxMailsQueryVariables>;
export const OrganisationDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"populationYear"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityGroupCode"}},{"kind":"Field","name":{"kind":"Name","value":"municipalityGroupName"}}]}}]}}]} as unknown as DocumentNode<OrganisationDetailsQuery, OrganisationDetailsQueryVariables>;
export const OrganisationSearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"county"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationSearchQuery, OrganisationSearchQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organisationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organisationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"offset"}},{"kind":"Field","name":{"kind":"Name","value":"limit"}},{"kind":"Field","name":{"kind":"Name","value":"hasMore"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const RoleDefinitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoleDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roleDefinitions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisationKinds"}},{"kind":"Field","name":{"kind":"Name","value":"abilities"}}]}}]}}]} as unknown as DocumentNode<RoleDefinitionsQuery, RoleDefinitionsQueryVariables>;
export const InviteUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InviteUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inviteUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<InviteUserMutation, InviteUserMutationVariables>;
export const SetUserRolesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserRoles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"roles"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Role"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserRoles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"roles"},"value":{"kind":"Variable","name":{"kind":"Name","value":"roles"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SetUserRolesMutation, SetUserRolesMutationVariables>;
export const SetUserActiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserActive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"active"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserActive"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"active"},"value":{"kind":"Variable","name":{"kind":"Name","value":"active"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastLoginAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]} as unknown as DocumentNode<SetUserActiveMutation, SetUserActiveMutationVariables>;