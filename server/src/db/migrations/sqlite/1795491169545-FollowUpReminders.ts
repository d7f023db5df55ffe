import type { MigrationInterface, QueryRunner } from "typeorm";

export class FollowUpReminders1795491169545 implements MigrationInterface {
  name = "FollowUpReminders1795491169545";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_f7c3b09621ede3b03f9720c949"');
    await queryRunner.query('DROP INDEX "IDX_c6cc7ee7effbdfee40670c6aa0"');
    await queryRunner.query('DROP INDEX "IDX_51091a470dd8f9816651d90113"');
    await queryRunner.query(
      'CREATE TABLE "temporary_grant_application" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "callId" integer NOT NULL, "organisationId" integer NOT NULL, "createdById" integer NOT NULL, "status" varchar(30) NOT NULL, "diarienummer" varchar(30), "title" varchar(200) NOT NULL DEFAULT (\'\'), "purpose" text NOT NULL, "plannedActivities" text NOT NULL, "targetGroups" text NOT NULL, "periodStart" varchar(10), "periodEnd" varchar(10), "requestedAmount" integer NOT NULL DEFAULT (0), "budgetLines" text NOT NULL, "contactName" varchar(200) NOT NULL DEFAULT (\'\'), "contactEmail" varchar(254) NOT NULL DEFAULT (\'\'), "contactPhone" varchar(40), "version" integer NOT NULL DEFAULT (0), "submittedAt" datetime, "completionMessage" text, "completionDueDate" varchar(10), "outcome" varchar(20), "grantedAmount" integer, "motivation" text, "decidedAt" datetime, "decidedById" integer, "paidAt" datetime, "followUpReport" text, "usedAmount" integer, "followUpSubmittedAt" datetime, "repaymentAmount" integer, "repaidAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "followUpReminderSentAt" datetime, CONSTRAINT "FK_51091a470dd8f9816651d901133" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ce28faa0c97459db356a2d13740" FOREIGN KEY ("callId") REFERENCES "grant_call" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_grant_application"("id", "callId", "organisationId", "createdById", "status", "diarienummer", "title", "purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "requestedAmount", "budgetLines", "contactName", "contactEmail", "contactPhone", "version", "submittedAt", "completionMessage", "completionDueDate", "outcome", "grantedAmount", "motivation", "decidedAt", "decidedById", "paidAt", "followUpReport", "usedAmount", "followUpSubmittedAt", "repaymentAmount", "repaidAt", "createdAt", "updatedAt") SELECT "id", "callId", "organisationId", "createdById", "status", "diarienummer", "title", "purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "requestedAmount", "budgetLines", "contactName", "contactEmail", "contactPhone", "version", "submittedAt", "completionMessage", "completionDueDate", "outcome", "grantedAmount", "motivation", "decidedAt", "decidedById", "paidAt", "followUpReport", "usedAmount", "followUpSubmittedAt", "repaymentAmount", "repaidAt", "createdAt", "updatedAt" FROM "grant_application"',
    );
    await queryRunner.query('DROP TABLE "grant_application"');
    await queryRunner.query('ALTER TABLE "temporary_grant_application" RENAME TO "grant_application"');
    await queryRunner.query('CREATE INDEX "IDX_f7c3b09621ede3b03f9720c949" ON "grant_application" ("callId", "status") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_c6cc7ee7effbdfee40670c6aa0" ON "grant_application" ("diarienummer") ');
    await queryRunner.query('CREATE INDEX "IDX_51091a470dd8f9816651d90113" ON "grant_application" ("organisationId") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_51091a470dd8f9816651d90113"');
    await queryRunner.query('DROP INDEX "IDX_c6cc7ee7effbdfee40670c6aa0"');
    await queryRunner.query('DROP INDEX "IDX_f7c3b09621ede3b03f9720c949"');
    await queryRunner.query('ALTER TABLE "grant_application" RENAME TO "temporary_grant_application"');
    await queryRunner.query(
      'CREATE TABLE "grant_application" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "callId" integer NOT NULL, "organisationId" integer NOT NULL, "createdById" integer NOT NULL, "status" varchar(30) NOT NULL, "diarienummer" varchar(30), "title" varchar(200) NOT NULL DEFAULT (\'\'), "purpose" text NOT NULL, "plannedActivities" text NOT NULL, "targetGroups" text NOT NULL, "periodStart" varchar(10), "periodEnd" varchar(10), "requestedAmount" integer NOT NULL DEFAULT (0), "budgetLines" text NOT NULL, "contactName" varchar(200) NOT NULL DEFAULT (\'\'), "contactEmail" varchar(254) NOT NULL DEFAULT (\'\'), "contactPhone" varchar(40), "version" integer NOT NULL DEFAULT (0), "submittedAt" datetime, "completionMessage" text, "completionDueDate" varchar(10), "outcome" varchar(20), "grantedAmount" integer, "motivation" text, "decidedAt" datetime, "decidedById" integer, "paidAt" datetime, "followUpReport" text, "usedAmount" integer, "followUpSubmittedAt" datetime, "repaymentAmount" integer, "repaidAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_51091a470dd8f9816651d901133" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_ce28faa0c97459db356a2d13740" FOREIGN KEY ("callId") REFERENCES "grant_call" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "grant_application"("id", "callId", "organisationId", "createdById", "status", "diarienummer", "title", "purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "requestedAmount", "budgetLines", "contactName", "contactEmail", "contactPhone", "version", "submittedAt", "completionMessage", "completionDueDate", "outcome", "grantedAmount", "motivation", "decidedAt", "decidedById", "paidAt", "followUpReport", "usedAmount", "followUpSubmittedAt", "repaymentAmount", "repaidAt", "createdAt", "updatedAt") SELECT "id", "callId", "organisationId", "createdById", "status", "diarienummer", "title", "purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "requestedAmount", "budgetLines", "contactName", "contactEmail", "contactPhone", "version", "submittedAt", "completionMessage", "completionDueDate", "outcome", "grantedAmount", "motivation", "decidedAt", "decidedById", "paidAt", "followUpReport", "usedAmount", "followUpSubmittedAt", "repaymentAmount", "repaidAt", "createdAt", "updatedAt" FROM "temporary_grant_application"',
    );
    await queryRunner.query('DROP TABLE "temporary_grant_application"');
    await queryRunner.query('CREATE INDEX "IDX_51091a470dd8f9816651d90113" ON "grant_application" ("organisationId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_c6cc7ee7effbdfee40670c6aa0" ON "grant_application" ("diarienummer") ');
    await queryRunner.query('CREATE INDEX "IDX_f7c3b09621ede3b03f9720c949" ON "grant_application" ("callId", "status") ');
  }
}
