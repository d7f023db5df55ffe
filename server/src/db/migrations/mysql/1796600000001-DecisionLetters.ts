import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Official decision letters: who presented the case (föredragande), and the follow-up date of each
 * grant, set at the decision. Decisions made before are left empty and use the call's date.
 */
export class DecisionLetters1796600000001 implements MigrationInterface {
  name = "DecisionLetters1796600000001";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `grant_application` ADD `presentedById` int NULL, ADD `followUpDueDate` varchar(10) NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `grant_application` DROP COLUMN `followUpDueDate`, DROP COLUMN `presentedById`");
  }
}
