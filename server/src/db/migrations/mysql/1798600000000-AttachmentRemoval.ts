import type { MigrationInterface, QueryRunner } from "typeorm";

/** A removed attachment stays in the case file record: who removed it and when. */
export class AttachmentRemoval1798600000000 implements MigrationInterface {
  name = "AttachmentRemoval1798600000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `grant_attachment` ADD `removedAt` datetime(6) NULL, ADD `removedById` int NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `grant_attachment` DROP COLUMN `removedById`, DROP COLUMN `removedAt`");
  }
}
