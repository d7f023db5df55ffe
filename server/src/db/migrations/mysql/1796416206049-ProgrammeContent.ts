import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * What an applicant writes moves out of `grant_application` into the programme's own table: a
 * stimulus application's content into `stimulus_application_content`, a requisition's planned use
 * and contact into `requisition`, an NGO application's description, target groups, period, budget
 * and contact into `ngo_application_details`. The fixed texts requisitions carried (purpose,
 * period) are not kept.
 */
export class ProgrammeContent1796416206049 implements MigrationInterface {
  name = "ProgrammeContent1796416206049";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `stimulus_application_content` (`applicationId` int NOT NULL, `purpose` text NOT NULL, `plannedActivities` text NOT NULL, `targetGroups` text NOT NULL, `periodStart` varchar(10) NULL, `periodEnd` varchar(10) NULL, `budgetLines` mediumtext NOT NULL, `contactName` varchar(200) NOT NULL DEFAULT '', `contactEmail` varchar(254) NOT NULL DEFAULT '', `contactPhone` varchar(40) NULL, PRIMARY KEY (`applicationId`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "ALTER TABLE `stimulus_application_content` ADD CONSTRAINT `FK_1bace7bfde69f7a22982c4bd8ef` FOREIGN KEY (`applicationId`) REFERENCES `grant_application`(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "INSERT INTO `stimulus_application_content` (`applicationId`, `purpose`, `plannedActivities`, `targetGroups`, `periodStart`, `periodEnd`, `budgetLines`, `contactName`, `contactEmail`, `contactPhone`) SELECT a.`id`, a.`purpose`, a.`plannedActivities`, a.`targetGroups`, a.`periodStart`, a.`periodEnd`, a.`budgetLines`, a.`contactName`, a.`contactEmail`, a.`contactPhone` FROM `grant_application` a INNER JOIN `grant_call` c ON c.`id` = a.`callId` WHERE c.`programme` = 'SARSKILDA_STIMULANSMEDEL'",
    );

    await queryRunner.query("ALTER TABLE `requisition` ADD `plannedUse` mediumtext NOT NULL");
    await queryRunner.query("ALTER TABLE `requisition` ADD `contactName` varchar(200) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE `requisition` ADD `contactEmail` varchar(254) NOT NULL DEFAULT ''");
    await queryRunner.query(
      "UPDATE `requisition` r LEFT JOIN `grant_application` a ON a.`id` = r.`applicationId` SET r.`plannedUse` = COALESCE(a.`budgetLines`, '[]'), r.`contactName` = COALESCE(a.`contactName`, ''), r.`contactEmail` = COALESCE(a.`contactEmail`, '')",
    );

    await queryRunner.query("ALTER TABLE `ngo_application_details` ADD `description` text NOT NULL");
    await queryRunner.query("ALTER TABLE `ngo_application_details` ADD `targetGroups` text NOT NULL");
    await queryRunner.query("ALTER TABLE `ngo_application_details` ADD `periodStart` varchar(10) NULL");
    await queryRunner.query("ALTER TABLE `ngo_application_details` ADD `periodEnd` varchar(10) NULL");
    await queryRunner.query("ALTER TABLE `ngo_application_details` ADD `budgetLines` mediumtext NOT NULL");
    await queryRunner.query("ALTER TABLE `ngo_application_details` ADD `contactName` varchar(200) NOT NULL DEFAULT ''");
    await queryRunner.query("ALTER TABLE `ngo_application_details` ADD `contactEmail` varchar(254) NOT NULL DEFAULT ''");
    await queryRunner.query(
      "UPDATE `ngo_application_details` d LEFT JOIN `grant_application` a ON a.`id` = d.`applicationId` SET d.`description` = COALESCE(a.`purpose`, ''), d.`targetGroups` = COALESCE(a.`targetGroups`, ''), d.`periodStart` = a.`periodStart`, d.`periodEnd` = a.`periodEnd`, d.`budgetLines` = COALESCE(a.`budgetLines`, '[]'), d.`contactName` = COALESCE(a.`contactName`, ''), d.`contactEmail` = COALESCE(a.`contactEmail`, '')",
    );

    await queryRunner.query(`ALTER TABLE \`grant_application\` ${MOVED.map((c) => `DROP COLUMN \`${c}\``).join(", ")}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "ALTER TABLE `grant_application` ADD `purpose` text NOT NULL, ADD `plannedActivities` text NOT NULL, ADD `targetGroups` text NOT NULL, ADD `periodStart` varchar(10) NULL, ADD `periodEnd` varchar(10) NULL, ADD `budgetLines` mediumtext NOT NULL, ADD `contactName` varchar(200) NOT NULL DEFAULT '', ADD `contactEmail` varchar(254) NOT NULL DEFAULT '', ADD `contactPhone` varchar(40) NULL",
    );
    await queryRunner.query("UPDATE `grant_application` SET `budgetLines` = '[]'");
    await queryRunner.query(
      "UPDATE `grant_application` a INNER JOIN `stimulus_application_content` s ON s.`applicationId` = a.`id` SET a.`purpose` = s.`purpose`, a.`plannedActivities` = s.`plannedActivities`, a.`targetGroups` = s.`targetGroups`, a.`periodStart` = s.`periodStart`, a.`periodEnd` = s.`periodEnd`, a.`budgetLines` = s.`budgetLines`, a.`contactName` = s.`contactName`, a.`contactEmail` = s.`contactEmail`, a.`contactPhone` = s.`contactPhone`",
    );
    await queryRunner.query(
      "UPDATE `grant_application` a INNER JOIN `requisition` r ON r.`applicationId` = a.`id` SET a.`budgetLines` = r.`plannedUse`, a.`contactName` = r.`contactName`, a.`contactEmail` = r.`contactEmail`",
    );
    await queryRunner.query(
      "UPDATE `grant_application` a INNER JOIN `ngo_application_details` d ON d.`applicationId` = a.`id` SET a.`purpose` = d.`description`, a.`plannedActivities` = d.`description`, a.`targetGroups` = d.`targetGroups`, a.`periodStart` = d.`periodStart`, a.`periodEnd` = d.`periodEnd`, a.`budgetLines` = d.`budgetLines`, a.`contactName` = d.`contactName`, a.`contactEmail` = d.`contactEmail`",
    );
    await queryRunner.query(
      "ALTER TABLE `ngo_application_details` DROP COLUMN `description`, DROP COLUMN `targetGroups`, DROP COLUMN `periodStart`, DROP COLUMN `periodEnd`, DROP COLUMN `budgetLines`, DROP COLUMN `contactName`, DROP COLUMN `contactEmail`",
    );
    await queryRunner.query("ALTER TABLE `requisition` DROP COLUMN `plannedUse`, DROP COLUMN `contactName`, DROP COLUMN `contactEmail`");
    await queryRunner.query("ALTER TABLE `stimulus_application_content` DROP FOREIGN KEY `FK_1bace7bfde69f7a22982c4bd8ef`");
    await queryRunner.query("DROP TABLE `stimulus_application_content`");
  }
}

/** The columns of what an applicant writes, which leave `grant_application`. */
const MOVED = ["purpose", "plannedActivities", "targetGroups", "periodStart", "periodEnd", "budgetLines", "contactName", "contactEmail", "contactPhone"];
