import type { MigrationInterface, QueryRunner } from "typeorm";

export class GrantEngine1795487627896 implements MigrationInterface {
  name = "GrantEngine1795487627896";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "grant_call" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "programme" varchar(40) NOT NULL, "year" integer NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL, "budget" integer NOT NULL, "grantedTotal" integer NOT NULL DEFAULT (0), "eligibleKinds" text NOT NULL, "opensAt" datetime NOT NULL, "closesAt" datetime NOT NULL, "consultationOrganisationId" integer, "consultationDays" integer NOT NULL DEFAULT (14), "followUpDueDate" varchar(10) NOT NULL, "createdById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_9f41924ca4785e622b377c3c41" ON "grant_call" ("year") ');
    await queryRunner.query(
      'CREATE TABLE "grant_application" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "callId" integer NOT NULL, "organisationId" integer NOT NULL, "createdById" integer NOT NULL, "status" varchar(30) NOT NULL, "diarienummer" varchar(30), "title" varchar(200) NOT NULL DEFAULT (\'\'), "purpose" text NOT NULL, "plannedActivities" text NOT NULL, "targetGroups" text NOT NULL, "periodStart" varchar(10), "periodEnd" varchar(10), "requestedAmount" integer NOT NULL DEFAULT (0), "budgetLines" text NOT NULL, "contactName" varchar(200) NOT NULL DEFAULT (\'\'), "contactEmail" varchar(254) NOT NULL DEFAULT (\'\'), "contactPhone" varchar(40), "version" integer NOT NULL DEFAULT (0), "submittedAt" datetime, "completionMessage" text, "completionDueDate" varchar(10), "outcome" varchar(20), "grantedAmount" integer, "motivation" text, "decidedAt" datetime, "decidedById" integer, "paidAt" datetime, "followUpReport" text, "usedAmount" integer, "followUpSubmittedAt" datetime, "repaymentAmount" integer, "repaidAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_51091a470dd8f9816651d90113" ON "grant_application" ("organisationId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_c6cc7ee7effbdfee40670c6aa0" ON "grant_application" ("diarienummer") ');
    await queryRunner.query('CREATE INDEX "IDX_f7c3b09621ede3b03f9720c949" ON "grant_application" ("callId", "status") ');
    await queryRunner.query(
      'CREATE TABLE "consultation_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "organisationId" integer NOT NULL, "requestedAt" datetime NOT NULL, "requestedById" integer NOT NULL, "dueDate" varchar(10) NOT NULL, "opinion" varchar(30), "opinionText" text, "answeredAt" datetime, "answeredById" integer)',
    );
    await queryRunner.query('CREATE INDEX "IDX_722cecf66e3ec11ae049d215f7" ON "consultation_request" ("applicationId") ');
    await queryRunner.query('CREATE INDEX "IDX_56445c7216e4d9c04fed7ad9ba" ON "consultation_request" ("organisationId") ');
    await queryRunner.query(
      'CREATE TABLE "grant_application_version" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "version" integer NOT NULL, "submittedAt" datetime NOT NULL, "submittedById" integer NOT NULL, "content" text NOT NULL)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_771ba0634fa6c9ed4b968a09cc" ON "grant_application_version" ("applicationId", "version") ');
    await queryRunner.query('CREATE TABLE "counter" ("name" varchar(60) PRIMARY KEY NOT NULL, "value" integer NOT NULL)');
    await queryRunner.query('DROP INDEX "IDX_51091a470dd8f9816651d90113"');
    await queryRunner.query('DROP INDEX "IDX_c6cc7ee7effbdfee40670c6aa0"');
    await queryRunner.query('DROP INDEX "IDX_f7c3b09621ede3b03f9720c949"');
    await queryRunner.query(
      'CREATE TABLE "temporary_grant_application" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "callId" integer NOT NULL, "organisationId" integer NOT NULL, "createdById" integer NOT NULL, "status" varchar(30) NOT NULL, "diarienummer" varchar(30), "title" varchar(200) NOT NULL DEFAULT (\'\'), "purpose" text NOT NULL, "plannedActivities" text NOT NULL, "targetGroups" text NOT NULL, "periodStart" varchar(10), "periodEnd" varchar(10), "requestedAmount" integer NOT NULL DEFAULT (0), "budgetLines" text NOT NULL, "contactName" varchar(200) NOT NULL DEFAULT (\'\'), "contactEmail" varchar(254) NOT NULL DEFAULT (\'\'), "contactPhone" varchar(40), "version" integer NOT NULL DEFAULT (0), "submittedAt" datetime, "completionMessage" text, "completionDueDate" varchar(10), "outcome" varchar(20), "grantedAmount" integer, "motivation" text, "decidedAt" datetime, "decidedById" integer, "paidAt" datetime, "followUpReport" text, "usedAmount" integer, "followUpSubmittedAt" datetime, "repaymentAmount" integer, "repaidAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_ce28faa0c97459db356a2d13740" FOREIGN KEY ("callId") REFERENCES "grant_call" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_51091a470dd8f9816651d901133" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_grant_application"("id", "callId", "organisationId", "createdById", "status", "diarienummer", "title", "purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "requestedAmount", "budgetLines", "contactName", "contactEmail", "contactPhone", "version", "submittedAt", "completionMessage", "completionDueDate", "outcome", "grantedAmount", "motivation", "decidedAt", "decidedById", "paidAt", "followUpReport", "usedAmount", "followUpSubmittedAt", "repaymentAmount", "repaidAt", "createdAt", "updatedAt") SELECT "id", "callId", "organisationId", "createdById", "status", "diarienummer", "title", "purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "requestedAmount", "budgetLines", "contactName", "contactEmail", "contactPhone", "version", "submittedAt", "completionMessage", "completionDueDate", "outcome", "grantedAmount", "motivation", "decidedAt", "decidedById", "paidAt", "followUpReport", "usedAmount", "followUpSubmittedAt", "repaymentAmount", "repaidAt", "createdAt", "updatedAt" FROM "grant_application"',
    );
    await queryRunner.query('DROP TABLE "grant_application"');
    await queryRunner.query('ALTER TABLE "temporary_grant_application" RENAME TO "grant_application"');
    await queryRunner.query('CREATE INDEX "IDX_51091a470dd8f9816651d90113" ON "grant_application" ("organisationId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_c6cc7ee7effbdfee40670c6aa0" ON "grant_application" ("diarienummer") ');
    await queryRunner.query('CREATE INDEX "IDX_f7c3b09621ede3b03f9720c949" ON "grant_application" ("callId", "status") ');
    await queryRunner.query('DROP INDEX "IDX_722cecf66e3ec11ae049d215f7"');
    await queryRunner.query('DROP INDEX "IDX_56445c7216e4d9c04fed7ad9ba"');
    await queryRunner.query(
      'CREATE TABLE "temporary_consultation_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "organisationId" integer NOT NULL, "requestedAt" datetime NOT NULL, "requestedById" integer NOT NULL, "dueDate" varchar(10) NOT NULL, "opinion" varchar(30), "opinionText" text, "answeredAt" datetime, "answeredById" integer, CONSTRAINT "FK_722cecf66e3ec11ae049d215f73" FOREIGN KEY ("applicationId") REFERENCES "grant_application" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_consultation_request"("id", "applicationId", "organisationId", "requestedAt", "requestedById", "dueDate", "opinion", "opinionText", "answeredAt", "answeredById") SELECT "id", "applicationId", "organisationId", "requestedAt", "requestedById", "dueDate", "opinion", "opinionText", "answeredAt", "answeredById" FROM "consultation_request"',
    );
    await queryRunner.query('DROP TABLE "consultation_request"');
    await queryRunner.query('ALTER TABLE "temporary_consultation_request" RENAME TO "consultation_request"');
    await queryRunner.query('CREATE INDEX "IDX_722cecf66e3ec11ae049d215f7" ON "consultation_request" ("applicationId") ');
    await queryRunner.query('CREATE INDEX "IDX_56445c7216e4d9c04fed7ad9ba" ON "consultation_request" ("organisationId") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_56445c7216e4d9c04fed7ad9ba"');
    await queryRunner.query('DROP INDEX "IDX_722cecf66e3ec11ae049d215f7"');
    await queryRunner.query('ALTER TABLE "consultation_request" RENAME TO "temporary_consultation_request"');
    await queryRunner.query(
      'CREATE TABLE "consultation_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "organisationId" integer NOT NULL, "requestedAt" datetime NOT NULL, "requestedById" integer NOT NULL, "dueDate" varchar(10) NOT NULL, "opinion" varchar(30), "opinionText" text, "answeredAt" datetime, "answeredById" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "consultation_request"("id", "applicationId", "organisationId", "requestedAt", "requestedById", "dueDate", "opinion", "opinionText", "answeredAt", "answeredById") SELECT "id", "applicationId", "organisationId", "requestedAt", "requestedById", "dueDate", "opinion", "opinionText", "answeredAt", "answeredById" FROM "temporary_consultation_request"',
    );
    await queryRunner.query('DROP TABLE "temporary_consultation_request"');
    await queryRunner.query('CREATE INDEX "IDX_56445c7216e4d9c04fed7ad9ba" ON "consultation_request" ("organisationId") ');
    await queryRunner.query('CREATE INDEX "IDX_722cecf66e3ec11ae049d215f7" ON "consultation_request" ("applicationId") ');
    await queryRunner.query('DROP INDEX "IDX_f7c3b09621ede3b03f9720c949"');
    await queryRunner.query('DROP INDEX "IDX_c6cc7ee7effbdfee40670c6aa0"');
    await queryRunner.query('DROP INDEX "IDX_51091a470dd8f9816651d90113"');
    await queryRunner.query('ALTER TABLE "grant_application" RENAME TO "temporary_grant_application"');
    await queryRunner.query(
      'CREATE TABLE "grant_application" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "callId" integer NOT NULL, "organisationId" integer NOT NULL, "createdById" integer NOT NULL, "status" varchar(30) NOT NULL, "diarienummer" varchar(30), "title" varchar(200) NOT NULL DEFAULT (\'\'), "purpose" text NOT NULL, "plannedActivities" text NOT NULL, "targetGroups" text NOT NULL, "periodStart" varchar(10), "periodEnd" varchar(10), "requestedAmount" integer NOT NULL DEFAULT (0), "budgetLines" text NOT NULL, "contactName" varchar(200) NOT NULL DEFAULT (\'\'), "contactEmail" varchar(254) NOT NULL DEFAULT (\'\'), "contactPhone" varchar(40), "version" integer NOT NULL DEFAULT (0), "submittedAt" datetime, "completionMessage" text, "completionDueDate" varchar(10), "outcome" varchar(20), "grantedAmount" integer, "motivation" text, "decidedAt" datetime, "decidedById" integer, "paidAt" datetime, "followUpReport" text, "usedAmount" integer, "followUpSubmittedAt" datetime, "repaymentAmount" integer, "repaidAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "grant_application"("id", "callId", "organisationId", "createdById", "status", "diarienummer", "title", "purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "requestedAmount", "budgetLines", "contactName", "contactEmail", "contactPhone", "version", "submittedAt", "completionMessage", "completionDueDate", "outcome", "grantedAmount", "motivation", "decidedAt", "decidedById", "paidAt", "followUpReport", "usedAmount", "followUpSubmittedAt", "repaymentAmount", "repaidAt", "createdAt", "updatedAt") SELECT "id", "callId", "organisationId", "createdById", "status", "diarienummer", "title", "purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "requestedAmount", "budgetLines", "contactName", "contactEmail", "contactPhone", "version", "submittedAt", "completionMessage", "completionDueDate", "outcome", "grantedAmount", "motivation", "decidedAt", "decidedById", "paidAt", "followUpReport", "usedAmount", "followUpSubmittedAt", "repaymentAmount", "repaidAt", "createdAt", "updatedAt" FROM "temporary_grant_application"',
    );
    await queryRunner.query('DROP TABLE "temporary_grant_application"');
    await queryRunner.query('CREATE INDEX "IDX_f7c3b09621ede3b03f9720c949" ON "grant_application" ("callId", "status") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_c6cc7ee7effbdfee40670c6aa0" ON "grant_application" ("diarienummer") ');
    await queryRunner.query('CREATE INDEX "IDX_51091a470dd8f9816651d90113" ON "grant_application" ("organisationId") ');
    await queryRunner.query('DROP TABLE "counter"');
    await queryRunner.query('DROP INDEX "IDX_771ba0634fa6c9ed4b968a09cc"');
    await queryRunner.query('DROP TABLE "grant_application_version"');
    await queryRunner.query('DROP INDEX "IDX_56445c7216e4d9c04fed7ad9ba"');
    await queryRunner.query('DROP INDEX "IDX_722cecf66e3ec11ae049d215f7"');
    await queryRunner.query('DROP TABLE "consultation_request"');
    await queryRunner.query('DROP INDEX "IDX_f7c3b09621ede3b03f9720c949"');
    await queryRunner.query('DROP INDEX "IDX_c6cc7ee7effbdfee40670c6aa0"');
    await queryRunner.query('DROP INDEX "IDX_51091a470dd8f9816651d90113"');
    await queryRunner.query('DROP TABLE "grant_application"');
    await queryRunner.query('DROP INDEX "IDX_9f41924ca4785e622b377c3c41"');
    await queryRunner.query('DROP TABLE "grant_call"');
  }
}
