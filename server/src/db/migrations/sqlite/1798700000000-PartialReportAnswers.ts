import type { MigrationInterface, QueryRunner } from "typeorm";

/** Partial reports answer the round's follow-up form; their reminders are held once per application, year and kind. */
export class PartialReportAnswers1798700000000 implements MigrationInterface {
  name = "PartialReportAnswers1798700000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "grant_partial_report_answer" ("partialReportId" integer NOT NULL, "questionId" integer NOT NULL, "value" text, "otherText" varchar(500), "comment" varchar(2000), PRIMARY KEY ("partialReportId", "questionId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "grant_partial_report_reminder" ("applicationId" integer NOT NULL, "year" integer NOT NULL, "kind" varchar(10) NOT NULL, "claim" varchar(36) NOT NULL, "sentAt" datetime NOT NULL, PRIMARY KEY ("applicationId", "year", "kind"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "grant_partial_report_reminder"');
    await queryRunner.query('DROP TABLE "grant_partial_report_answer"');
  }
}
