import type { MigrationInterface, QueryRunner } from "typeorm";

export class MinutesSentBack1796405205923 implements MigrationInterface {
  name = "MinutesSentBack1796405205923";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"temporary_meeting_minutes\" (\"meetingId\" integer PRIMARY KEY NOT NULL, \"status\" varchar(20) NOT NULL, \"body\" text NOT NULL, \"decisions\" text NOT NULL, \"approverUserId\" integer, \"approvedAt\" datetime, \"publishedAt\" datetime, \"version\" integer NOT NULL DEFAULT (0), \"returnComment\" text, \"returnedAt\" datetime)");
    await queryRunner.query("INSERT INTO \"temporary_meeting_minutes\"(\"meetingId\", \"status\", \"body\", \"decisions\", \"approverUserId\", \"approvedAt\", \"publishedAt\", \"version\") SELECT \"meetingId\", \"status\", \"body\", \"decisions\", \"approverUserId\", \"approvedAt\", \"publishedAt\", \"version\" FROM \"meeting_minutes\"");
    await queryRunner.query("DROP TABLE \"meeting_minutes\"");
    await queryRunner.query("ALTER TABLE \"temporary_meeting_minutes\" RENAME TO \"meeting_minutes\"");
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"meeting_minutes\" RENAME TO \"temporary_meeting_minutes\"");
    await queryRunner.query("CREATE TABLE \"meeting_minutes\" (\"meetingId\" integer PRIMARY KEY NOT NULL, \"status\" varchar(20) NOT NULL, \"body\" text NOT NULL, \"decisions\" text NOT NULL, \"approverUserId\" integer, \"approvedAt\" datetime, \"publishedAt\" datetime, \"version\" integer NOT NULL DEFAULT (0))");
    await queryRunner.query("INSERT INTO \"meeting_minutes\"(\"meetingId\", \"status\", \"body\", \"decisions\", \"approverUserId\", \"approvedAt\", \"publishedAt\", \"version\") SELECT \"meetingId\", \"status\", \"body\", \"decisions\", \"approverUserId\", \"approvedAt\", \"publishedAt\", \"version\" FROM \"temporary_meeting_minutes\"");
    await queryRunner.query("DROP TABLE \"temporary_meeting_minutes\"");
  }
}
