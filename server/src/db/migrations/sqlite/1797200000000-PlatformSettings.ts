import type { MigrationInterface, QueryRunner } from "typeorm";

/** Platform settings the platform administrator changes (retention period, two-factor for money), and the claims of jobs that run on one process at a time. */
export class PlatformSettings1797200000000 implements MigrationInterface {
  name = "PlatformSettings1797200000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "platform_setting" ("name" varchar(60) PRIMARY KEY NOT NULL, "value" varchar(200) NOT NULL, "updatedAt" datetime NOT NULL, "updatedById" integer)',
    );
    await queryRunner.query(
      'CREATE TABLE "job_claim" ("name" varchar(60) PRIMARY KEY NOT NULL, "claimedBy" varchar(64), "claimedUntil" datetime, "lastRunAt" datetime)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "job_claim"');
    await queryRunner.query('DROP TABLE "platform_setting"');
  }
}
