import type { MigrationInterface, QueryRunner } from "typeorm";

export class Trainings1795488147826 implements MigrationInterface {
  name = "Trainings1795488147826";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `training_event` (`id` int NOT NULL AUTO_INCREMENT, `organiserOrganisationId` int NOT NULL, `createdById` int NOT NULL, `type` varchar(40) NOT NULL, `title` varchar(200) NOT NULL, `description` text NOT NULL, `countyCode` varchar(2) NULL, `location` varchar(300) NULL, `onlineUrl` varchar(500) NULL, `capacity` int NOT NULL, `confirmedCount` int NOT NULL DEFAULT '0', `waitlistSeq` int NOT NULL DEFAULT '0', `registrationDeadline` datetime NULL, `eligibleKinds` text NOT NULL, `eligibleCountyCodes` text NOT NULL, `quotaPerOrganisation` int NULL, `quotaReleaseAt` datetime NULL, `quotaReleased` tinyint NOT NULL DEFAULT 0, `status` varchar(20) NOT NULL, `cancelReason` text NULL, `loggedOnly` tinyint NOT NULL DEFAULT 0, `startsAt` datetime NULL, `endsAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_a1d81b62a6cf55f6dac870e497` (`organiserOrganisationId`), INDEX `IDX_37617a59c086e001353d4c1fa7` (`countyCode`), INDEX `IDX_a8f58b4fa64e22ca87c901f043` (`status`, `startsAt`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `training_session` (`id` int NOT NULL AUTO_INCREMENT, `eventId` int NOT NULL, `startsAt` datetime NOT NULL, `endsAt` datetime NOT NULL, INDEX `IDX_70eb7e409f08ae92f07d086e50` (`eventId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `training_registration` (`id` int NOT NULL AUTO_INCREMENT, `eventId` int NOT NULL, `organisationId` int NOT NULL, `registeredById` int NOT NULL, `name` varchar(200) NOT NULL, `email` varchar(254) NOT NULL, `profession` varchar(200) NOT NULL DEFAULT '', `workplace` varchar(200) NOT NULL DEFAULT '', `status` varchar(20) NOT NULL, `waitlistOrder` int NULL, `confirmedAt` datetime NULL, `cancelledAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_89a870e1a7ae3517eb1be9a979` (`organisationId`), INDEX `IDX_8ff21beaea49507fed17f7038c` (`eventId`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `training_quota_use` (`eventId` int NOT NULL, `organisationId` int NOT NULL, `confirmed` int NOT NULL DEFAULT '0', PRIMARY KEY (`eventId`, `organisationId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `training_attendance` (`registrationId` int NOT NULL, `sessionId` int NOT NULL, `status` varchar(20) NOT NULL, PRIMARY KEY (`registrationId`, `sessionId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `training_participation_log` (`eventId` int NOT NULL, `organisationId` int NOT NULL, `participants` int NOT NULL, PRIMARY KEY (`eventId`, `organisationId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `course_leader` (`id` int NOT NULL AUTO_INCREMENT, `organisationId` int NOT NULL, `registrationId` int NOT NULL, `eventId` int NOT NULL, `name` varchar(200) NOT NULL, `email` varchar(254) NOT NULL, `certifiedAt` datetime NOT NULL, INDEX `IDX_8de14a92d414bd748d8ed1faab` (`organisationId`), UNIQUE INDEX `IDX_710352e2b8c3e59ae6ba035b7f` (`registrationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `local_course` (`id` int NOT NULL AUTO_INCREMENT, `courseLeaderId` int NOT NULL, `organisationId` int NOT NULL, `date` varchar(10) NOT NULL, `participants` int NOT NULL, `title` varchar(200) NULL, INDEX `IDX_2f378989a79014dec9d8c88dd2` (`courseLeaderId`), INDEX `IDX_0115957ecaaea8005628c02e56` (`organisationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "ALTER TABLE `training_event` ADD CONSTRAINT `FK_a1d81b62a6cf55f6dac870e4975` FOREIGN KEY (`organiserOrganisationId`) REFERENCES `organisation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `training_session` ADD CONSTRAINT `FK_70eb7e409f08ae92f07d086e50e` FOREIGN KEY (`eventId`) REFERENCES `training_event`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `training_registration` ADD CONSTRAINT `FK_8e614131aa1503f3ee483ba9c65` FOREIGN KEY (`eventId`) REFERENCES `training_event`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `training_registration` DROP FOREIGN KEY `FK_8e614131aa1503f3ee483ba9c65`");
    await queryRunner.query("ALTER TABLE `training_session` DROP FOREIGN KEY `FK_70eb7e409f08ae92f07d086e50e`");
    await queryRunner.query("ALTER TABLE `training_event` DROP FOREIGN KEY `FK_a1d81b62a6cf55f6dac870e4975`");
    await queryRunner.query("DROP INDEX `IDX_0115957ecaaea8005628c02e56` ON `local_course`");
    await queryRunner.query("DROP INDEX `IDX_2f378989a79014dec9d8c88dd2` ON `local_course`");
    await queryRunner.query("DROP TABLE `local_course`");
    await queryRunner.query("DROP INDEX `IDX_710352e2b8c3e59ae6ba035b7f` ON `course_leader`");
    await queryRunner.query("DROP INDEX `IDX_8de14a92d414bd748d8ed1faab` ON `course_leader`");
    await queryRunner.query("DROP TABLE `course_leader`");
    await queryRunner.query("DROP TABLE `training_participation_log`");
    await queryRunner.query("DROP TABLE `training_attendance`");
    await queryRunner.query("DROP TABLE `training_quota_use`");
    await queryRunner.query("DROP INDEX `IDX_8ff21beaea49507fed17f7038c` ON `training_registration`");
    await queryRunner.query("DROP INDEX `IDX_89a870e1a7ae3517eb1be9a979` ON `training_registration`");
    await queryRunner.query("DROP TABLE `training_registration`");
    await queryRunner.query("DROP INDEX `IDX_70eb7e409f08ae92f07d086e50` ON `training_session`");
    await queryRunner.query("DROP TABLE `training_session`");
    await queryRunner.query("DROP INDEX `IDX_a8f58b4fa64e22ca87c901f043` ON `training_event`");
    await queryRunner.query("DROP INDEX `IDX_37617a59c086e001353d4c1fa7` ON `training_event`");
    await queryRunner.query("DROP INDEX `IDX_a1d81b62a6cf55f6dac870e497` ON `training_event`");
    await queryRunner.query("DROP TABLE `training_event`");
  }
}
