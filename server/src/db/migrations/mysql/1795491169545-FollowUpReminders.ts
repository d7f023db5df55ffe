import type { MigrationInterface, QueryRunner } from "typeorm";

export class FollowUpReminders1795491169545 implements MigrationInterface {
  name = "FollowUpReminders1795491169545";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `grant_application` ADD `followUpReminderSentAt` datetime NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `grant_application` DROP COLUMN `followUpReminderSentAt`");
  }
}
