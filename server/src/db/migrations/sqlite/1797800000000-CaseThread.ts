import type { MigrationInterface, QueryRunner } from "typeorm";

/** The case thread of an application (messages, internal notes, completion requests and answers) and its attachments. */
export class CaseThread1797800000000 implements MigrationInterface {
  name = "CaseThread1797800000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "grant_case_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "kind" varchar(30) NOT NULL, "internal" boolean NOT NULL DEFAULT (0), "fromApplicant" boolean NOT NULL, "authorId" integer, "body" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_grant_case_entry_application" ON "grant_case_entry" ("applicationId", "id") ');
    await queryRunner.query(
      'CREATE TABLE "grant_attachment" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "filename" varchar(255) NOT NULL, "contentType" varchar(120) NOT NULL, "size" integer NOT NULL, "storageName" varchar(120) NOT NULL, "uploadedById" integer NOT NULL, "fromApplicant" boolean NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_grant_attachment_application" ON "grant_attachment" ("applicationId") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_grant_attachment_application"');
    await queryRunner.query('DROP TABLE "grant_attachment"');
    await queryRunner.query('DROP INDEX "IDX_grant_case_entry_application"');
    await queryRunner.query('DROP TABLE "grant_case_entry"');
  }
}
