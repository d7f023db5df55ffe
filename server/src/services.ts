import { AccountService } from "./auth/account.service";
import { AuthService } from "./auth/auth.service";
import { OidcService } from "./auth/oidc/oidc.service";
import type { Config } from "./config/config";
import { createDocumentStore } from "./modules/networks/network.routes";
import type { Database } from "./db/database";
import { AuditService } from "./modules/audit/audit.service";
import { GrantService } from "./modules/grants/grant.service";
import { AssessmentService } from "./modules/grants/assessment.service";
import { CaseThreadService } from "./modules/grants/case-thread.service";
import { TrainingService } from "./modules/trainings/training.service";
import { StaffListService } from "./modules/trainings/staff-list.service";
import { NetworkService } from "./modules/networks/network.service";
import { DevelopmentFundService } from "./modules/development-funds/development-fund.service";
import { QuestionnaireService } from "./modules/questionnaires/questionnaire.service";
import { CountyWorkService } from "./modules/county-work/county-work.service";
import { NotificationService } from "./modules/notifications/notification.service";
import { OrganisationService } from "./modules/organisations/organisation.service";
import { UserService } from "./modules/users/user.service";
import { SearchService } from "./modules/search/search.service";
import { workQueueProviders } from "./modules/work-queue/work-queue.registry";
import { WorkQueueService } from "./modules/work-queue/work-queue.service";
import { ReportService } from "./modules/reports/report.service";
import { PlatformSettingsService } from "./modules/platform/platform-settings.service";
import { PersonalDataService } from "./modules/personal-data/personal-data.service";
import { LetterTemplateService } from "./modules/letter-templates/letter-template.service";

/** One instance of each domain service per process; they hold no per-request state. */
export function createServices(db: Database, config: Config) {
  const notifications = new NotificationService(db, config.publicUrl, config.sessionSecret);
  const platformSettings = new PlatformSettingsService(db, config);
  const auth = new AuthService(db, config, notifications);
  const grants = new GrantService(db, notifications);
  const documentStore = createDocumentStore(config);
  const trainings = new TrainingService(db, notifications, config.publicUrl, config.sessionSecret, auth.throttle);
  const networks = new NetworkService(db, notifications, config);
  const questionnaires = new QuestionnaireService(db, notifications);
  const sources = {
    developmentFunds: new DevelopmentFundService(db, grants, notifications),
    trainings,
    networks,
    questionnaires,
    countyWork: new CountyWorkService(db, notifications),
  };
  return {
    auth,
    account: new AccountService(db, auth, notifications, config, platformSettings),
    platformSettings,
    personalData: new PersonalDataService(db, platformSettings),
    notifications,
    oidc: new OidcService(db, auth, notifications, config),
    users: new UserService(db, auth, notifications, config),
    organisations: new OrganisationService(db),
    staffList: new StaffListService(db),
    audit: new AuditService(db),
    grants,
    letterTemplates: new LetterTemplateService(db),
    assessments: new AssessmentService(db, grants, notifications),
    caseThread: new CaseThreadService(db, grants, (storageName) => documentStore.remove(storageName)),
    ...sources,
    workQueue: new WorkQueueService(workQueueProviders(db, { trainings, networks, questionnaires })),
    search: new SearchService(grants, trainings, networks),
    reports: new ReportService(db, sources, config.demoMode),
  };
}

export type Services = ReturnType<typeof createServices>;
