import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * JSON snapshots (audit before/after, versions of applications and minutes, lists kept as JSON)
 * from TEXT to MEDIUMTEXT. Written by hand from the generated diff: MODIFY keeps the data, where
 * the generated DROP and ADD would have lost it.
 */
export class JsonSnapshotsInMediumText1795500774379 implements MigrationInterface {
  name = "JsonSnapshotsInMediumText1795500774379";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `audit_entry` MODIFY `before` mediumtext NULL");
    await queryRunner.query("ALTER TABLE `audit_entry` MODIFY `after` mediumtext NULL");
    await queryRunner.query("ALTER TABLE `grant_application` MODIFY `budgetLines` mediumtext NOT NULL");
    await queryRunner.query("ALTER TABLE `grant_application_version` MODIFY `content` mediumtext NOT NULL");
    await queryRunner.query("ALTER TABLE `meeting_response` MODIFY `attendees` mediumtext NOT NULL");
    await queryRunner.query("ALTER TABLE `meeting_minutes` MODIFY `decisions` mediumtext NOT NULL");
    await queryRunner.query("ALTER TABLE `meeting_minutes_version` MODIFY `content` mediumtext NOT NULL");
    await queryRunner.query("ALTER TABLE `fund_follow_up_details` MODIFY `usedByCategory` mediumtext NOT NULL");
    await queryRunner.query("ALTER TABLE `fund_follow_up_details` MODIFY `targetGroups` mediumtext NOT NULL");
    await queryRunner.query("ALTER TABLE `fund_follow_up_details` MODIFY `assessmentMethods` mediumtext NOT NULL");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `fund_follow_up_details` MODIFY `assessmentMethods` text NOT NULL");
    await queryRunner.query("ALTER TABLE `fund_follow_up_details` MODIFY `targetGroups` text NOT NULL");
    await queryRunner.query("ALTER TABLE `fund_follow_up_details` MODIFY `usedByCategory` text NOT NULL");
    await queryRunner.query("ALTER TABLE `meeting_minutes_version` MODIFY `content` text NOT NULL");
    await queryRunner.query("ALTER TABLE `meeting_minutes` MODIFY `decisions` text NOT NULL");
    await queryRunner.query("ALTER TABLE `meeting_response` MODIFY `attendees` text NOT NULL");
    await queryRunner.query("ALTER TABLE `grant_application_version` MODIFY `content` text NOT NULL");
    await queryRunner.query("ALTER TABLE `grant_application` MODIFY `budgetLines` text NOT NULL");
    await queryRunner.query("ALTER TABLE `audit_entry` MODIFY `after` text NULL");
    await queryRunner.query("ALTER TABLE `audit_entry` MODIFY `before` text NULL");
  }
}
