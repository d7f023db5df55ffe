import type { MigrationInterface, QueryRunner } from "typeorm";

/** A recipient may decline its allotment with a reason; a round may publish an advance notice, kept per recipient as published. */
export class AllotmentDeclineAndNotice1796800000000 implements MigrationInterface {
  name = "AllotmentDeclineAndNotice1796800000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "allotment_notice" ("roundId" integer NOT NULL, "organisationId" integer NOT NULL, "population" integer, "populationYear" integer NOT NULL, "amount" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), PRIMARY KEY ("roundId", "organisationId"))',
    );
    await queryRunner.query('ALTER TABLE "development_fund_round" ADD COLUMN "noticePublishedAt" datetime');
    await queryRunner.query('ALTER TABLE "allotment" ADD COLUMN "declinedAt" datetime');
    await queryRunner.query('ALTER TABLE "allotment" ADD COLUMN "declineReason" varchar(30)');
    await queryRunner.query('ALTER TABLE "allotment" ADD COLUMN "declineComment" varchar(1000)');
    await queryRunner.query('ALTER TABLE "allotment" ADD COLUMN "declinedById" integer');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "allotment" DROP COLUMN "declinedById"');
    await queryRunner.query('ALTER TABLE "allotment" DROP COLUMN "declineComment"');
    await queryRunner.query('ALTER TABLE "allotment" DROP COLUMN "declineReason"');
    await queryRunner.query('ALTER TABLE "allotment" DROP COLUMN "declinedAt"');
    await queryRunner.query('ALTER TABLE "development_fund_round" DROP COLUMN "noticePublishedAt"');
    await queryRunner.query('DROP TABLE "allotment_notice"');
  }
}
