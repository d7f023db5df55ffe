import type { MigrationInterface, QueryRunner } from "typeorm";

/** When a payment was first included in a payment file for the finance system, so it is exported once. */
export class PaymentExport1797600000000 implements MigrationInterface {
  name = "PaymentExport1797600000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "grant_application" ADD COLUMN "paymentExportedAt" datetime');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "grant_application" DROP COLUMN "paymentExportedAt"');
  }
}
