import type { MigrationInterface, QueryRunner } from "typeorm";

export class EmailDigest1796419000000 implements MigrationInterface {
  name = "EmailDigest1796419000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `user` ADD `emailFrequency` varchar(10) NOT NULL DEFAULT 'IMMEDIATE'");
    await queryRunner.query("ALTER TABLE `user` ADD `digestSentAt` datetime NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `user` DROP COLUMN `digestSentAt`");
    await queryRunner.query("ALTER TABLE `user` DROP COLUMN `emailFrequency`");
  }
}
