// Written by `npm run migration:generate -- <Name>`: the migrations of each driver, oldest first.
import { Initial1795486909141 as SqliteInitial1795486909141 } from "./sqlite/1795486909141-Initial";
import { GrantEngine1795487627896 as SqliteGrantEngine1795487627896 } from "./sqlite/1795487627896-GrantEngine";
import { Trainings1795488147826 as SqliteTrainings1795488147826 } from "./sqlite/1795488147826-Trainings";
import { Networks1795488698306 as SqliteNetworks1795488698306 } from "./sqlite/1795488698306-Networks";
import { DevelopmentFunds1795489160449 as SqliteDevelopmentFunds1795489160449 } from "./sqlite/1795489160449-DevelopmentFunds";
import { FollowUpReminders1795491169545 as SqliteFollowUpReminders1795491169545 } from "./sqlite/1795491169545-FollowUpReminders";
import { ScopedAdministration1795510000000 as SqliteScopedAdministration1795510000000 } from "./sqlite/1795510000000-ScopedAdministration";
import { ConsultationMinimum1796229463250 as SqliteConsultationMinimum1796229463250 } from "./sqlite/1796229463250-ConsultationMinimum";
import { SealedOutboxMail1796229584077 as SqliteSealedOutboxMail1796229584077 } from "./sqlite/1796229584077-SealedOutboxMail";
import { SignInThrottle1796229584078 as SqliteSignInThrottle1796229584078 } from "./sqlite/1796229584078-SignInThrottle";
import { MinutesSentBack1796405205923 as SqliteMinutesSentBack1796405205923 } from "./sqlite/1796405205923-MinutesSentBack";
import { Languages1796405254406 as SqliteLanguages1796405254406 } from "./sqlite/1796405254406-Languages";
import { ProgrammeContent1796416206049 as SqliteProgrammeContent1796416206049 } from "./sqlite/1796416206049-ProgrammeContent";
import { CountyWork1796416387562 as SqliteCountyWork1796416387562 } from "./sqlite/1796416387562-CountyWork";
import { EmailDigest1796419000000 as SqliteEmailDigest1796419000000 } from "./sqlite/1796419000000-EmailDigest";
import { Questionnaires1796416488051 as SqliteQuestionnaires1796416488051 } from "./sqlite/1796416488051-Questionnaires";
import { StimulusPurposes1796500000000 as SqliteStimulusPurposes1796500000000 } from "./sqlite/1796500000000-StimulusPurposes";
import { PopulationFigures1796600000000 as SqlitePopulationFigures1796600000000 } from "./sqlite/1796600000000-PopulationFigures";
import { DecisionLetters1796600000001 as SqliteDecisionLetters1796600000001 } from "./sqlite/1796600000001-DecisionLetters";
import { CodedFollowUp1796600000002 as SqliteCodedFollowUp1796600000002 } from "./sqlite/1796600000002-CodedFollowUp";
import { Accounts1796510000000 as SqliteAccounts1796510000000 } from "./sqlite/1796510000000-Accounts";
import { ReportSubmissions1796610000000 as SqliteReportSubmissions1796610000000 } from "./sqlite/1796610000000-ReportSubmissions";
import { MeetingDecisions1797000000000 as SqliteMeetingDecisions1797000000000 } from "./sqlite/1797000000000-MeetingDecisions";
import { PlatformSettings1797200000000 as SqlitePlatformSettings1797200000000 } from "./sqlite/1797200000000-PlatformSettings";
import { FollowUpReview1796700000000 as SqliteFollowUpReview1796700000000 } from "./sqlite/1796700000000-FollowUpReview";
import { AllotmentDeclineAndNotice1796800000000 as SqliteAllotmentDeclineAndNotice1796800000000 } from "./sqlite/1796800000000-AllotmentDeclineAndNotice";
import { TrainingSelfService1796900000000 as SqliteTrainingSelfService1796900000000 } from "./sqlite/1796900000000-TrainingSelfService";
import { SingleSignOn1797100000000 as SqliteSingleSignOn1797100000000 } from "./sqlite/1797100000000-SingleSignOn";
import { ChallengeProvider1797400000000 as SqliteChallengeProvider1797400000000 } from "./sqlite/1797400000000-ChallengeProvider";
import { PaymentExport1797600000000 as SqlitePaymentExport1797600000000 } from "./sqlite/1797600000000-PaymentExport";
import { LetterTemplates1797900000000 as SqliteLetterTemplates1797900000000 } from "./sqlite/1797900000000-LetterTemplates";
import { Assessment1797700000000 as SqliteAssessment1797700000000 } from "./sqlite/1797700000000-Assessment";
import { MultiYearFunds1798000000000 as SqliteMultiYearFunds1798000000000 } from "./sqlite/1798000000000-MultiYearFunds";
import { CaseThread1797800000000 as SqliteCaseThread1797800000000 } from "./sqlite/1797800000000-CaseThread";
import { AttachmentRemoval1798600000000 as SqliteAttachmentRemoval1798600000000 } from "./sqlite/1798600000000-AttachmentRemoval";
import { RankingDeviationReason1797500000000 as SqliteRankingDeviationReason1797500000000 } from "./sqlite/1797500000000-RankingDeviationReason";
import { NgoEligibility1798100000000 as SqliteNgoEligibility1798100000000 } from "./sqlite/1798100000000-NgoEligibility";
import { PartialReportAnswers1798700000000 as SqlitePartialReportAnswers1798700000000 } from "./sqlite/1798700000000-PartialReportAnswers";
import { IssuedLetterParts1798800000000 as SqliteIssuedLetterParts1798800000000 } from "./sqlite/1798800000000-IssuedLetterParts";
import { Initial1795486909141 as MysqlInitial1795486909141 } from "./mysql/1795486909141-Initial";
import { GrantEngine1795487627896 as MysqlGrantEngine1795487627896 } from "./mysql/1795487627896-GrantEngine";
import { Trainings1795488147826 as MysqlTrainings1795488147826 } from "./mysql/1795488147826-Trainings";
import { Networks1795488698306 as MysqlNetworks1795488698306 } from "./mysql/1795488698306-Networks";
import { DevelopmentFunds1795489160449 as MysqlDevelopmentFunds1795489160449 } from "./mysql/1795489160449-DevelopmentFunds";
import { FollowUpReminders1795491169545 as MysqlFollowUpReminders1795491169545 } from "./mysql/1795491169545-FollowUpReminders";
import { JsonSnapshotsInMediumText1795500774379 as MysqlJsonSnapshotsInMediumText1795500774379 } from "./mysql/1795500774379-JsonSnapshotsInMediumText";
import { ScopedAdministration1795510000000 as MysqlScopedAdministration1795510000000 } from "./mysql/1795510000000-ScopedAdministration";
import { ConsultationMinimum1796229463250 as MysqlConsultationMinimum1796229463250 } from "./mysql/1796229463250-ConsultationMinimum";
import { SealedOutboxMail1796229584077 as MysqlSealedOutboxMail1796229584077 } from "./mysql/1796229584077-SealedOutboxMail";
import { SignInThrottle1796229584078 as MysqlSignInThrottle1796229584078 } from "./mysql/1796229584078-SignInThrottle";
import { MinutesSentBack1796405205923 as MysqlMinutesSentBack1796405205923 } from "./mysql/1796405205923-MinutesSentBack";
import { Languages1796405254406 as MysqlLanguages1796405254406 } from "./mysql/1796405254406-Languages";
import { ProgrammeContent1796416206049 as MysqlProgrammeContent1796416206049 } from "./mysql/1796416206049-ProgrammeContent";
import { CountyWork1796416387562 as MysqlCountyWork1796416387562 } from "./mysql/1796416387562-CountyWork";
import { EmailDigest1796419000000 as MysqlEmailDigest1796419000000 } from "./mysql/1796419000000-EmailDigest";
import { Questionnaires1796416488051 as MysqlQuestionnaires1796416488051 } from "./mysql/1796416488051-Questionnaires";
import { StimulusPurposes1796500000000 as MysqlStimulusPurposes1796500000000 } from "./mysql/1796500000000-StimulusPurposes";
import { PopulationFigures1796600000000 as MysqlPopulationFigures1796600000000 } from "./mysql/1796600000000-PopulationFigures";
import { DecisionLetters1796600000001 as MysqlDecisionLetters1796600000001 } from "./mysql/1796600000001-DecisionLetters";
import { CodedFollowUp1796600000002 as MysqlCodedFollowUp1796600000002 } from "./mysql/1796600000002-CodedFollowUp";
import { Accounts1796510000000 as MysqlAccounts1796510000000 } from "./mysql/1796510000000-Accounts";
import { ReportSubmissions1796610000000 as MysqlReportSubmissions1796610000000 } from "./mysql/1796610000000-ReportSubmissions";
import { MeetingDecisions1797000000000 as MysqlMeetingDecisions1797000000000 } from "./mysql/1797000000000-MeetingDecisions";
import { PlatformSettings1797200000000 as MysqlPlatformSettings1797200000000 } from "./mysql/1797200000000-PlatformSettings";
import { FollowUpReview1796700000000 as MysqlFollowUpReview1796700000000 } from "./mysql/1796700000000-FollowUpReview";
import { AllotmentDeclineAndNotice1796800000000 as MysqlAllotmentDeclineAndNotice1796800000000 } from "./mysql/1796800000000-AllotmentDeclineAndNotice";
import { TrainingSelfService1796900000000 as MysqlTrainingSelfService1796900000000 } from "./mysql/1796900000000-TrainingSelfService";
import { SingleSignOn1797100000000 as MysqlSingleSignOn1797100000000 } from "./mysql/1797100000000-SingleSignOn";
import { ChallengeProvider1797400000000 as MysqlChallengeProvider1797400000000 } from "./mysql/1797400000000-ChallengeProvider";
import { PaymentExport1797600000000 as MysqlPaymentExport1797600000000 } from "./mysql/1797600000000-PaymentExport";
import { LetterTemplates1797900000000 as MysqlLetterTemplates1797900000000 } from "./mysql/1797900000000-LetterTemplates";
import { Assessment1797700000000 as MysqlAssessment1797700000000 } from "./mysql/1797700000000-Assessment";
import { MultiYearFunds1798000000000 as MysqlMultiYearFunds1798000000000 } from "./mysql/1798000000000-MultiYearFunds";
import { CaseThread1797800000000 as MysqlCaseThread1797800000000 } from "./mysql/1797800000000-CaseThread";
import { AttachmentRemoval1798600000000 as MysqlAttachmentRemoval1798600000000 } from "./mysql/1798600000000-AttachmentRemoval";
import { RankingDeviationReason1797500000000 as MysqlRankingDeviationReason1797500000000 } from "./mysql/1797500000000-RankingDeviationReason";
import { NgoEligibility1798100000000 as MysqlNgoEligibility1798100000000 } from "./mysql/1798100000000-NgoEligibility";
import { PartialReportAnswers1798700000000 as MysqlPartialReportAnswers1798700000000 } from "./mysql/1798700000000-PartialReportAnswers";
import { IssuedLetterParts1798800000000 as MysqlIssuedLetterParts1798800000000 } from "./mysql/1798800000000-IssuedLetterParts";

export const SQLITE_MIGRATIONS: Function[] = [
  SqliteInitial1795486909141,
  SqliteGrantEngine1795487627896,
  SqliteTrainings1795488147826,
  SqliteNetworks1795488698306,
  SqliteDevelopmentFunds1795489160449,
  SqliteFollowUpReminders1795491169545,
  SqliteScopedAdministration1795510000000,
  SqliteConsultationMinimum1796229463250,
  SqliteSealedOutboxMail1796229584077,
  SqliteSignInThrottle1796229584078,
  SqliteMinutesSentBack1796405205923,
  SqliteLanguages1796405254406,
  SqliteProgrammeContent1796416206049,
  SqliteCountyWork1796416387562,
  SqliteQuestionnaires1796416488051,
  SqliteEmailDigest1796419000000,
  SqliteStimulusPurposes1796500000000,
  SqlitePopulationFigures1796600000000,
  SqliteDecisionLetters1796600000001,
  SqliteCodedFollowUp1796600000002,
  SqliteAccounts1796510000000,
  SqliteReportSubmissions1796610000000,
  SqliteMeetingDecisions1797000000000,
  SqlitePlatformSettings1797200000000,
  SqliteFollowUpReview1796700000000,
  SqliteAllotmentDeclineAndNotice1796800000000,
  SqliteTrainingSelfService1796900000000,
  SqliteSingleSignOn1797100000000,
  SqliteChallengeProvider1797400000000,
  SqlitePaymentExport1797600000000,
  SqliteAssessment1797700000000,
  SqliteMultiYearFunds1798000000000,
  SqliteRankingDeviationReason1797500000000,
  SqliteNgoEligibility1798100000000,
  SqliteLetterTemplates1797900000000,
  SqliteCaseThread1797800000000,
  SqliteAttachmentRemoval1798600000000,
  SqlitePartialReportAnswers1798700000000,
  SqliteIssuedLetterParts1798800000000,
];
export const MYSQL_MIGRATIONS: Function[] = [
  MysqlInitial1795486909141,
  MysqlGrantEngine1795487627896,
  MysqlTrainings1795488147826,
  MysqlNetworks1795488698306,
  MysqlDevelopmentFunds1795489160449,
  MysqlFollowUpReminders1795491169545,
  MysqlJsonSnapshotsInMediumText1795500774379,
  MysqlScopedAdministration1795510000000,
  MysqlConsultationMinimum1796229463250,
  MysqlSealedOutboxMail1796229584077,
  MysqlSignInThrottle1796229584078,
  MysqlMinutesSentBack1796405205923,
  MysqlLanguages1796405254406,
  MysqlProgrammeContent1796416206049,
  MysqlCountyWork1796416387562,
  MysqlQuestionnaires1796416488051,
  MysqlEmailDigest1796419000000,
  MysqlStimulusPurposes1796500000000,
  MysqlPopulationFigures1796600000000,
  MysqlDecisionLetters1796600000001,
  MysqlCodedFollowUp1796600000002,
  MysqlAccounts1796510000000,
  MysqlReportSubmissions1796610000000,
  MysqlMeetingDecisions1797000000000,
  MysqlPlatformSettings1797200000000,
  MysqlFollowUpReview1796700000000,
  MysqlAllotmentDeclineAndNotice1796800000000,
  MysqlTrainingSelfService1796900000000,
  MysqlSingleSignOn1797100000000,
  MysqlChallengeProvider1797400000000,
  MysqlPaymentExport1797600000000,
  MysqlAssessment1797700000000,
  MysqlMultiYearFunds1798000000000,
  MysqlRankingDeviationReason1797500000000,
  MysqlNgoEligibility1798100000000,
  MysqlLetterTemplates1797900000000,
  MysqlCaseThread1797800000000,
  MysqlAttachmentRemoval1798600000000,
  MysqlPartialReportAnswers1798700000000,
  MysqlIssuedLetterParts1798800000000,
];
