import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The coded follow-up of development funds on the questionnaire engine: each round's form, the
 * core questions a form keeps, and a comment beside each answer. Follow-ups written before stay in
 * `fund_follow_up_details` and are read as codes from there.
 */
export class CodedFollowUp1796600000002 implements MigrationInterface {
  name = "CodedFollowUp1796600000002";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `development_fund_round` ADD `followUpQuestionnaireId` int NULL");
    await queryRunner.query("ALTER TABLE `questionnaire` ADD `coreCodes` mediumtext NULL");
    await queryRunner.query("ALTER TABLE `questionnaire_answer` ADD `comment` varchar(2000) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `questionnaire_answer` DROP COLUMN `comment`");
    await queryRunner.query("ALTER TABLE `questionnaire` DROP COLUMN `coreCodes`");
    await queryRunner.query("ALTER TABLE `development_fund_round` DROP COLUMN `followUpQuestionnaireId`");
  }
}
