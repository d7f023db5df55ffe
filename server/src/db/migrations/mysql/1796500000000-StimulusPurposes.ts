import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What a stimulus application's funds are for, as coded categories. Added in place and empty:
 * applications made before it count as "not stated".
 */
export class StimulusPurposes1796500000000 implements MigrationInterface {
  name = "StimulusPurposes1796500000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `stimulus_application_content` ADD `purposeCategories` mediumtext NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `stimulus_application_content` DROP COLUMN `purposeCategories`");
  }
}
