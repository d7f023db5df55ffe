import type { MigrationInterface, QueryRunner } from "typeorm";

export class SignInThrottle1796229584078 implements MigrationInterface {
  name = "SignInThrottle1796229584078";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `sign_in_throttle` (`id` varchar(64) NOT NULL, `kind` varchar(16) NOT NULL, `email` varchar(254) NULL, `ip` varchar(64) NULL, `attempts` int NOT NULL DEFAULT '0', `blocks` int NOT NULL DEFAULT '0', `windowStartedAt` datetime NOT NULL, `blockedUntil` datetime NULL, INDEX `IDX_c18a969ed3b9dd6a3c88b04f1d` (`email`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_c18a969ed3b9dd6a3c88b04f1d` ON `sign_in_throttle`");
    await queryRunner.query("DROP TABLE `sign_in_throttle`");
  }
}
