import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * NGO eligibility and payment details: the legal form and local activity an NGO states, its bankgiro or
 * plusgiro; the organisation number of an organisation (given with a requisition, kept for the next round).
 */
export class NgoEligibility1798100000000 implements MigrationInterface {
  name = "NgoEligibility1798100000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "ngo_application_details" ADD COLUMN "legalForm" varchar(20)');
    await queryRunner.query('ALTER TABLE "ngo_application_details" ADD COLUMN "activeLocally" boolean');
    await queryRunner.query('ALTER TABLE "ngo_application_details" ADD COLUMN "paymentMethod" varchar(10)');
    await queryRunner.query('ALTER TABLE "ngo_application_details" ADD COLUMN "paymentNumber" varchar(20)');
    await queryRunner.query('ALTER TABLE "organisation" ADD COLUMN "organisationNumber" varchar(11)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "organisation" DROP COLUMN "organisationNumber"');
    await queryRunner.query('ALTER TABLE "ngo_application_details" DROP COLUMN "paymentNumber"');
    await queryRunner.query('ALTER TABLE "ngo_application_details" DROP COLUMN "paymentMethod"');
    await queryRunner.query('ALTER TABLE "ngo_application_details" DROP COLUMN "activeLocally"');
    await queryRunner.query('ALTER TABLE "ngo_application_details" DROP COLUMN "legalForm"');
  }
}
