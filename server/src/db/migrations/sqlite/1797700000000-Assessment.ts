import type { MigrationInterface, QueryRunner } from "typeorm";

/** Assessment by reviewers: a call's criteria and reviewers, each reviewer's declaration of jäv and scores, the proposal, and who took part (with the decision). */
export class Assessment1797700000000 implements MigrationInterface {
  name = "Assessment1797700000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "assessment_criterion" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "callId" integer NOT NULL, "position" integer NOT NULL, "name" varchar(200) NOT NULL, "nameEn" varchar(200), "maxPoints" integer NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_b14909ab6c140ebf2e2c23ab50" ON "assessment_criterion" ("callId", "position") ');
    await queryRunner.query(
      'CREATE TABLE "call_reviewer" ("callId" integer NOT NULL, "userId" integer NOT NULL, "assignedById" integer NOT NULL, "assignedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), PRIMARY KEY ("callId", "userId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "application_review" ("applicationId" integer NOT NULL, "reviewerUserId" integer NOT NULL, "status" varchar(20) NOT NULL, "declaredAt" datetime NOT NULL, "disqualificationReason" text, "scores" text NOT NULL, "total" integer, "comment" text, "scoredAt" datetime, PRIMARY KEY ("applicationId", "reviewerUserId"))',
    );
    await queryRunner.query('ALTER TABLE "grant_application" ADD COLUMN "assessmentRecord" text');
    await queryRunner.query(
      'CREATE TABLE "decision_proposal" ("applicationId" integer PRIMARY KEY NOT NULL, "outcome" varchar(20) NOT NULL, "amount" integer, "motivation" text NOT NULL, "proposedById" integer NOT NULL, "proposedAt" datetime NOT NULL)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "grant_application" DROP COLUMN "assessmentRecord"');
    await queryRunner.query('DROP TABLE "decision_proposal"');
    await queryRunner.query('DROP TABLE "application_review"');
    await queryRunner.query('DROP TABLE "call_reviewer"');
    await queryRunner.query('DROP INDEX "IDX_b14909ab6c140ebf2e2c23ab50"');
    await queryRunner.query('DROP TABLE "assessment_criterion"');
  }
}
