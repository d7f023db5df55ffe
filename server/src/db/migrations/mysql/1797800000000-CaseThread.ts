import type { MigrationInterface, QueryRunner } from "typeorm";

/** The case thread of an application (messages, internal notes, completion requests and answers) and its attachments. */
export class CaseThread1797800000000 implements MigrationInterface {
  name = "CaseThread1797800000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `grant_case_entry` (`id` int NOT NULL AUTO_INCREMENT, `applicationId` int NOT NULL, `kind` varchar(30) NOT NULL, `internal` tinyint NOT NULL DEFAULT 0, `fromApplicant` tinyint NOT NULL, `authorId` int NULL, `body` text NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_grant_case_entry_application` (`applicationId`, `id`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `grant_attachment` (`id` int NOT NULL AUTO_INCREMENT, `applicationId` int NOT NULL, `filename` varchar(255) NOT NULL, `contentType` varchar(120) NOT NULL, `size` int NOT NULL, `storageName` varchar(120) NOT NULL, `uploadedById` int NOT NULL, `fromApplicant` tinyint NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_grant_attachment_application` (`applicationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `grant_attachment`");
    await queryRunner.query("DROP TABLE `grant_case_entry`");
  }
}
