import type { MigrationInterface, QueryRunner } from "typeorm";

export class GrantEngine1795487627896 implements MigrationInterface {
  name = "GrantEngine1795487627896";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `grant_call` (`id` int NOT NULL AUTO_INCREMENT, `programme` varchar(40) NOT NULL, `year` int NOT NULL, `title` varchar(200) NOT NULL, `description` text NOT NULL, `budget` int NOT NULL, `grantedTotal` int NOT NULL DEFAULT '0', `eligibleKinds` text NOT NULL, `opensAt` datetime NOT NULL, `closesAt` datetime NOT NULL, `consultationOrganisationId` int NULL, `consultationDays` int NOT NULL DEFAULT '14', `followUpDueDate` varchar(10) NOT NULL, `createdById` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_9f41924ca4785e622b377c3c41` (`year`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `grant_application` (`id` int NOT NULL AUTO_INCREMENT, `callId` int NOT NULL, `organisationId` int NOT NULL, `createdById` int NOT NULL, `status` varchar(30) NOT NULL, `diarienummer` varchar(30) NULL, `title` varchar(200) NOT NULL DEFAULT '', `purpose` text NOT NULL, `plannedActivities` text NOT NULL, `targetGroups` text NOT NULL, `periodStart` varchar(10) NULL, `periodEnd` varchar(10) NULL, `requestedAmount` int NOT NULL DEFAULT '0', `budgetLines` text NOT NULL, `contactName` varchar(200) NOT NULL DEFAULT '', `contactEmail` varchar(254) NOT NULL DEFAULT '', `contactPhone` varchar(40) NULL, `version` int NOT NULL DEFAULT '0', `submittedAt` datetime NULL, `completionMessage` text NULL, `completionDueDate` varchar(10) NULL, `outcome` varchar(20) NULL, `grantedAmount` int NULL, `motivation` text NULL, `decidedAt` datetime NULL, `decidedById` int NULL, `paidAt` datetime NULL, `followUpReport` text NULL, `usedAmount` int NULL, `followUpSubmittedAt` datetime NULL, `repaymentAmount` int NULL, `repaidAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_51091a470dd8f9816651d90113` (`organisationId`), UNIQUE INDEX `IDX_c6cc7ee7effbdfee40670c6aa0` (`diarienummer`), INDEX `IDX_f7c3b09621ede3b03f9720c949` (`callId`, `status`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `consultation_request` (`id` int NOT NULL AUTO_INCREMENT, `applicationId` int NOT NULL, `organisationId` int NOT NULL, `requestedAt` datetime NOT NULL, `requestedById` int NOT NULL, `dueDate` varchar(10) NOT NULL, `opinion` varchar(30) NULL, `opinionText` text NULL, `answeredAt` datetime NULL, `answeredById` int NULL, INDEX `IDX_722cecf66e3ec11ae049d215f7` (`applicationId`), INDEX `IDX_56445c7216e4d9c04fed7ad9ba` (`organisationId`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `grant_application_version` (`id` int NOT NULL AUTO_INCREMENT, `applicationId` int NOT NULL, `version` int NOT NULL, `submittedAt` datetime NOT NULL, `submittedById` int NOT NULL, `content` text NOT NULL, UNIQUE INDEX `IDX_771ba0634fa6c9ed4b968a09cc` (`applicationId`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query("CREATE TABLE `counter` (`name` varchar(60) NOT NULL, `value` int NOT NULL, PRIMARY KEY (`name`)) ENGINE=InnoDB");
    await queryRunner.query(
      "ALTER TABLE `grant_application` ADD CONSTRAINT `FK_ce28faa0c97459db356a2d13740` FOREIGN KEY (`callId`) REFERENCES `grant_call`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `grant_application` ADD CONSTRAINT `FK_51091a470dd8f9816651d901133` FOREIGN KEY (`organisationId`) REFERENCES `organisation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `consultation_request` ADD CONSTRAINT `FK_722cecf66e3ec11ae049d215f73` FOREIGN KEY (`applicationId`) REFERENCES `grant_application`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `consultation_request` DROP FOREIGN KEY `FK_722cecf66e3ec11ae049d215f73`");
    await queryRunner.query("ALTER TABLE `grant_application` DROP FOREIGN KEY `FK_51091a470dd8f9816651d901133`");
    await queryRunner.query("ALTER TABLE `grant_application` DROP FOREIGN KEY `FK_ce28faa0c97459db356a2d13740`");
    await queryRunner.query("DROP TABLE `counter`");
    await queryRunner.query("DROP INDEX `IDX_771ba0634fa6c9ed4b968a09cc` ON `grant_application_version`");
    await queryRunner.query("DROP TABLE `grant_application_version`");
    await queryRunner.query("DROP INDEX `IDX_56445c7216e4d9c04fed7ad9ba` ON `consultation_request`");
    await queryRunner.query("DROP INDEX `IDX_722cecf66e3ec11ae049d215f7` ON `consultation_request`");
    await queryRunner.query("DROP TABLE `consultation_request`");
    await queryRunner.query("DROP INDEX `IDX_f7c3b09621ede3b03f9720c949` ON `grant_application`");
    await queryRunner.query("DROP INDEX `IDX_c6cc7ee7effbdfee40670c6aa0` ON `grant_application`");
    await queryRunner.query("DROP INDEX `IDX_51091a470dd8f9816651d90113` ON `grant_application`");
    await queryRunner.query("DROP TABLE `grant_application`");
    await queryRunner.query("DROP INDEX `IDX_9f41924ca4785e622b377c3c41` ON `grant_call`");
    await queryRunner.query("DROP TABLE `grant_call`");
  }
}
