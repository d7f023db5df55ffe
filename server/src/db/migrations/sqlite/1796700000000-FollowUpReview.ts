import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Granskning of follow-up reports: the review's status, a completion request with its due date, a
 * reclaim (återkrav) with its amount and reasons, and what of a repayment has come in.
 */
export class FollowUpReview1796700000000 implements MigrationInterface {
  name = "FollowUpReview1796700000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "repaidAmount" integer`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "followUpReview" varchar(30)`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "reviewMessage" text`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "reviewDueDate" varchar(10)`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "reviewedAt" datetime`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "reviewedById" integer`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "reclaimAmount" integer`);
    await queryRunner.query(`ALTER TABLE "grant_application" ADD COLUMN "reclaimMotivation" text`);
    await queryRunner.query(`CREATE INDEX "IDX_666e2507e78800a5f33d7f252c" ON "grant_application" ("followUpReview") `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_666e2507e78800a5f33d7f252c"`);
    await queryRunner.query(`ALTER TABLE "grant_application" DROP COLUMN "reclaimMotivation"`);
    await queryRunner.query(`ALTER TABLE "grant_application" DROP COLUMN "reclaimAmount"`);
    await queryRunner.query(`ALTER TABLE "grant_application" DROP COLUMN "reviewedById"`);
    await queryRunner.query(`ALTER TABLE "grant_application" DROP COLUMN "reviewedAt"`);
    await queryRunner.query(`ALTER TABLE "grant_application" DROP COLUMN "reviewDueDate"`);
    await queryRunner.query(`ALTER TABLE "grant_application" DROP COLUMN "reviewMessage"`);
    await queryRunner.query(`ALTER TABLE "grant_application" DROP COLUMN "followUpReview"`);
    await queryRunner.query(`ALTER TABLE "grant_application" DROP COLUMN "repaidAmount"`);
  }
}
