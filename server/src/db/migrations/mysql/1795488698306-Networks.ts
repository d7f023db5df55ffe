import type { MigrationInterface, QueryRunner } from "typeorm";

export class Networks1795488698306 implements MigrationInterface {
  name = "Networks1795488698306";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `network` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(200) NOT NULL, `topic` varchar(40) NOT NULL, `description` text NOT NULL, `convenerOrganisationId` int NOT NULL, `createdById` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_de21b516c1701883236de5e5b0` (`convenerOrganisationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `network_member` (`networkId` int NOT NULL, `organisationId` int NOT NULL, `coConvener` tinyint NOT NULL DEFAULT 0, `addedAt` datetime NOT NULL, INDEX `IDX_d5245fffd5a524fa24f5c02dce` (`organisationId`), PRIMARY KEY (`networkId`, `organisationId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `network_contact` (`id` int NOT NULL AUTO_INCREMENT, `networkId` int NOT NULL, `organisationId` int NOT NULL, `name` varchar(200) NOT NULL, `email` varchar(254) NOT NULL, `title` varchar(200) NULL, INDEX `IDX_92298bfb46bc4ab76a9ac62274` (`networkId`, `organisationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `network_meeting` (`id` int NOT NULL AUTO_INCREMENT, `networkId` int NOT NULL, `title` varchar(200) NOT NULL, `startsAt` datetime NOT NULL, `endsAt` datetime NOT NULL, `location` varchar(300) NULL, `onlineUrl` varchar(500) NULL, `rsvpDeadline` datetime NULL, `status` varchar(20) NOT NULL, `seriesId` varchar(40) NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_40505b3d14483381c74ffb7bb8` (`networkId`, `startsAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `agenda_item` (`id` int NOT NULL AUTO_INCREMENT, `meetingId` int NOT NULL, `position` int NOT NULL, `title` varchar(300) NOT NULL, `presenter` varchar(200) NULL, `durationMinutes` int NULL, `actionItemId` int NULL, INDEX `IDX_28bc9d0411e9396fd1a0eb9e49` (`meetingId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `meeting_document` (`id` int NOT NULL AUTO_INCREMENT, `meetingId` int NOT NULL, `agendaItemId` int NULL, `filename` varchar(255) NOT NULL, `contentType` varchar(120) NOT NULL, `size` int NOT NULL, `storageName` varchar(120) NOT NULL, `uploadedById` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_33fdb6e7d4a3e100b4411ae333` (`meetingId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `meeting_response` (`meetingId` int NOT NULL, `organisationId` int NOT NULL, `attendees` text NOT NULL, `respondedAt` datetime NOT NULL, `respondedById` int NOT NULL, PRIMARY KEY (`meetingId`, `organisationId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `meeting_attendance` (`meetingId` int NOT NULL, `organisationId` int NOT NULL, `status` varchar(20) NOT NULL, `people` int NOT NULL DEFAULT '0', PRIMARY KEY (`meetingId`, `organisationId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `meeting_minutes` (`meetingId` int NOT NULL, `status` varchar(20) NOT NULL, `body` text NOT NULL, `decisions` text NOT NULL, `approverUserId` int NULL, `approvedAt` datetime NULL, `publishedAt` datetime NULL, `version` int NOT NULL DEFAULT '0', PRIMARY KEY (`meetingId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `meeting_minutes_version` (`id` int NOT NULL AUTO_INCREMENT, `meetingId` int NOT NULL, `version` int NOT NULL, `content` text NOT NULL, `publishedAt` datetime NOT NULL, UNIQUE INDEX `IDX_411edee22eba625432916ce2ae` (`meetingId`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `action_item` (`id` int NOT NULL AUTO_INCREMENT, `networkId` int NOT NULL, `meetingId` int NOT NULL, `text` varchar(500) NOT NULL, `owner` varchar(200) NOT NULL, `dueDate` varchar(10) NULL, `done` tinyint NOT NULL DEFAULT 0, INDEX `IDX_a94b3fbaa007e806a7e6de18ed` (`meetingId`), INDEX `IDX_afd2a518c6441024aff466f1b3` (`networkId`, `done`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `calendar_feed` (`tokenHash` varchar(64) NOT NULL, `userId` int NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_f6779773c62bb47bf4001a6906` (`userId`), PRIMARY KEY (`tokenHash`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "ALTER TABLE `network` ADD CONSTRAINT `FK_de21b516c1701883236de5e5b04` FOREIGN KEY (`convenerOrganisationId`) REFERENCES `organisation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `network_meeting` ADD CONSTRAINT `FK_122c058ea7dcdfec532294fc2ac` FOREIGN KEY (`networkId`) REFERENCES `network`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `network_meeting` DROP FOREIGN KEY `FK_122c058ea7dcdfec532294fc2ac`");
    await queryRunner.query("ALTER TABLE `network` DROP FOREIGN KEY `FK_de21b516c1701883236de5e5b04`");
    await queryRunner.query("DROP INDEX `IDX_f6779773c62bb47bf4001a6906` ON `calendar_feed`");
    await queryRunner.query("DROP TABLE `calendar_feed`");
    await queryRunner.query("DROP INDEX `IDX_afd2a518c6441024aff466f1b3` ON `action_item`");
    await queryRunner.query("DROP INDEX `IDX_a94b3fbaa007e806a7e6de18ed` ON `action_item`");
    await queryRunner.query("DROP TABLE `action_item`");
    await queryRunner.query("DROP INDEX `IDX_411edee22eba625432916ce2ae` ON `meeting_minutes_version`");
    await queryRunner.query("DROP TABLE `meeting_minutes_version`");
    await queryRunner.query("DROP TABLE `meeting_minutes`");
    await queryRunner.query("DROP TABLE `meeting_attendance`");
    await queryRunner.query("DROP TABLE `meeting_response`");
    await queryRunner.query("DROP INDEX `IDX_33fdb6e7d4a3e100b4411ae333` ON `meeting_document`");
    await queryRunner.query("DROP TABLE `meeting_document`");
    await queryRunner.query("DROP INDEX `IDX_28bc9d0411e9396fd1a0eb9e49` ON `agenda_item`");
    await queryRunner.query("DROP TABLE `agenda_item`");
    await queryRunner.query("DROP INDEX `IDX_40505b3d14483381c74ffb7bb8` ON `network_meeting`");
    await queryRunner.query("DROP TABLE `network_meeting`");
    await queryRunner.query("DROP INDEX `IDX_92298bfb46bc4ab76a9ac62274` ON `network_contact`");
    await queryRunner.query("DROP TABLE `network_contact`");
    await queryRunner.query("DROP INDEX `IDX_d5245fffd5a524fa24f5c02dce` ON `network_member`");
    await queryRunner.query("DROP TABLE `network_member`");
    await queryRunner.query("DROP INDEX `IDX_de21b516c1701883236de5e5b0` ON `network`");
    await queryRunner.query("DROP TABLE `network`");
  }
}
