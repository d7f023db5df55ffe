import type { MigrationInterface, QueryRunner } from "typeorm";

/** Funds used over more than one year: the last day of use of a call and a round, and the partial report of each year. */
export class MultiYearFunds1798000000000 implements MigrationInterface {
  name = "MultiYearFunds1798000000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `grant_call` ADD `usableUntil` varchar(10) NULL");
    await queryRunner.query("ALTER TABLE `development_fund_round` ADD `usableUntil` varchar(10) NULL");
    await queryRunner.query(
      "CREATE TABLE `grant_partial_report` (`id` int NOT NULL AUTO_INCREMENT, `applicationId` int NOT NULL, `year` int NOT NULL, `usedAmount` int NOT NULL, `report` text NOT NULL, `submittedAt` datetime NOT NULL, `submittedById` int NULL, UNIQUE INDEX `IDX_grant_partial_report_year` (`applicationId`, `year`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_grant_partial_report_year` ON `grant_partial_report`");
    await queryRunner.query("DROP TABLE `grant_partial_report`");
    await queryRunner.query("ALTER TABLE `development_fund_round` DROP COLUMN `usableUntil`");
    await queryRunner.query("ALTER TABLE `grant_call` DROP COLUMN `usableUntil`");
  }
}
