import type { MigrationInterface, QueryRunner } from "typeorm";

export class Questionnaires1796416488051 implements MigrationInterface {
  name = "Questionnaires1796416488051";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "question" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "code" varchar(60) NOT NULL, "type" varchar(30) NOT NULL, "textSv" varchar(500) NOT NULL, "textEn" varchar(500) NOT NULL, "options" text NOT NULL, "allowsOther" boolean NOT NULL DEFAULT (0), "matrixRows" text NOT NULL, "prefillCode" varchar(60), "ownerOrganisationId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_ec9992a3f878180d2678be7dfb" ON "question" ("code") ');
    await queryRunner.query(
      'CREATE TABLE "questionnaire" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "titleSv" varchar(200) NOT NULL, "titleEn" varchar(200) NOT NULL, "year" integer NOT NULL, "targetGroup" varchar(30) NOT NULL, "ownerOrganisationId" integer NOT NULL, "status" varchar(20) NOT NULL, "deadline" varchar(10) NOT NULL, "sentAt" datetime, "closedAt" datetime, "remindedAt" datetime, "autoReminderSentAt" datetime, "createdById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_b9fd23395df1d6932d9e460731" ON "questionnaire" ("ownerOrganisationId", "year") ');
    await queryRunner.query(
      'CREATE TABLE "questionnaire_item" ("questionnaireId" integer NOT NULL, "questionId" integer NOT NULL, "position" integer NOT NULL, "section" varchar(200), PRIMARY KEY ("questionnaireId", "questionId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_252e4a359948598ddcd0da0d43" ON "questionnaire_item" ("questionId") ');
    await queryRunner.query(
      'CREATE TABLE "questionnaire_response" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "questionnaireId" integer NOT NULL, "organisationId" integer NOT NULL, "status" varchar(20) NOT NULL, "submittedAt" datetime, "submittedById" integer, "updatedById" integer, "updatedAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_5a36c5a0a7d15954abbb9ff924" ON "questionnaire_response" ("organisationId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_ac84130d427c72198629c90aef" ON "questionnaire_response" ("questionnaireId", "organisationId") ');
    await queryRunner.query(
      'CREATE TABLE "questionnaire_answer" ("responseId" integer NOT NULL, "questionId" integer NOT NULL, "value" text, "otherText" varchar(500), "prefilled" boolean NOT NULL DEFAULT (0), "prefilledValue" text, "updatedById" integer, "updatedAt" datetime, PRIMARY KEY ("responseId", "questionId"))',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "questionnaire_answer"');
    await queryRunner.query('DROP INDEX "IDX_ac84130d427c72198629c90aef"');
    await queryRunner.query('DROP INDEX "IDX_5a36c5a0a7d15954abbb9ff924"');
    await queryRunner.query('DROP TABLE "questionnaire_response"');
    await queryRunner.query('DROP INDEX "IDX_252e4a359948598ddcd0da0d43"');
    await queryRunner.query('DROP TABLE "questionnaire_item"');
    await queryRunner.query('DROP INDEX "IDX_b9fd23395df1d6932d9e460731"');
    await queryRunner.query('DROP TABLE "questionnaire"');
    await queryRunner.query('DROP INDEX "IDX_ec9992a3f878180d2678be7dfb"');
    await queryRunner.query('DROP TABLE "question"');
  }
}
