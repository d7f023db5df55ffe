import type { MigrationInterface, QueryRunner } from "typeorm";

/** A letter sent records a template version per part it writes: the letter each row belongs to (earlier rows: their own kind). */
export class IssuedLetterParts1798800000000 implements MigrationInterface {
  name = "IssuedLetterParts1798800000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_issued_letter_application"');
    await queryRunner.query(
      'CREATE TABLE "temporary_issued_letter" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "letter" varchar(30) NOT NULL, "kind" varchar(30) NOT NULL, "templateVersionId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_issued_letter"("id", "applicationId", "letter", "kind", "templateVersionId", "createdAt") SELECT "id", "applicationId", "kind", "kind", "templateVersionId", "createdAt" FROM "issued_letter"',
    );
    await queryRunner.query('DROP TABLE "issued_letter"');
    await queryRunner.query('ALTER TABLE "temporary_issued_letter" RENAME TO "issued_letter"');
    await queryRunner.query('CREATE INDEX "IDX_issued_letter_application" ON "issued_letter" ("applicationId", "kind")');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_issued_letter_application"');
    await queryRunner.query(
      'CREATE TABLE "temporary_issued_letter" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "applicationId" integer NOT NULL, "kind" varchar(30) NOT NULL, "templateVersionId" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_issued_letter"("id", "applicationId", "kind", "templateVersionId", "createdAt") SELECT "id", "applicationId", "kind", "templateVersionId", "createdAt" FROM "issued_letter" WHERE "letter" = "kind"',
    );
    await queryRunner.query('DROP TABLE "issued_letter"');
    await queryRunner.query('ALTER TABLE "temporary_issued_letter" RENAME TO "issued_letter"');
    await queryRunner.query('CREATE INDEX "IDX_issued_letter_application" ON "issued_letter" ("applicationId", "kind")');
  }
}
