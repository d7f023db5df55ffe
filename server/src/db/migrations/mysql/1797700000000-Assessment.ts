import type { MigrationInterface, QueryRunner } from "typeorm";

/** Assessment by reviewers: a call's criteria and reviewers, each reviewer's declaration of jäv and scores, the proposal, and who took part (with the decision). */
export class Assessment1797700000000 implements MigrationInterface {
  name = "Assessment1797700000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `assessment_criterion` (`id` int NOT NULL AUTO_INCREMENT, `callId` int NOT NULL, `position` int NOT NULL, `name` varchar(200) NOT NULL, `nameEn` varchar(200) NULL, `maxPoints` int NOT NULL, INDEX `IDX_b14909ab6c140ebf2e2c23ab50` (`callId`, `position`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `call_reviewer` (`callId` int NOT NULL, `userId` int NOT NULL, `assignedById` int NOT NULL, `assignedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (`callId`, `userId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `application_review` (`applicationId` int NOT NULL, `reviewerUserId` int NOT NULL, `status` varchar(20) NOT NULL, `declaredAt` datetime NOT NULL, `disqualificationReason` text NULL, `scores` mediumtext NOT NULL, `total` int NULL, `comment` text NULL, `scoredAt` datetime NULL, PRIMARY KEY (`applicationId`, `reviewerUserId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `decision_proposal` (`applicationId` int NOT NULL, `outcome` varchar(20) NOT NULL, `amount` int NULL, `motivation` text NOT NULL, `proposedById` int NOT NULL, `proposedAt` datetime NOT NULL, PRIMARY KEY (`applicationId`)) ENGINE=InnoDB",
    );
    await queryRunner.query("ALTER TABLE `grant_application` ADD `assessmentRecord` mediumtext NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `grant_application` DROP COLUMN `assessmentRecord`");
    await queryRunner.query("DROP TABLE `decision_proposal`");
    await queryRunner.query("DROP TABLE `application_review`");
    await queryRunner.query("DROP TABLE `call_reviewer`");
    await queryRunner.query("DROP INDEX `IDX_b14909ab6c140ebf2e2c23ab50` ON `assessment_criterion`");
    await queryRunner.query("DROP TABLE `assessment_criterion`");
  }
}
