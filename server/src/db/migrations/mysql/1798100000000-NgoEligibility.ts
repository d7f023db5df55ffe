import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * NGO eligibility and payment details: the legal form and local activity an NGO states, its bankgiro or
 * plusgiro; the organisation number of an organisation (given with a requisition, kept for the next round).
 */
export class NgoEligibility1798100000000 implements MigrationInterface {
  name = "NgoEligibility1798100000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `ngo_application_details` ADD `legalForm` varchar(20) NULL, ADD `activeLocally` tinyint NULL, ADD `paymentMethod` varchar(10) NULL, ADD `paymentNumber` varchar(20) NULL",
    );
    await queryRunner.query("ALTER TABLE `organisation` ADD `organisationNumber` varchar(11) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `organisation` DROP COLUMN `organisationNumber`");
    await queryRunner.query(
      "ALTER TABLE `ngo_application_details` DROP COLUMN `paymentNumber`, DROP COLUMN `paymentMethod`, DROP COLUMN `activeLocally`, DROP COLUMN `legalForm`",
    );
  }
}
