import type { MigrationInterface, QueryRunner } from "typeorm";

export class SingleSignOn1797100000000 implements MigrationInterface {
  name = "SingleSignOn1797100000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `identity_provider` (`id` int NOT NULL AUTO_INCREMENT, `organisationId` int NOT NULL, `issuer` varchar(300) NOT NULL, `clientId` varchar(200) NOT NULL, `clientSecretSealed` varchar(700) NOT NULL, `scopes` varchar(300) NOT NULL, `matchClaim` varchar(100) NOT NULL, `passwordSignInDisabled` tinyint NOT NULL DEFAULT 0, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_24ccc759676f1b09d3c955a391` (`organisationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `user_identity` (`id` int NOT NULL AUTO_INCREMENT, `userId` int NOT NULL, `issuer` varchar(300) NOT NULL, `subject` varchar(255) NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_6d46a525c55104a04b24cb6639` (`userId`), UNIQUE INDEX `IDX_7fe1cb7b4efc3420da673cc619` (`issuer`, `subject`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `identity_link_request` (`id` int NOT NULL AUTO_INCREMENT, `organisationId` int NOT NULL, `identityProviderId` int NOT NULL, `issuer` varchar(300) NOT NULL, `subject` varchar(255) NOT NULL, `email` varchar(254) NULL, `name` varchar(200) NULL, `status` varchar(10) NOT NULL, `userId` int NULL, `decidedById` int NULL, `decidedAt` datetime NULL, `requestedAt` datetime NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_e4eb23e48b1375c250cde1e8b0` (`organisationId`), UNIQUE INDEX `IDX_b28e7e8fc16ec55ef5966008e0` (`identityProviderId`, `subject`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query("ALTER TABLE `session` ADD `identityProviderId` int NULL");
    await queryRunner.query("ALTER TABLE `session` ADD `idTokenSealed` text NULL");
    await queryRunner.query(
      "ALTER TABLE `identity_provider` ADD CONSTRAINT `FK_24ccc759676f1b09d3c955a391d` FOREIGN KEY (`organisationId`) REFERENCES `organisation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `user_identity` ADD CONSTRAINT `FK_6d46a525c55104a04b24cb66391` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `identity_link_request` ADD CONSTRAINT `FK_e4eb23e48b1375c250cde1e8b03` FOREIGN KEY (`organisationId`) REFERENCES `organisation`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `identity_link_request` ADD CONSTRAINT `FK_0361847222f501ddbd94e3f3aca` FOREIGN KEY (`identityProviderId`) REFERENCES `identity_provider`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `identity_link_request` DROP FOREIGN KEY `FK_0361847222f501ddbd94e3f3aca`");
    await queryRunner.query("ALTER TABLE `identity_link_request` DROP FOREIGN KEY `FK_e4eb23e48b1375c250cde1e8b03`");
    await queryRunner.query("ALTER TABLE `user_identity` DROP FOREIGN KEY `FK_6d46a525c55104a04b24cb66391`");
    await queryRunner.query("ALTER TABLE `identity_provider` DROP FOREIGN KEY `FK_24ccc759676f1b09d3c955a391d`");
    await queryRunner.query("ALTER TABLE `session` DROP COLUMN `idTokenSealed`");
    await queryRunner.query("ALTER TABLE `session` DROP COLUMN `identityProviderId`");
    await queryRunner.query("DROP INDEX `IDX_b28e7e8fc16ec55ef5966008e0` ON `identity_link_request`");
    await queryRunner.query("DROP INDEX `IDX_e4eb23e48b1375c250cde1e8b0` ON `identity_link_request`");
    await queryRunner.query("DROP TABLE `identity_link_request`");
    await queryRunner.query("DROP INDEX `IDX_7fe1cb7b4efc3420da673cc619` ON `user_identity`");
    await queryRunner.query("DROP INDEX `IDX_6d46a525c55104a04b24cb6639` ON `user_identity`");
    await queryRunner.query("DROP TABLE `user_identity`");
    await queryRunner.query("DROP INDEX `IDX_24ccc759676f1b09d3c955a391` ON `identity_provider`");
    await queryRunner.query("DROP TABLE `identity_provider`");
  }
}
