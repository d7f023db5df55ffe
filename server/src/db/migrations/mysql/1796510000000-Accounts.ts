import type { MigrationInterface, QueryRunner } from "typeorm";

export class Accounts1796510000000 implements MigrationInterface {
  name = "Accounts1796510000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `account_token` (`id` varchar(64) NOT NULL, `kind` varchar(20) NOT NULL, `userId` int NOT NULL, `expiresAt` datetime NOT NULL, `usedAt` datetime NULL, `attempts` int NOT NULL DEFAULT '0', `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_ca15dea3ff807360bfdd30d957` (`userId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `recovery_code` (`id` varchar(64) NOT NULL, `userId` int NOT NULL, `usedAt` datetime NULL, INDEX `IDX_0e10289994b9a90be4cde06e15` (`userId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query("ALTER TABLE `user` ADD `totpSecretSealed` varchar(300) NULL");
    await queryRunner.query("ALTER TABLE `user` ADD `totpPendingSecretSealed` varchar(300) NULL");
    await queryRunner.query("ALTER TABLE `user` ADD `totpEnabledAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `user` ADD `totpLastTimeStep` int NULL");
    await queryRunner.query("ALTER TABLE `session` ADD `lastUsedAt` datetime NULL");
    await queryRunner.query("ALTER TABLE `session` ADD `userAgent` varchar(300) NULL");
    await queryRunner.query(
      "ALTER TABLE `account_token` ADD CONSTRAINT `FK_ca15dea3ff807360bfdd30d9577` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `recovery_code` ADD CONSTRAINT `FK_0e10289994b9a90be4cde06e15c` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `recovery_code` DROP FOREIGN KEY `FK_0e10289994b9a90be4cde06e15c`");
    await queryRunner.query("ALTER TABLE `account_token` DROP FOREIGN KEY `FK_ca15dea3ff807360bfdd30d9577`");
    await queryRunner.query("ALTER TABLE `session` DROP COLUMN `userAgent`");
    await queryRunner.query("ALTER TABLE `session` DROP COLUMN `lastUsedAt`");
    await queryRunner.query("ALTER TABLE `user` DROP COLUMN `totpLastTimeStep`");
    await queryRunner.query("ALTER TABLE `user` DROP COLUMN `totpEnabledAt`");
    await queryRunner.query("ALTER TABLE `user` DROP COLUMN `totpPendingSecretSealed`");
    await queryRunner.query("ALTER TABLE `user` DROP COLUMN `totpSecretSealed`");
    await queryRunner.query("DROP INDEX `IDX_0e10289994b9a90be4cde06e15` ON `recovery_code`");
    await queryRunner.query("DROP TABLE `recovery_code`");
    await queryRunner.query("DROP INDEX `IDX_ca15dea3ff807360bfdd30d957` ON `account_token`");
    await queryRunner.query("DROP TABLE `account_token`");
  }
}
