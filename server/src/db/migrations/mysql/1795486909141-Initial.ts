import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795486909141 implements MigrationInterface {
  name = "Initial1795486909141";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `login_attempt` (`id` int NOT NULL AUTO_INCREMENT, `email` varchar(254) NOT NULL, `ip` varchar(64) NOT NULL, `succeeded` tinyint NOT NULL, `attemptedAt` datetime NOT NULL, INDEX `IDX_1b7a0ceb04ac66b9229de4e47c` (`ip`, `attemptedAt`), INDEX `IDX_51e81b37b23a16fa0b8cd6e41a` (`email`, `attemptedAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `organisation` (`id` int NOT NULL AUTO_INCREMENT, `kind` varchar(40) NOT NULL, `code` varchar(20) NOT NULL, `name` varchar(200) NOT NULL, `countyCode` varchar(2) NULL, `population` int NULL, `populationYear` int NULL, `municipalityGroupCode` varchar(2) NULL, `municipalityGroupName` varchar(80) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_497921db8c90b627fe66c106a4` (`kind`), UNIQUE INDEX `IDX_6a3122daf3cb06cb4f1f87ae64` (`code`), INDEX `IDX_60df51d10c3d75678a9e2f9340` (`countyCode`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `user` (`id` int NOT NULL AUTO_INCREMENT, `email` varchar(254) NOT NULL, `name` varchar(200) NOT NULL, `passwordHash` varchar(100) NULL, `organisationId` int NOT NULL, `roles` text NOT NULL, `active` tinyint NOT NULL DEFAULT 1, `invitationTokenHash` varchar(64) NULL, `invitationExpiresAt` datetime NULL, `lastLoginAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_e12875dfb3b1d92d7d7c5377e2` (`email`), INDEX `IDX_642763a1acbc9672d38429ea62` (`organisationId`), UNIQUE INDEX `IDX_b5da5dffa1e4c0dfa06184589c` (`invitationTokenHash`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `session` (`id` varchar(64) NOT NULL, `userId` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `expiresAt` datetime NOT NULL, INDEX `IDX_3d2f174ef04fb312fdebd0ddc5` (`userId`), INDEX `IDX_5d97cf9773002b16861b4bb8ae` (`expiresAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `audit_entry` (`id` int NOT NULL AUTO_INCREMENT, `occurredAt` datetime NOT NULL, `actorUserId` int NULL, `actorOrganisationId` int NULL, `action` varchar(80) NOT NULL, `entityType` varchar(60) NOT NULL, `entityId` varchar(40) NOT NULL, `before` text NULL, `after` text NULL, `requestId` varchar(40) NULL, INDEX `IDX_2af3e962093a443e2ce2cf8159` (`occurredAt`), INDEX `IDX_eab0263aa45e31defdf6435d4b` (`actorOrganisationId`), INDEX `IDX_b68dcc794cea3a97d59a0b8771` (`action`), INDEX `IDX_4ab466a7d06ff8d7c903d90248` (`entityType`, `entityId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `notification` (`id` int NOT NULL AUTO_INCREMENT, `userId` int NOT NULL, `kind` varchar(60) NOT NULL, `title` varchar(200) NOT NULL, `body` text NOT NULL, `link` varchar(300) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `readAt` datetime NULL, INDEX `IDX_b142beadffd32dfe9c1afc1c28` (`userId`, `readAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `outbox_mail` (`id` int NOT NULL AUTO_INCREMENT, `toAddress` varchar(254) NOT NULL, `subject` varchar(250) NOT NULL, `textBody` text NOT NULL, `status` varchar(12) NOT NULL, `attempts` int NOT NULL DEFAULT '0', `nextAttemptAt` datetime NOT NULL, `lockedBy` varchar(64) NULL, `lockedUntil` datetime NULL, `sentAt` datetime NULL, `lastError` text NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_3efa6e399250d69c59752ed618` (`status`, `nextAttemptAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query("CREATE TABLE `county` (`code` varchar(2) NOT NULL, `name` varchar(80) NOT NULL, PRIMARY KEY (`code`)) ENGINE=InnoDB");
    await queryRunner.query(
      "ALTER TABLE `user` ADD CONSTRAINT `FK_642763a1acbc9672d38429ea62a` FOREIGN KEY (`organisationId`) REFERENCES `organisation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `session` ADD CONSTRAINT `FK_3d2f174ef04fb312fdebd0ddc53` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `notification` ADD CONSTRAINT `FK_1ced25315eb974b73391fb1c81b` FOREIGN KEY (`userId`) REFERENCES `user`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `notification` DROP FOREIGN KEY `FK_1ced25315eb974b73391fb1c81b`");
    await queryRunner.query("ALTER TABLE `session` DROP FOREIGN KEY `FK_3d2f174ef04fb312fdebd0ddc53`");
    await queryRunner.query("ALTER TABLE `user` DROP FOREIGN KEY `FK_642763a1acbc9672d38429ea62a`");
    await queryRunner.query("DROP TABLE `county`");
    await queryRunner.query("DROP INDEX `IDX_3efa6e399250d69c59752ed618` ON `outbox_mail`");
    await queryRunner.query("DROP TABLE `outbox_mail`");
    await queryRunner.query("DROP INDEX `IDX_b142beadffd32dfe9c1afc1c28` ON `notification`");
    await queryRunner.query("DROP TABLE `notification`");
    await queryRunner.query("DROP INDEX `IDX_4ab466a7d06ff8d7c903d90248` ON `audit_entry`");
    await queryRunner.query("DROP INDEX `IDX_b68dcc794cea3a97d59a0b8771` ON `audit_entry`");
    await queryRunner.query("DROP INDEX `IDX_eab0263aa45e31defdf6435d4b` ON `audit_entry`");
    await queryRunner.query("DROP INDEX `IDX_2af3e962093a443e2ce2cf8159` ON `audit_entry`");
    await queryRunner.query("DROP TABLE `audit_entry`");
    await queryRunner.query("DROP INDEX `IDX_5d97cf9773002b16861b4bb8ae` ON `session`");
    await queryRunner.query("DROP INDEX `IDX_3d2f174ef04fb312fdebd0ddc5` ON `session`");
    await queryRunner.query("DROP TABLE `session`");
    await queryRunner.query("DROP INDEX `IDX_b5da5dffa1e4c0dfa06184589c` ON `user`");
    await queryRunner.query("DROP INDEX `IDX_642763a1acbc9672d38429ea62` ON `user`");
    await queryRunner.query("DROP INDEX `IDX_e12875dfb3b1d92d7d7c5377e2` ON `user`");
    await queryRunner.query("DROP TABLE `user`");
    await queryRunner.query("DROP INDEX `IDX_60df51d10c3d75678a9e2f9340` ON `organisation`");
    await queryRunner.query("DROP INDEX `IDX_6a3122daf3cb06cb4f1f87ae64` ON `organisation`");
    await queryRunner.query("DROP INDEX `IDX_497921db8c90b627fe66c106a4` ON `organisation`");
    await queryRunner.query("DROP TABLE `organisation`");
    await queryRunner.query("DROP INDEX `IDX_51e81b37b23a16fa0b8cd6e41a` ON `login_attempt`");
    await queryRunner.query("DROP INDEX `IDX_1b7a0ceb04ac66b9229de4e47c` ON `login_attempt`");
    await queryRunner.query("DROP TABLE `login_attempt`");
  }
}
