import type { MigrationInterface, QueryRunner } from "typeorm";

/** A recipient may decline its allotment with a reason; a round may publish an advance notice, kept per recipient as published. */
export class AllotmentDeclineAndNotice1796800000000 implements MigrationInterface {
  name = "AllotmentDeclineAndNotice1796800000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `allotment_notice` (`roundId` int NOT NULL, `organisationId` int NOT NULL, `population` int NULL, `populationYear` int NOT NULL, `amount` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (`roundId`, `organisationId`)) ENGINE=InnoDB",
    );
    await queryRunner.query("ALTER TABLE `development_fund_round` ADD `noticePublishedAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `allotment` ADD `declinedAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `allotment` ADD `declineReason` varchar(30) NULL");
    await queryRunner.query("ALTER TABLE `allotment` ADD `declineComment` varchar(1000) NULL");
    await queryRunner.query("ALTER TABLE `allotment` ADD `declinedById` int NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `allotment` DROP COLUMN `declinedById`");
    await queryRunner.query("ALTER TABLE `allotment` DROP COLUMN `declineComment`");
    await queryRunner.query("ALTER TABLE `allotment` DROP COLUMN `declineReason`");
    await queryRunner.query("ALTER TABLE `allotment` DROP COLUMN `declinedAt`");
    await queryRunner.query("ALTER TABLE `development_fund_round` DROP COLUMN `noticePublishedAt`");
    await queryRunner.query("DROP TABLE `allotment_notice`");
  }
}
