import { GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { applyMiddleware } from "graphql-middleware";
import { buildSchema, type NonEmptyArray } from "type-graphql";
import { AccountResolver } from "../auth/account.resolver";
import { AuthResolver, SignInThrottleFields } from "../auth/auth.resolver";
import { OidcResolver } from "../auth/oidc/oidc.resolver";
import { ConsultationRequestFields, GrantApplicationFields, GrantCallFields } from "../modules/grants/grant.fields";
import { GrantResolver } from "../modules/grants/grant.resolver";
import { AssessmentApplicationFields, AssessmentCallFields, AssessmentResolver } from "../modules/grants/assessment.resolver";
import { CaseThreadResolver, GrantAttachmentFields, GrantCaseEntryFields, GrantCaseThreadFields } from "../modules/grants/case-thread.resolver";
import {
  CourseLeaderFields,
  TrainingEventFields,
  TrainingParticipationLogFields,
  TrainingReachFields,
  TrainingRegistrationFields,
} from "../modules/trainings/training.fields";
import { TrainingResolver } from "../modules/trainings/training.resolver";
import {
  MeetingAttendanceFields,
  MeetingDocumentFields,
  MeetingMinutesFields,
  MeetingResponseFields,
  MeetingDecisionFields,
  NetworkFields,
  NetworkMeetingFields,
  NetworksByTopicFields,
} from "../modules/networks/network.fields";
import { NetworkResolver } from "../modules/networks/network.resolver";
import {
  AllotmentFields,
  DevelopmentFundApplicationFields,
  PartialReportFields,
  NgoApplicationDetailsFields,
  DevelopmentFundRoundFields,
  FollowUpTableFields,
  JointRequisitionMemberFields,
} from "../modules/development-funds/development-fund.fields";
import { DevelopmentFundResolver } from "../modules/development-funds/development-fund.resolver";
import {
  AnswerFields,
  QuestionFields,
  QuestionnaireFields,
  QuestionnaireResponseFields,
  QuestionResultFields,
} from "../modules/questionnaires/questionnaire.fields";
import { QuestionnaireResolver } from "../modules/questionnaires/questionnaire.resolver";
import {
  CampaignFields,
  CountyWorkNationalFields,
  MethodSpreadFields,
  MunicipalityVisitFields,
  RegionalStrategyFields,
} from "../modules/county-work/county-work.fields";
import { CountyWorkResolver } from "../modules/county-work/county-work.resolver";
import { ReportResolver } from "../modules/reports/report.resolver";
import { AuditResolver } from "../modules/audit/audit.resolver";
import { NotificationResolver } from "../modules/notifications/notification.resolver";
import { OrganisationFields } from "../modules/organisations/organisation.fields";
import { OrganisationResolver } from "../modules/organisations/organisation.resolver";
import { RoleResolver } from "../modules/users/role.resolver";
import { OrganisationAdministrationFields, UserFields } from "../modules/users/user.fields";
import { UserResolver } from "../modules/users/user.resolver";
import { SearchResolver } from "../modules/search/search.resolver";
import { WorkQueueResolver } from "../modules/work-queue/work-queue.resolver";
import { PlatformResolver } from "../modules/platform/platform.resolver";
import { LetterTemplateResolver } from "../modules/letter-templates/letter-template.resolver";
import { PersonalDataResolver } from "../modules/personal-data/personal-data.resolver";
import { buildPermissionMiddleware } from "../permissions";
import { deadlineMiddleware } from "./limits";
import { wellFormedInputMiddleware } from "./well-formed-input";

export const RESOLVERS: NonEmptyArray<Function> = [
  AuthResolver,
  AccountResolver,
  OidcResolver,
  SignInThrottleFields,
  UserResolver,
  UserFields,
  OrganisationAdministrationFields,
  RoleResolver,
  OrganisationResolver,
  OrganisationFields,
  AuditResolver,
  NotificationResolver,
  GrantResolver,
  CaseThreadResolver,
  GrantCaseThreadFields,
  GrantCaseEntryFields,
  GrantAttachmentFields,
  GrantCallFields,
  GrantApplicationFields,
  ConsultationRequestFields,
  AssessmentResolver,
  AssessmentCallFields,
  AssessmentApplicationFields,
  TrainingResolver,
  TrainingEventFields,
  TrainingRegistrationFields,
  CourseLeaderFields,
  TrainingParticipationLogFields,
  TrainingReachFields,
  NetworkResolver,
  NetworkFields,
  NetworkMeetingFields,
  NetworksByTopicFields,
  MeetingMinutesFields,
  MeetingResponseFields,
  MeetingDecisionFields,
  MeetingAttendanceFields,
  MeetingDocumentFields,
  DevelopmentFundResolver,
  DevelopmentFundRoundFields,
  AllotmentFields,
  DevelopmentFundApplicationFields,
  PartialReportFields,
  NgoApplicationDetailsFields,
  JointRequisitionMemberFields,
  FollowUpTableFields,
  QuestionnaireResolver,
  QuestionFields,
  QuestionnaireFields,
  QuestionnaireResponseFields,
  AnswerFields,
  QuestionResultFields,
  CountyWorkResolver,
  MunicipalityVisitFields,
  CampaignFields,
  MethodSpreadFields,
  CountyWorkNationalFields,
  RegionalStrategyFields,
  WorkQueueResolver,
  SearchResolver,
  ReportResolver,
  PlatformResolver,
  LetterTemplateResolver,
  PersonalDataResolver,
];

/** The schema as the code declares it, without permissions (for the SDL and the permission tests). */
export async function buildBareSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    validate: { forbidUnknownValues: false, validationError: { target: false, value: false } },
    emitSchemaFile: false,
  });
}

/**
 * The schema served: no field resolved once the request's time is up, every field behind the
 * permission map, and ids and text checked before any resolver sees them.
 */
export async function buildServedSchema(): Promise<GraphQLSchema> {
  const schema = await buildBareSchema();
  return applyMiddleware(schema, deadlineMiddleware, buildPermissionMiddleware(schema), wellFormedInputMiddleware(schema));
}

/** The SDL committed as schema/schema.graphql. */
export function printSdl(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema)) + "\n";
}
