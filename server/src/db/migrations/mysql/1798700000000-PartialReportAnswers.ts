import type { MigrationInterface, QueryRunner } from "typeorm";

/** Partial reports answer the round's follow-up form; their reminders are held once per application, year and kind. */
export class PartialReportAnswers1798700000000 implements MigrationInterface {
  name = "PartialReportAnswers1798700000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `grant_partial_report_answer` (`partialReportId` int NOT NULL, `questionId` int NOT NULL, `value` mediumtext NULL, `otherText` varchar(500) NULL, `comment` varchar(2000) NULL, PRIMARY KEY (`partialReportId`, `questionId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `grant_partial_report_reminder` (`applicationId` int NOT NULL, `year` int NOT NULL, `kind` varchar(10) NOT NULL, `claim` varchar(36) NOT NULL, `sentAt` datetime NOT NULL, PRIMARY KEY (`applicationId`, `year`, `kind`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `grant_partial_report_reminder`");
    await queryRunner.query("DROP TABLE `grant_partial_report_answer`");
  }
}
