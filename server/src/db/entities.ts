import { GrantPartialReport, GrantPartialReportAnswer, GrantPartialReportReminder } from "../modules/grants/partial-report.entity";
import { AccountToken, RecoveryCode } from "../auth/account-token.entity";
import { LoginAttempt } from "../auth/login-attempt.entity";
import { SignInThrottle } from "../auth/sign-in-throttle.entity";
import { Session } from "../auth/session.entity";
import { IdentityLinkRequest, IdentityProvider, UserIdentity } from "../auth/oidc/identity-provider.entity";
import { AuditEntry } from "../modules/audit/audit-entry.entity";
import { Notification } from "../modules/notifications/notification.entity";
import { OutboxMail } from "../modules/notifications/outbox-mail.entity";
import { County } from "../modules/organisations/county.entity";
import { Organisation } from "../modules/organisations/organisation.entity";
import { User } from "../modules/users/user.entity";
import { ConsultationRequest } from "../modules/grants/consultation.entity";
import { GrantApplicationVersion } from "../modules/grants/grant-application-version.entity";
import { GrantApplication } from "../modules/grants/grant-application.entity";
import { GrantCall } from "../modules/grants/grant-call.entity";
import { StimulusApplicationContent } from "../modules/grants/stimulus-application-content.entity";
import { Counter } from "../shared/counter.entity";
import {
  CourseLeader,
  LocalCourse,
  StaffMember,
  TrainingAttendance,
  TrainingEvent,
  TrainingParticipationLog,
  TrainingQuotaUse,
  TrainingRegistration,
  TrainingSession,
} from "../modules/trainings/training.entities";
import {
  ActionItem,
  AgendaItem,
  CalendarFeed,
  MeetingAttendance,
  MeetingDecision,
  MeetingDocument,
  MeetingMinutes,
  MeetingMinutesVersion,
  MeetingResponse,
  Network,
  NetworkContact,
  NetworkMeeting,
  NetworkMember,
} from "../modules/networks/network.entities";
import { Campaign, Method, MethodSpread, MunicipalityVisit, RegionalStrategy } from "../modules/county-work/county-work.entities";
import {
  Allotment,
  AllotmentNotice,
  DevelopmentFundRound,
  FundFollowUpDetails,
  JointRequisitionMember,
  NgoApplicationDetails,
  NgoScore,
  Requisition,
} from "../modules/development-funds/development-fund.entities";
import { ApplicationReview, AssessmentCriterion, CallReviewer, DecisionProposal } from "../modules/grants/assessment.entities";
import { GrantAttachment, GrantCaseEntry } from "../modules/grants/case-thread.entities";
import { PopulationFigure } from "../modules/organisations/population-figure.entity";

import { ReportSubmission } from "../modules/reports/report-submission.entity";
import { JobClaim, PlatformSetting } from "../shared/platform-setting.entity";
import { IssuedLetter, LetterTemplateVersion } from "../modules/letter-templates/letter-template.entity";
import { Answer, Question, Questionnaire, QuestionnaireItem, QuestionnaireResponse } from "../modules/questionnaires/questionnaire.entities";

/** Every TypeORM entity, passed to the DataSource explicitly. */
export const ENTITIES = [
  GrantCaseEntry,
  GrantAttachment,
  PlatformSetting,
  JobClaim,
  LetterTemplateVersion,
  IssuedLetter,
  County,
  Organisation,
  PopulationFigure,
  User,
  Session,
  IdentityProvider,
  UserIdentity,
  IdentityLinkRequest,
  LoginAttempt,
  AccountToken,
  RecoveryCode,
  SignInThrottle,
  AuditEntry,
  Notification,
  OutboxMail,
  Counter,
  GrantCall,
  GrantApplication,
  GrantPartialReport,
  GrantPartialReportAnswer,
  GrantPartialReportReminder,
  StimulusApplicationContent,
  GrantApplicationVersion,
  ConsultationRequest,
  TrainingEvent,
  TrainingSession,
  TrainingRegistration,
  TrainingQuotaUse,
  TrainingAttendance,
  TrainingParticipationLog,
  CourseLeader,
  LocalCourse,
  StaffMember,
  Network,
  NetworkMember,
  NetworkContact,
  NetworkMeeting,
  AgendaItem,
  MeetingDocument,
  MeetingResponse,
  MeetingAttendance,
  MeetingMinutes,
  MeetingMinutesVersion,
  ActionItem,
  MeetingDecision,
  CalendarFeed,
  DevelopmentFundRound,
  Allotment,
  AllotmentNotice,
  Requisition,
  JointRequisitionMember,
  NgoApplicationDetails,
  NgoScore,
  FundFollowUpDetails,
  AssessmentCriterion,
  CallReviewer,
  ApplicationReview,
  DecisionProposal,
  Question,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireResponse,
  Answer,
  MunicipalityVisit,
  Campaign,
  Method,
  MethodSpread,
  RegionalStrategy,
  ReportSubmission,
];
