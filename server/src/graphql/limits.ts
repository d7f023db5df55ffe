import type { ApolloServerPlugin } from "@apollo/server";
import type { IMiddlewareFunction } from "graphql-middleware";
import depthLimit from "graphql-depth-limit";
import { type ComplexityEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import {
  type DocumentNode,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
  getVariableValues,
  Kind,
  NoFragmentCyclesRule,
  type OperationDefinitionNode,
  validate,
} from "graphql";
import { CommonErrors } from "../shared/errors";
import { HITS_PER_KIND } from "../modules/search/search.types";
import { WORK_ITEMS_PER_KIND } from "../modules/work-queue/work-queue.types";
import type { Context } from "./context";

export const MAX_DEPTH = 10;

/**
 * The price of an operation is about how many values its answer can hold at most: every field costs
 * 1, a list costs its largest possible length times what each item asks for (so a list under a list
 * multiplies), and a resolver that aggregates over many rows adds its own fixed weight.
 */
export const MAX_COST = 100_000;

/** What one aggregating resolver (national tables, statistics, rankings) costs on its own: five fill a request. */
export const AGGREGATE_COST = MAX_COST / 5;

/**
 * Bounds used where the data has no hard limit of its own: the price assumes no more than this, so
 * an operation that nests such lists is refused long before it could build a large answer.
 */
export const PRICED_BOUNDS = {
  registrationsPerEvent: 500,
  participationLogsPerEvent: 300,
  membersPerNetwork: 60,
  contactsPerMember: 5,
  attendeesPerResponse: 10,
  peoplePerNetwork: 300,
  officersPerOrganisation: 300,
  meetingsPerNetwork: 24,
  actionItemsPerNetwork: 100,
  documentsPerMeeting: 20,
  organisations: 1000,
  ngoApplicationsPerRound: 300,
  versions: 100,
  consultationsPerApplication: 20,
  grantCalls: 200,
  rounds: 50,
  methods: 200,
} as const;

const KOMMUNER = 290;
const COUNTIES = 21;
const ENUM_VALUES = 20;
const SESSIONS_PER_EVENT = 30; // TrainingEventInput.sessions: ArrayMaxSize(30)
const AGENDA_ITEMS = 50; // ScheduleMeetingInput.agenda: ArrayMaxSize(50)
// SaveQuestionnaireInput.items, CreateQuestionInput.options and .matrixRows: ArrayMaxSize; MAX_MATRIX_COLUMNS.
const QUESTIONNAIRE = { questions: 50, choices: 20, rows: 20, columns: 8 } as const;

/**
 * The largest length of every list field that is not paginated (`limit`), keyed `Type.field`.
 * A list field missing here and without a `limit` argument fails tests/security/query-cost.test.ts.
 */
export const LIST_BOUNDS: Record<string, number> = {
  "GrantCall.assessmentCriteria": 20, // MAX_CRITERIA in modules/grants/assessment.service.ts
  "GrantCall.reviewers": 20, // MAX_REVIEWERS
  "GrantCall.eligibleReviewers": 500, // MAX_ELIGIBLE_REVIEWERS in modules/grants/eligible-reviewers.ts
  "DecisionAssessmentRecord.participants": 20,
  "DecisionAssessmentRecord.disqualified": 20,
  "ReviewTask.availableActions": ENUM_VALUES,
  "ReviewTask.scores": 20,
  "ApplicationAssessment.criteria": 20,
  "ApplicationAssessment.reviews": 20,
  "ReviewerScores.scores": 20,
  "Mutation.setAssessmentCriteria": 20,
  "Mutation.assignReviewers": 20,
  "Mutation.removeReviewer": 20, // MAX_REVIEWERS
  "GrantApplication.partialReports": 3, // a period of use ends at most three years after the round's year (multi-year.ts)
  "NgoApplicationDetails.eligibility": 10, // the conditions of ngo-eligibility.ts
  "GrantCaseThread.attachments": 30, // ATTACHMENTS_MAX in modules/grants/case-thread.service.ts
  "Query.signInProviders": 50,
  "Query.identityLinkRequests": 50,
  "TrainingRegistration.availableActions": ENUM_VALUES,
  "TrainingEvent.availableActions": ENUM_VALUES,
  "NetworkMeeting.availableActions": ENUM_VALUES,
  "MeetingMinutes.availableActions": ENUM_VALUES,
  "FundFollowUpDetails.assessmentMethods": 30,
  "FundFollowUpDetails.targetGroups": 30,
  "FundFollowUpDetails.usedByCategory": 10,
  "FundingStatistics.byRecipientKind": ENUM_VALUES,
  "FundingStatistics.groups": 50,
  "FundingStatistics.kommuner": KOMMUNER,
  "KommunUsage.declineReasons": ENUM_VALUES,
  "MyAllotment.availableActions": ENUM_VALUES,
  "DevelopmentFundRound.availableActions": ENUM_VALUES,
  "GrantApplication.availableActions": ENUM_VALUES,
  "GrantCall.availableActions": ENUM_VALUES,
  "GrantApplication.budgetLines": 50,
  "GrantApplication.purposeCategories": ENUM_VALUES,
  "GrantApplication.consultations": PRICED_BOUNDS.consultationsPerApplication,
  "GrantApplication.jointMembers": 10,
  "GrantApplication.versions": PRICED_BOUNDS.versions,
  "GrantApplication.presentingOfficers": PRICED_BOUNDS.officersPerOrganisation,
  "GrantCall.eligibleKinds": ENUM_VALUES,
  "LetterTemplateScope.placeholders": 20, // PLACEHOLDERS in letter-templates/letter-template.render.ts
  "GrantCall.statusCounts": ENUM_VALUES,
  "MeetingMinutes.decisions": 100,
  "MeetingMinutes.decisionItems": 100, // MinutesInput.decisionItems: ArrayMaxSize(100)
  "StimulusSummary.byOrganisation": PRICED_BOUNDS.organisations,
  "StimulusSummary.byPurpose": ENUM_VALUES,
  "StimulusRecipientSummary.purposes": ENUM_VALUES,
  "MeetingMinutes.history": PRICED_BOUNDS.versions,
  "MeetingResponse.attendees": PRICED_BOUNDS.attendeesPerResponse,
  "PersonalDataExtract.sections": ENUM_VALUES,
  "PersonalDataErasure.erased": ENUM_VALUES,
  "PersonalDataErasure.kept": ENUM_VALUES,
  "PersonalDataRetentionRun.erased": ENUM_VALUES,
  "Mutation.markDevelopmentFundsPaid": PRICED_BOUNDS.organisations,
  "Mutation.registerForTraining": 100,
  "Mutation.requestConsultation": 100,
  "Mutation.requestGrantCompletions": 100,
  "Mutation.remindGrantCompletions": 100,
  "Mutation.scheduleNetworkMeeting": 24,
  "Mutation.setNetworkContacts": 50,
  "Network.approverCandidates": PRICED_BOUNDS.peoplePerNetwork,
  "Network.members": PRICED_BOUNDS.membersPerNetwork,
  "Network.openActionItems": PRICED_BOUNDS.actionItemsPerNetwork,
  "Network.upcomingMeetings": PRICED_BOUNDS.meetingsPerNetwork,
  "NetworkMeeting.actionItems": PRICED_BOUNDS.actionItemsPerNetwork,
  "NetworkMeeting.agenda": AGENDA_ITEMS,
  "NetworkMeeting.attendance": PRICED_BOUNDS.membersPerNetwork,
  "NetworkMeeting.documents": PRICED_BOUNDS.documentsPerMeeting,
  "NetworkMeeting.responses": PRICED_BOUNDS.membersPerNetwork,
  "NetworkMembership.contacts": PRICED_BOUNDS.contactsPerMember,
  "NetworkStatistics.meetings": 100,
  "NetworkStatistics.notAttendedLast12Months": PRICED_BOUNDS.membersPerNetwork,
  "Organisation.assignableRoles": ENUM_VALUES,
  "Campaign.channels": ENUM_VALUES,
  "Campaign.methods": 20, // CampaignInput.methodIds: ArrayMaxSize(20)
  "MunicipalityVisit.topics": ENUM_VALUES,
  "Query.methods": PRICED_BOUNDS.methods,
  "Query.previewStaffImport": 500, // STAFF_IMPORT_MAX (modules/trainings/staff-list.service.ts)
  "StaffImportRow.errors": 4, // staffFieldErrors: name, e-mail, length, a duplicate row
  "Query.mySessions": 50, // MAX_LISTED_SESSIONS (auth/account.service.ts)
  "Mutation.confirmTwoFactorEnrolment": 10, // RECOVERY_CODE_COUNT (auth/two-factor.ts)
  "RegionalStrategy.availableStatuses": ENUM_VALUES,
  "Query.allocationPreview": PRICED_BOUNDS.organisations,
  "Query.counties": COUNTIES,
  "Query.courseLeaderCoverage": PRICED_BOUNDS.organisations,
  "Query.developmentFundRounds": PRICED_BOUNDS.rounds,
  "Query.grantCalls": PRICED_BOUNDS.grantCalls,
  "Query.ngoRanking": PRICED_BOUNDS.ngoApplicationsPerRound,
  "Query.notRequisitioned": PRICED_BOUNDS.organisations,
  "Query.overdueFollowUps": PRICED_BOUNDS.organisations,
  "Query.roleDefinitions": ENUM_VALUES,
  "RedistributionResult.rows": PRICED_BOUNDS.organisations,
  "RoleDefinition.abilities": 100,
  "RoleDefinition.organisationKinds": ENUM_VALUES,
  "TrainingEvent.eligibleCountyCodes": COUNTIES,
  "TrainingEvent.eligibleKinds": ENUM_VALUES,
  "TrainingEvent.participationLogs": PRICED_BOUNDS.participationLogsPerEvent,
  "TrainingEvent.registrations": PRICED_BOUNDS.registrationsPerEvent,
  "TrainingEvent.sessions": SESSIONS_PER_EVENT,
  "WorkQueue.groups": ENUM_VALUES,
  "WorkQueueGroup.items": WORK_ITEMS_PER_KIND,
  "SearchResults.groups": ENUM_VALUES,
  "SearchGroup.hits": HITS_PER_KIND,
  "TrainingRegistration.attendance": SESSIONS_PER_EVENT,
  "TrainingStatistics.byType": ENUM_VALUES,
  "TrainingStatistics.unmetDemand": PRICED_BOUNDS.organisations,
  // Reach rows: one per training type and county (and one for national bodies' events).
  "TrainingReach.byCounty": ENUM_VALUES * (COUNTIES + 1),
  "TrainingReach.totals": ENUM_VALUES,
  "TrainingReach.shares": ENUM_VALUES,
  "NetworksByTopic.topics": ENUM_VALUES,
  "NetworkTopicFigures.countyCodes": COUNTIES,
  "CountyWorkNational.methods": PRICED_BOUNDS.methods,
  // The yearly report: the decision's reporting dates, and the sections of the registry with their tables and charts.
  "Query.reportDeadlines": 10,
  // At most: a row per year, county, kommungrupp, training type, topic, or stimulus applicant (länsstyrelser and centres).
  "ReportOverview.sections": 10,
  "ReportSectionView.tables": 10,
  "ReportSectionView.charts": 5,
  "ReportTableView.columns": 10,
  "ReportTableView.rows": 100,
  "CountyWorkNational.byCounty": COUNTIES,
  "CountyBoardShare.countyCodes": COUNTIES,
  "MethodShare.countyCodes": COUNTIES,
  "AnswerValueView.choices": QUESTIONNAIRE.choices,
  "AnswerValueView.matrix": QUESTIONNAIRE.rows,
  "Question.choices": QUESTIONNAIRE.choices + 1,
  "Question.matrixRows": QUESTIONNAIRE.rows,
  "Question.options": QUESTIONNAIRE.choices,
  "Questionnaire.availableActions": ENUM_VALUES,
  "Questionnaire.questions": QUESTIONNAIRE.questions,
  "QuestionnaireResponse.answers": QUESTIONNAIRE.questions,
  "QuestionnaireResponse.availableActions": ENUM_VALUES,
  "QuestionnaireResults.byCounty": COUNTIES,
  "QuestionnaireResults.questions": QUESTIONNAIRE.questions,
  "QuestionResult.cells": QUESTIONNAIRE.rows * QUESTIONNAIRE.columns,
  "QuestionResult.choices": QUESTIONNAIRE.choices + 1,
  "User.abilities": 100,
  "User.roles": ENUM_VALUES,
  "Questionnaire.coreCodes": QUESTIONNAIRE.questions,
  "GrantApplication.followUpAnswers": QUESTIONNAIRE.questions,
  "PartialReport.answers": QUESTIONNAIRE.questions,
  "DevelopmentFundFollowUpForm.questions": QUESTIONNAIRE.questions,
  "FollowUpTables.groups": 50,
  "FollowUpTable.rows": QUESTIONNAIRE.choices + 1,
  "FollowUpCodeRow.byGroup": 50,
};

/** Resolvers that read and aggregate many rows, whatever the answer asks for: a fixed weight each. */
export const FIXED_COSTS: Record<string, number> = {
  "Query.fundingStatistics": AGGREGATE_COST,
  "Query.developmentFundFollowUpTables": AGGREGATE_COST,
  "Query.developmentFundFollowUpForm": AGGREGATE_COST / 10,
  "Query.trainingStatistics": AGGREGATE_COST,
  "Query.networkStatistics": AGGREGATE_COST,
  "Query.trainingReach": AGGREGATE_COST,
  "Query.networksByTopic": AGGREGATE_COST,
  "Query.countyWorkNational": AGGREGATE_COST,
  "Query.reportOverview": AGGREGATE_COST,
  "Query.allocationPreview": AGGREGATE_COST,
  "Query.ngoRanking": AGGREGATE_COST,
  "Query.courseLeaderCoverage": AGGREGATE_COST,
  "Query.questionnaireResults": AGGREGATE_COST,
  "Query.questionnaireResponseRate": AGGREGATE_COST / 10,
  "Query.notRequisitioned": AGGREGATE_COST / 2,
  "Query.myAllotment": AGGREGATE_COST / 2,
  "Query.overdueFollowUps": AGGREGATE_COST / 10,
  "Query.stimulusSummary": AGGREGATE_COST / 2,
  "Mutation.redistributeDevelopmentFunds": AGGREGATE_COST,
};

/** A `Page` type's `items` are bounded by the `limit` of the field that returns the page (see pageEstimator). */
export const isPageItems = (typeName: string, fieldName: string) => fieldName === "items" && typeName.endsWith("Page");

/**
 * A paginated field costs its page size times what each item asks for; any other list its bound from
 * LIST_BOUNDS. The page size is taken as asked (at least 1), so a negative `limit` (refused later)
 * cannot cancel out the cost of the other fields, and a `limit` above what the API accepts is priced
 * as asked, not as the largest page.
 */
const boundedEstimator: ComplexityEstimator = ({ type, field, node, args, childComplexity }) => {
  // The __typename Apollo Client's cache adds to every selection is one key, however often it is
  // repeated, and reads nothing: free. Under an alias each copy is a value of its own and costs 1.
  if (field.name === "__typename" && !node.alias) return 0;
  const key = `${type.name}.${field.name}`;
  const fixed = FIXED_COSTS[key] ?? 0;
  const size = typeof args?.limit === "number" ? Math.max(args.limit, 1) : LIST_BOUNDS[key];
  if (size === undefined) return fixed ? fixed + 1 + childComplexity : undefined;
  return fixed + 1 + size * Math.max(1, childComplexity);
};

export function operationCost(schema: GraphQLSchema, query: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({ schema, query, operationName, variables, estimators: [boundedEstimator, simpleEstimator({ defaultComplexity: 1 })] });
}

/**
 * graphql-depth-limit follows fragment spreads without remembering where it has been, so a fragment
 * that spreads itself overflows the stack. Such a document is refused by graphql's own
 * NoFragmentCyclesRule; the depth is measured only for documents without cycles.
 */
const unguardedDepthRule = depthLimit(MAX_DEPTH);
export const depthRule: ValidationRule = (context: ValidationContext) => {
  const document = context.getDocument();
  const hasFragments = document.definitions.some((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  if (hasFragments && validate(context.getSchema(), document, [NoFragmentCyclesRule]).length > 0) return {};
  return unguardedDepthRule(context);
};

/** Refuses operations whose estimated cost exceeds MAX_COST before anything runs. */
/**
 * What an operation's price depends on besides its text: the values of its Int, Boolean and enum
 * variables (page sizes, @include/@skip, enums that pick a list). Strings, ids and input objects
 * change nothing in the price, so a thousand requests of one page with different ids are priced once.
 */
function priceKey(operation: OperationDefinitionNode, operationName: string | undefined, variables: Record<string, unknown>): string {
  const shape: unknown[] = [operationName ?? ""];
  for (const def of operation.variableDefinitions ?? []) {
    let type = def.type;
    while (type.kind !== Kind.NAMED_TYPE) type = type.type;
    const name = def.variable.name.value;
    if (type.name.value !== "String" && type.name.value !== "ID" && !/Input$/.test(type.name.value)) shape.push(name, variables[name] ?? null);
  }
  return JSON.stringify(shape);
}

/** Prices kept per parsed document (Apollo keeps one per query text), a few variable shapes each. */
const PRICES_PER_DOCUMENT = 20;

export function costLimitPlugin(schema: () => GraphQLSchema): ApolloServerPlugin {
  const prices = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, operation }) {
          const variables = request.variables ?? {};
          const key = operation ? priceKey(operation, request.operationName ?? undefined, variables) : undefined;
          let known = prices.get(document);
          let cost = key === undefined ? undefined : known?.get(key);
          if (cost === undefined) {
            // Variables that do not fit their declared types cannot be costed; execution refuses them
            // as BAD_USER_INPUT before any resolver runs.
            if (operation && getVariableValues(schema(), operation.variableDefinitions ?? [], variables).errors) return;
            cost = operationCost(schema(), document, variables, request.operationName ?? undefined);
            if (key !== undefined) {
              if (!known) prices.set(document, (known = new Map()));
              if (known.size >= PRICES_PER_DOCUMENT) known.delete(known.keys().next().value!);
              known.set(key, cost);
            }
          }
          if (cost > MAX_COST) throw CommonErrors.queryTooComplex({ cost, max: MAX_COST }, { http: { status: 400 } });
        },
      };
    },
  };
}

/**
 * Once a request's deadline has passed, every field still to be resolved fails at once: the rest of
 * the operation does no work (no resolver, no loader, no SQL), and the answer says so with
 * SERVICE_UNAVAILABLE and HTTP 503. The check is a clock read, so it also stops work that never
 * yields to the event loop, where a timer could not fire.
 *
 * A mutation that has started is answered in full (what it changed is committed, so its answer must
 * say so); only the mutations after it in the same request are not started.
 */
export const deadlineMiddleware: IMiddlewareFunction<unknown, Context> = (resolve, root, args, context, info) => {
  const startedMutation = info.operation.operation === "mutation" && info.path.prev !== undefined;
  if (!startedMutation && context?.deadline !== undefined && Date.now() >= context.deadline) {
    throw CommonErrors.requestTimedOut(undefined, { http: { status: 503 } });
  }
  return resolve(root, args, context, info);
};

/** One timeout error per answer is enough: the fields that were not resolved do not each repeat it. */
export const timeoutAnswerPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
        const errors = response.body.singleResult.errors;
        const timedOut = errors.filter((e) => e.extensions?.messageKey === "common.requestTimedOut");
        if (timedOut.length > 1)
          response.body.singleResult.errors = [...errors.filter((e) => !timedOut.includes(e)), { ...timedOut[0], path: undefined, locations: undefined }];
      },
    };
  },
};
