import type { MigrationInterface, QueryRunner } from "typeorm";

export class Languages1796405254406 implements MigrationInterface {
  name = "Languages1796405254406";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `user` ADD `language` varchar(2) NOT NULL DEFAULT 'sv'");
    await queryRunner.query("ALTER TABLE `notification` ADD `messageKey` varchar(100) NULL");
    await queryRunner.query("ALTER TABLE `notification` ADD `messageParams` mediumtext NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `notification` DROP COLUMN `messageParams`");
    await queryRunner.query("ALTER TABLE `notification` DROP COLUMN `messageKey`");
    await queryRunner.query("ALTER TABLE `user` DROP COLUMN `language`");
  }
}
