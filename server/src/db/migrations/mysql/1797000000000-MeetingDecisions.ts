import type { MigrationInterface, QueryRunner } from "typeorm";
import { copyDecisionsIntoRows } from "../shared/meeting-decisions";

/** The decisions recorded in minutes: the draft's and the published ones, which make a network's register of decisions. */
export class MeetingDecisions1797000000000 implements MigrationInterface {
  name = "MeetingDecisions1797000000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `meeting_decision` (`id` int NOT NULL AUTO_INCREMENT, `networkId` int NOT NULL, `meetingId` int NOT NULL, `published` tinyint NOT NULL DEFAULT 0, `position` int NOT NULL, `text` varchar(2000) NOT NULL, `responsible` varchar(200) NULL, `dueDate` varchar(10) NULL, INDEX `IDX_meeting_decision_meeting` (`meetingId`, `published`), INDEX `IDX_meeting_decision_network` (`networkId`, `published`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await copyDecisionsIntoRows(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP INDEX `IDX_meeting_decision_network` ON `meeting_decision`");
    await queryRunner.query("DROP INDEX `IDX_meeting_decision_meeting` ON `meeting_decision`");
    await queryRunner.query("DROP TABLE `meeting_decision`");
  }
}
