import type { MigrationInterface, QueryRunner } from "typeorm";
import { copyDecisionsIntoRows } from "../shared/meeting-decisions";

/** The decisions recorded in minutes: the draft's and the published ones, which make a network's register of decisions. */
export class MeetingDecisions1797000000000 implements MigrationInterface {
  name = "MeetingDecisions1797000000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "meeting_decision" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "networkId" integer NOT NULL, "meetingId" integer NOT NULL, "published" boolean NOT NULL DEFAULT (0), "position" integer NOT NULL, "text" varchar(2000) NOT NULL, "responsible" varchar(200), "dueDate" varchar(10))',
    );
    await queryRunner.query('CREATE INDEX "IDX_meeting_decision_meeting" ON "meeting_decision" ("meetingId", "published") ');
    await queryRunner.query('CREATE INDEX "IDX_meeting_decision_network" ON "meeting_decision" ("networkId", "published") ');
    await copyDecisionsIntoRows(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_meeting_decision_network"');
    await queryRunner.query('DROP INDEX "IDX_meeting_decision_meeting"');
    await queryRunner.query('DROP TABLE "meeting_decision"');
  }
}
