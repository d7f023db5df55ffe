import type { MigrationInterface, QueryRunner } from "typeorm";

export class DevelopmentFunds1795489160449 implements MigrationInterface {
  name = "DevelopmentFunds1795489160449";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "development_fund_round" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "year" integer NOT NULL, "opensAt" datetime NOT NULL, "closesAt" datetime NOT NULL, "followUpDueDate" varchar(10) NOT NULL, "floorAmount" integer NOT NULL, "kommunCallId" integer NOT NULL, "regionCallId" integer NOT NULL, "ngoCallId" integer NOT NULL, "allocationPublishedAt" datetime, "redistributedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_18a3f7632f1e89f4fc64ff8c2c" ON "development_fund_round" ("year") ');
    await queryRunner.query(
      'CREATE TABLE "allotment" ("roundId" integer NOT NULL, "organisationId" integer NOT NULL, "callId" integer NOT NULL, "population" integer, "amount" integer NOT NULL, PRIMARY KEY ("roundId", "organisationId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_2ec98470b86822670edb39ae56" ON "allotment" ("callId") ');
    await queryRunner.query(
      'CREATE TABLE "requisition" ("applicationId" integer PRIMARY KEY NOT NULL, "roundId" integer NOT NULL, "paymentMethod" varchar(10) NOT NULL, "paymentNumber" varchar(20) NOT NULL, "wantsMore" boolean NOT NULL DEFAULT (0), "wantsMoreUpTo" integer, "redistributedAmount" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query('CREATE INDEX "IDX_2e09eeeaf5df1db27181a1ebab" ON "requisition" ("roundId") ');
    await queryRunner.query(
      'CREATE TABLE "joint_requisition_member" ("applicationId" integer NOT NULL, "organisationId" integer NOT NULL, "confirmedAt" datetime, PRIMARY KEY ("applicationId", "organisationId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_2fb872a4334841c8614dc985a9" ON "joint_requisition_member" ("organisationId") ');
    await queryRunner.query(
      'CREATE TABLE "ngo_application_details" ("applicationId" integer PRIMARY KEY NOT NULL, "organisationNumber" varchar(11) NOT NULL, "activityArea" varchar(40) NOT NULL, "countyCode" varchar(2) NOT NULL, "supportMissing" boolean NOT NULL)',
    );
    await queryRunner.query(
      'CREATE TABLE "ngo_score" ("applicationId" integer NOT NULL, "assessorUserId" integer NOT NULL, "score" integer NOT NULL, "comment" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), PRIMARY KEY ("applicationId", "assessorUserId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "fund_follow_up_details" ("applicationId" integer PRIMARY KEY NOT NULL, "usedByCategory" text NOT NULL, "coordinatorPlacement" varchar(200), "targetGroups" text NOT NULL, "assessmentMethods" text NOT NULL)',
    );
    await queryRunner.query('DROP INDEX "IDX_9f41924ca4785e622b377c3c41"');
    await queryRunner.query(
      'CREATE TABLE "temporary_grant_call" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "programme" varchar(40) NOT NULL, "year" integer NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL, "budget" integer NOT NULL, "grantedTotal" integer NOT NULL DEFAULT (0), "eligibleKinds" text NOT NULL, "opensAt" datetime NOT NULL, "closesAt" datetime NOT NULL, "consultationOrganisationId" integer, "consultationDays" integer NOT NULL DEFAULT (14), "followUpDueDate" varchar(10) NOT NULL, "createdById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "mode" varchar(20) NOT NULL DEFAULT (\'APPLICATION\'), "requiresConsultation" boolean NOT NULL DEFAULT (1), "roundId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_grant_call"("id", "programme", "year", "title", "description", "budget", "grantedTotal", "eligibleKinds", "opensAt", "closesAt", "consultationOrganisationId", "consultationDays", "followUpDueDate", "createdById", "createdAt") SELECT "id", "programme", "year", "title", "description", "budget", "grantedTotal", "eligibleKinds", "opensAt", "closesAt", "consultationOrganisationId", "consultationDays", "followUpDueDate", "createdById", "createdAt" FROM "grant_call"',
    );
    await queryRunner.query('DROP TABLE "grant_call"');
    await queryRunner.query('ALTER TABLE "temporary_grant_call" RENAME TO "grant_call"');
    await queryRunner.query('CREATE INDEX "IDX_9f41924ca4785e622b377c3c41" ON "grant_call" ("year") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_9f41924ca4785e622b377c3c41"');
    await queryRunner.query('ALTER TABLE "grant_call" RENAME TO "temporary_grant_call"');
    await queryRunner.query(
      'CREATE TABLE "grant_call" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "programme" varchar(40) NOT NULL, "year" integer NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL, "budget" integer NOT NULL, "grantedTotal" integer NOT NULL DEFAULT (0), "eligibleKinds" text NOT NULL, "opensAt" datetime NOT NULL, "closesAt" datetime NOT NULL, "consultationOrganisationId" integer, "consultationDays" integer NOT NULL DEFAULT (14), "followUpDueDate" varchar(10) NOT NULL, "createdById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "grant_call"("id", "programme", "year", "title", "description", "budget", "grantedTotal", "eligibleKinds", "opensAt", "closesAt", "consultationOrganisationId", "consultationDays", "followUpDueDate", "createdById", "createdAt") SELECT "id", "programme", "year", "title", "description", "budget", "grantedTotal", "eligibleKinds", "opensAt", "closesAt", "consultationOrganisationId", "consultationDays", "followUpDueDate", "createdById", "createdAt" FROM "temporary_grant_call"',
    );
    await queryRunner.query('DROP TABLE "temporary_grant_call"');
    await queryRunner.query('CREATE INDEX "IDX_9f41924ca4785e622b377c3c41" ON "grant_call" ("year") ');
    await queryRunner.query('DROP TABLE "fund_follow_up_details"');
    await queryRunner.query('DROP TABLE "ngo_score"');
    await queryRunner.query('DROP TABLE "ngo_application_details"');
    await queryRunner.query('DROP INDEX "IDX_2fb872a4334841c8614dc985a9"');
    await queryRunner.query('DROP TABLE "joint_requisition_member"');
    await queryRunner.query('DROP INDEX "IDX_2e09eeeaf5df1db27181a1ebab"');
    await queryRunner.query('DROP TABLE "requisition"');
    await queryRunner.query('DROP INDEX "IDX_2ec98470b86822670edb39ae56"');
    await queryRunner.query('DROP TABLE "allotment"');
    await queryRunner.query('DROP INDEX "IDX_18a3f7632f1e89f4fc64ff8c2c"');
    await queryRunner.query('DROP TABLE "development_fund_round"');
  }
}
