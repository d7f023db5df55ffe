import type { MigrationInterface, QueryRunner } from "typeorm";

/** The justerare's comments when minutes are sent back, kept until the convener sends them again. Columns added in place. */
export class MinutesSentBack1796405205923 implements MigrationInterface {
  name = "MinutesSentBack1796405205923";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "meeting_minutes" ADD COLUMN "returnComment" text');
    await queryRunner.query('ALTER TABLE "meeting_minutes" ADD COLUMN "returnedAt" datetime');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "meeting_minutes" DROP COLUMN "returnedAt"');
    await queryRunner.query('ALTER TABLE "meeting_minutes" DROP COLUMN "returnComment"');
  }
}
