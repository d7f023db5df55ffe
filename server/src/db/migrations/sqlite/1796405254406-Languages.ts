import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Columns added in place: recreating `user` would cascade into every table that refers to it.
 * Notifications made before this keep their Swedish title and body and no message key.
 */
export class Languages1796405254406 implements MigrationInterface {
  name = "Languages1796405254406";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user" ADD COLUMN "language" varchar(2) NOT NULL DEFAULT (\'sv\')');
    await queryRunner.query('ALTER TABLE "notification" ADD COLUMN "messageKey" varchar(100)');
    await queryRunner.query('ALTER TABLE "notification" ADD COLUMN "messageParams" text');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "notification" DROP COLUMN "messageParams"');
    await queryRunner.query('ALTER TABLE "notification" DROP COLUMN "messageKey"');
    await queryRunner.query('ALTER TABLE "user" DROP COLUMN "language"');
  }
}
