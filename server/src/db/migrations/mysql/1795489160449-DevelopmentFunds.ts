import type { MigrationInterface, QueryRunner } from "typeorm";

export class DevelopmentFunds1795489160449 implements MigrationInterface {
  name = "DevelopmentFunds1795489160449";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `development_fund_round` (`id` int NOT NULL AUTO_INCREMENT, `year` int NOT NULL, `opensAt` datetime NOT NULL, `closesAt` datetime NOT NULL, `followUpDueDate` varchar(10) NOT NULL, `floorAmount` int NOT NULL, `kommunCallId` int NOT NULL, `regionCallId` int NOT NULL, `ngoCallId` int NOT NULL, `allocationPublishedAt` datetime NULL, `redistributedAt` datetime NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_18a3f7632f1e89f4fc64ff8c2c` (`year`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `allotment` (`roundId` int NOT NULL, `organisationId` int NOT NULL, `callId` int NOT NULL, `population` int NULL, `amount` int NOT NULL, INDEX `IDX_2ec98470b86822670edb39ae56` (`callId`), PRIMARY KEY (`roundId`, `organisationId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `requisition` (`applicationId` int NOT NULL, `roundId` int NOT NULL, `paymentMethod` varchar(10) NOT NULL, `paymentNumber` varchar(20) NOT NULL, `wantsMore` tinyint NOT NULL DEFAULT 0, `wantsMoreUpTo` int NULL, `redistributedAmount` int NOT NULL DEFAULT '0', INDEX `IDX_2e09eeeaf5df1db27181a1ebab` (`roundId`), PRIMARY KEY (`applicationId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `joint_requisition_member` (`applicationId` int NOT NULL, `organisationId` int NOT NULL, `confirmedAt` datetime NULL, INDEX `IDX_2fb872a4334841c8614dc985a9` (`organisationId`), PRIMARY KEY (`applicationId`, `organisationId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `ngo_application_details` (`applicationId` int NOT NULL, `organisationNumber` varchar(11) NOT NULL, `activityArea` varchar(40) NOT NULL, `countyCode` varchar(2) NOT NULL, `supportMissing` tinyint NOT NULL, PRIMARY KEY (`applicationId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `ngo_score` (`applicationId` int NOT NULL, `assessorUserId` int NOT NULL, `score` int NOT NULL, `comment` text NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), PRIMARY KEY (`applicationId`, `assessorUserId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `fund_follow_up_details` (`applicationId` int NOT NULL, `usedByCategory` text NOT NULL, `coordinatorPlacement` varchar(200) NULL, `targetGroups` text NOT NULL, `assessmentMethods` text NOT NULL, PRIMARY KEY (`applicationId`)) ENGINE=InnoDB",
    );
    await queryRunner.query("ALTER TABLE `grant_call` ADD `mode` varchar(20) NOT NULL DEFAULT 'APPLICATION'");
    await queryRunner.query("ALTER TABLE `grant_call` ADD `requiresConsultation` tinyint NOT NULL DEFAULT 1");
    await queryRunner.query("ALTER TABLE `grant_call` ADD `roundId` int NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `grant_call` DROP COLUMN `roundId`");
    await queryRunner.query("ALTER TABLE `grant_call` DROP COLUMN `requiresConsultation`");
    await queryRunner.query("ALTER TABLE `grant_call` DROP COLUMN `mode`");
    await queryRunner.query("DROP TABLE `fund_follow_up_details`");
    await queryRunner.query("DROP TABLE `ngo_score`");
    await queryRunner.query("DROP TABLE `ngo_application_details`");
    await queryRunner.query("DROP INDEX `IDX_2fb872a4334841c8614dc985a9` ON `joint_requisition_member`");
    await queryRunner.query("DROP TABLE `joint_requisition_member`");
    await queryRunner.query("DROP INDEX `IDX_2e09eeeaf5df1db27181a1ebab` ON `requisition`");
    await queryRunner.query("DROP TABLE `requisition`");
    await queryRunner.query("DROP INDEX `IDX_2ec98470b86822670edb39ae56` ON `allotment`");
    await queryRunner.query("DROP TABLE `allotment`");
    await queryRunner.query("DROP INDEX `IDX_18a3f7632f1e89f4fc64ff8c2c` ON `development_fund_round`");
    await queryRunner.query("DROP TABLE `development_fund_round`");
  }
}
