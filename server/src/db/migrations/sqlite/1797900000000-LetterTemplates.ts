import type { MigrationInterface, QueryRunner } from "typeorm";

/** Letter and e-mail templates per programme and call, each save an immutable version; and which version each letter sent used. */
export class LetterTemplates1797900000000 implements MigrationInterface {
  name = "LetterTemplates1797900000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "letter_template_version" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(30) NOT NULL, "scope" varchar(60) NOT NULL, "programme" varchar(40) NOT NULL, "callId" integer, "version" integer NOT NULL, "subjectSv" varchar(250), "subjectEn" varchar(250), "bodySv" text NOT NULL, "bodyEn" text NOT NULL, "createdById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_letter_template_version_scope" ON "letter_template_version" ("kind", "scope", "version")');
    await queryRunner.query(
      'CREATE TABLE "issued_letter" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "kind" varchar(30) NOT NULL, "templateVersionId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_issued_letter_application" ON "issued_letter" ("applicationId", "kind")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "issued_letter"');
    await queryRunner.query('DROP TABLE "letter_template_version"');
  }
}
