import type { MigrationInterface, QueryRunner } from "typeorm";

export class MinutesSentBack1796405205923 implements MigrationInterface {
  name = "MinutesSentBack1796405205923";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `meeting_minutes` ADD `returnComment` text NULL");
    await queryRunner.query("ALTER TABLE `meeting_minutes` ADD `returnedAt` datetime NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `meeting_minutes` DROP COLUMN `returnedAt`");
    await queryRunner.query("ALTER TABLE `meeting_minutes` DROP COLUMN `returnComment`");
  }
}
