import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What an applicant writes moves out of `grant_application` into the programme's own table: a
 * stimulus application's content into `stimulus_application_content`, a requisition's planned use
 * and contact into `requisition`, an NGO application's description, target groups, period, budget
 * and contact into `ngo_application_details`. The fixed texts requisitions carried (purpose,
 * period) are not kept. `grant_application` loses the columns in place (ALTER TABLE DROP COLUMN,
 * SQLite 3.35 and later; none of them is indexed); the two small tables are created anew with
 * their content, as SQLite adds no NOT NULL column without a default.
 */
export class ProgrammeContent1796416206049 implements MigrationInterface {
  name = "ProgrammeContent1796416206049";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "stimulus_application_content" ("applicationId" integer PRIMARY KEY NOT NULL, "purpose" text NOT NULL, "plannedActivities" text NOT NULL, "targetGroups" text NOT NULL, "periodStart" varchar(10), "periodEnd" varchar(10), "budgetLines" text NOT NULL, "contactName" varchar(200) NOT NULL DEFAULT (''), "contactEmail" varchar(254) NOT NULL DEFAULT (''), "contactPhone" varchar(40), CONSTRAINT "FK_1bace7bfde69f7a22982c4bd8ef" FOREIGN KEY ("applicationId") REFERENCES "grant_application" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`,
    );
    await queryRunner.query(
      `INSERT INTO "stimulus_application_content" ("applicationId", "purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "budgetLines", "contactName", "contactEmail", "contactPhone") SELECT a."id", a."purpose", a."plannedActivities", a."targetGroups", a."periodStart", a."periodEnd", a."budgetLines", a."contactName", a."contactEmail", a."contactPhone" FROM "grant_application" a INNER JOIN "grant_call" c ON c."id" = a."callId" WHERE c."programme" = 'SARSKILDA_STIMULANSMEDEL'`,
    );

    await queryRunner.query(`DROP INDEX "IDX_2e09eeeaf5df1db27181a1ebab"`);
    await queryRunner.query(
      `CREATE TABLE "temporary_requisition" ("applicationId" integer PRIMARY KEY NOT NULL, "roundId" integer NOT NULL, "paymentMethod" varchar(10) NOT NULL, "paymentNumber" varchar(20) NOT NULL, "wantsMore" boolean NOT NULL DEFAULT (0), "wantsMoreUpTo" integer, "redistributedAmount" integer NOT NULL DEFAULT (0), "plannedUse" text NOT NULL, "contactName" varchar(200) NOT NULL DEFAULT (''), "contactEmail" varchar(254) NOT NULL DEFAULT (''))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_requisition" ("applicationId", "roundId", "paymentMethod", "paymentNumber", "wantsMore", "wantsMoreUpTo", "redistributedAmount", "plannedUse", "contactName", "contactEmail") SELECT r."applicationId", r."roundId", r."paymentMethod", r."paymentNumber", r."wantsMore", r."wantsMoreUpTo", r."redistributedAmount", COALESCE(a."budgetLines", '[]'), COALESCE(a."contactName", ''), COALESCE(a."contactEmail", '') FROM "requisition" r LEFT JOIN "grant_application" a ON a."id" = r."applicationId"`,
    );
    await queryRunner.query(`DROP TABLE "requisition"`);
    await queryRunner.query(`ALTER TABLE "temporary_requisition" RENAME TO "requisition"`);
    await queryRunner.query(`CREATE INDEX "IDX_2e09eeeaf5df1db27181a1ebab" ON "requisition" ("roundId") `);

    await queryRunner.query(
      `CREATE TABLE "temporary_ngo_application_details" ("applicationId" integer PRIMARY KEY NOT NULL, "organisationNumber" varchar(11) NOT NULL, "activityArea" varchar(40) NOT NULL, "countyCode" varchar(2) NOT NULL, "supportMissing" boolean NOT NULL, "description" text NOT NULL, "targetGroups" text NOT NULL, "periodStart" varchar(10), "periodEnd" varchar(10), "budgetLines" text NOT NULL, "contactName" varchar(200) NOT NULL DEFAULT (''), "contactEmail" varchar(254) NOT NULL DEFAULT (''))`,
    );
    await queryRunner.query(
      `INSERT INTO "temporary_ngo_application_details" ("applicationId", "organisationNumber", "activityArea", "countyCode", "supportMissing", "description", "targetGroups", "periodStart", "periodEnd", "budgetLines", "contactName", "contactEmail") SELECT d."applicationId", d."organisationNumber", d."activityArea", d."countyCode", d."supportMissing", COALESCE(a."purpose", ''), COALESCE(a."targetGroups", ''), a."periodStart", a."periodEnd", COALESCE(a."budgetLines", '[]'), COALESCE(a."contactName", ''), COALESCE(a."contactEmail", '') FROM "ngo_application_details" d LEFT JOIN "grant_application" a ON a."id" = d."applicationId"`,
    );
    await queryRunner.query(`DROP TABLE "ngo_application_details"`);
    await queryRunner.query(`ALTER TABLE "temporary_ngo_application_details" RENAME TO "ngo_application_details"`);

    for (const column of MOVED) await queryRunner.query(`ALTER TABLE "grant_application" DROP COLUMN "${column}"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "purpose" text NOT NULL DEFAULT ('')`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "plannedActivities" text NOT NULL DEFAULT ('')`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "targetGroups" text NOT NULL DEFAULT ('')`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "periodStart" varchar(10)`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "periodEnd" varchar(10)`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "budgetLines" text NOT NULL DEFAULT ('[]')`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "contactName" varchar(200) NOT NULL DEFAULT ('')`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "contactEmail" varchar(254) NOT NULL DEFAULT ('')`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "contactPhone" varchar(40)`);
    await queryRunner.query(
      `UPDATE "grant_application" SET ("purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "budgetLines", "contactName", "contactEmail", "contactPhone") = (SELECT s."purpose", s."plannedActivities", s."targetGroups", s."periodStart", s."periodEnd", s."budgetLines", s."contactName", s."contactEmail", s."contactPhone" FROM "stimulus_application_content" s WHERE s."applicationId" = "grant_application"."id") WHERE "id" IN (SELECT "applicationId" FROM "stimulus_application_content")`,
    );
    await queryRunner.query(
      `UPDATE "grant_application" SET ("budgetLines", "contactName", "contactEmail") = (SELECT r."plannedUse", r."contactName", r."contactEmail" FROM "requisition" r WHERE r."applicationId" = "grant_application"."id") WHERE "id" IN (SELECT "applicationId" FROM "requisition")`,
    );
    await queryRunner.query(
      `UPDATE "grant_application" SET ("purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "budgetLines", "contactName", "contactEmail") = (SELECT d."description", d."description", d."targetGroups", d."periodStart", d."periodEnd", d."budgetLines", d."contactName", d."contactEmail" FROM "ngo_application_details" d WHERE d."applicationId" = "grant_application"."id") WHERE "id" IN (SELECT "applicationId" FROM "ngo_application_details")`,
    );
    for (const column of ["description", "targetGroups", "periodStart", "periodEnd", "budgetLines", "contactName", "contactEmail"])
      await queryRunner.query(`ALTER TABLE "ngo_application_details" DROP COLUMN "${column}"`);
    for (const column of ["plannedUse", "contactName", "contactEmail"]) await queryRunner.query(`ALTER TABLE "requisition" DROP COLUMN "${column}"`);
    await queryRunner.query(`DROP TABLE "stimulus_application_content"`);
  }
}

/** The columns of what an applicant writes, which leave `grant_application`. */
const MOVED = ["purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "budgetLines", "contactName", "contactEmail", "contactPhone"];
