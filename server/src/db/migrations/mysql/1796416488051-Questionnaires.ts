import type { MigrationInterface, QueryRunner } from "typeorm";

export class Questionnaires1796416488051 implements MigrationInterface {
  name = "Questionnaires1796416488051";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `question` (`id` int NOT NULL AUTO_INCREMENT, `code` varchar(60) NOT NULL, `type` varchar(30) NOT NULL, `textSv` varchar(500) NOT NULL, `textEn` varchar(500) NOT NULL, `options` mediumtext NOT NULL, `allowsOther` tinyint NOT NULL DEFAULT 0, `matrixRows` mediumtext NOT NULL, `prefillCode` varchar(60) NULL, `ownerOrganisationId` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_ec9992a3f878180d2678be7dfb` (`code`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `questionnaire` (`id` int NOT NULL AUTO_INCREMENT, `titleSv` varchar(200) NOT NULL, `titleEn` varchar(200) NOT NULL, `year` int NOT NULL, `targetGroup` varchar(30) NOT NULL, `ownerOrganisationId` int NOT NULL, `status` varchar(20) NOT NULL, `deadline` varchar(10) NOT NULL, `sentAt` datetime NULL, `closedAt` datetime NULL, `remindedAt` datetime NULL, `autoReminderSentAt` datetime NULL, `createdById` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_b9fd23395df1d6932d9e460731` (`ownerOrganisationId`, `year`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `questionnaire_item` (`questionnaireId` int NOT NULL, `questionId` int NOT NULL, `position` int NOT NULL, `section` varchar(200) NULL, INDEX `IDX_252e4a359948598ddcd0da0d43` (`questionId`), PRIMARY KEY (`questionnaireId`, `questionId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `questionnaire_response` (`id` int NOT NULL AUTO_INCREMENT, `questionnaireId` int NOT NULL, `organisationId` int NOT NULL, `status` varchar(20) NOT NULL, `submittedAt` datetime NULL, `submittedById` int NULL, `updatedById` int NULL, `updatedAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_5a36c5a0a7d15954abbb9ff924` (`organisationId`), UNIQUE INDEX `IDX_ac84130d427c72198629c90aef` (`questionnaireId`, `organisationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `questionnaire_answer` (`responseId` int NOT NULL, `questionId` int NOT NULL, `value` mediumtext NULL, `otherText` varchar(500) NULL, `prefilled` tinyint NOT NULL DEFAULT 0, `prefilledValue` mediumtext NULL, `updatedById` int NULL, `updatedAt` datetime NULL, PRIMARY KEY (`responseId`, `questionId`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `questionnaire_answer`");
    await queryRunner.query("DROP INDEX `IDX_ac84130d427c72198629c90aef` ON `questionnaire_response`");
    await queryRunner.query("DROP INDEX `IDX_5a36c5a0a7d15954abbb9ff924` ON `questionnaire_response`");
    await queryRunner.query("DROP TABLE `questionnaire_response`");
    await queryRunner.query("DROP INDEX `IDX_252e4a359948598ddcd0da0d43` ON `questionnaire_item`");
    await queryRunner.query("DROP TABLE `questionnaire_item`");
    await queryRunner.query("DROP INDEX `IDX_b9fd23395df1d6932d9e460731` ON `questionnaire`");
    await queryRunner.query("DROP TABLE `questionnaire`");
    await queryRunner.query("DROP INDEX `IDX_ec9992a3f878180d2678be7dfb` ON `question`");
    await queryRunner.query("DROP TABLE `question`");
  }
}
