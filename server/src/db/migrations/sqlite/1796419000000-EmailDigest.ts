import type { MigrationInterface, QueryRunner } from "typeorm";

/** Columns added in place: recreating `user` would cascade into every table that refers to it. */
export class EmailDigest1796419000000 implements MigrationInterface {
  name = "EmailDigest1796419000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user" ADD COLUMN "emailFrequency" varchar(10) NOT NULL DEFAULT (\'IMMEDIATE\')');
    await queryRunner.query('ALTER TABLE "user" ADD COLUMN "digestSentAt" datetime');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user" DROP COLUMN "digestSentAt"');
    await queryRunner.query('ALTER TABLE "user" DROP COLUMN "emailFrequency"');
  }
}
