import type { MigrationInterface, QueryRunner } from "typeorm";

export class ConsultationMinimum1796229463250 implements MigrationInterface {
  name = "ConsultationMinimum1796229463250";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `grant_call` ADD `minConsultationDays` int NOT NULL DEFAULT '10'");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `grant_call` DROP COLUMN `minConsultationDays`");
  }
}
