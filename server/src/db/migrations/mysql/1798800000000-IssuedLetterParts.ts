import type { MigrationInterface, QueryRunner } from "typeorm";

/** A letter sent records a template version per part it writes: the letter each row belongs to (earlier rows: their own kind). */
export class IssuedLetterParts1798800000000 implements MigrationInterface {
  name = "IssuedLetterParts1798800000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `issued_letter` ADD `letter` varchar(30) NOT NULL DEFAULT ''");
    await queryRunner.query("UPDATE `issued_letter` SET `letter` = `kind`");
    await queryRunner.query("ALTER TABLE `issued_letter` ALTER `letter` DROP DEFAULT");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DELETE FROM `issued_letter` WHERE `letter` <> `kind`");
    await queryRunner.query("ALTER TABLE `issued_letter` DROP COLUMN `letter`");
  }
}
