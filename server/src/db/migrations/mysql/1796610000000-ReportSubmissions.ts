import type { MigrationInterface, QueryRunner } from "typeorm";

/** Reports marked as submitted to the government: the report data kept frozen, one per reporting date. */
export class ReportSubmissions1796610000000 implements MigrationInterface {
  name = "ReportSubmissions1796610000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `report_submission` (`id` int NOT NULL AUTO_INCREMENT, `deadlineKey` varchar(40) NOT NULL, `year` int NOT NULL, `submittedById` int NOT NULL, `organisationId` int NOT NULL, `submittedAt` datetime NOT NULL, `snapshot` mediumtext NOT NULL, UNIQUE INDEX `IDX_6024ca970b248983b8d1d38b2a` (`deadlineKey`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_6024ca970b248983b8d1d38b2a` ON `report_submission`");
    await queryRunner.query("DROP TABLE `report_submission`");
  }
}
