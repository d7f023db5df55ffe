import type { MigrationInterface, QueryRunner } from "typeorm";

/** A sign-in challenge remembers the identity provider it came through, so the session it opens can sign out there. */
export class ChallengeProvider1797400000000 implements MigrationInterface {
  name = "ChallengeProvider1797400000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `account_token` ADD `identityProviderId` int NULL");
    await queryRunner.query("ALTER TABLE `account_token` ADD `idTokenSealed` text NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `account_token` DROP COLUMN `idTokenSealed`");
    await queryRunner.query("ALTER TABLE `account_token` DROP COLUMN `identityProviderId`");
  }
}
