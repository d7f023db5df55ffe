import type { MigrationInterface, QueryRunner } from "typeorm";

export class SealedOutboxMail1796229584077 implements MigrationInterface {
  name = "SealedOutboxMail1796229584077";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_3efa6e399250d69c59752ed618"');
    await queryRunner.query(
      'CREATE TABLE "temporary_outbox_mail" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "toAddress" varchar(254) NOT NULL, "subject" varchar(250) NOT NULL, "textBody" text NOT NULL, "status" varchar(12) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "nextAttemptAt" datetime NOT NULL, "lockedBy" varchar(64), "lockedUntil" datetime, "sentAt" datetime, "lastError" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "sealedBody" text)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_outbox_mail"("id", "toAddress", "subject", "textBody", "status", "attempts", "nextAttemptAt", "lockedBy", "lockedUntil", "sentAt", "lastError", "createdAt") SELECT "id", "toAddress", "subject", "textBody", "status", "attempts", "nextAttemptAt", "lockedBy", "lockedUntil", "sentAt", "lastError", "createdAt" FROM "outbox_mail"',
    );
    await queryRunner.query('DROP TABLE "outbox_mail"');
    await queryRunner.query('ALTER TABLE "temporary_outbox_mail" RENAME TO "outbox_mail"');
    await queryRunner.query('CREATE INDEX "IDX_3efa6e399250d69c59752ed618" ON "outbox_mail" ("status", "nextAttemptAt") ');
    // Invitation links already in the outbox: sent or given up, their token is hidden (a pending one is sent as it is).
    const rows: { id: number; textBody: string }[] = await queryRunner.query(
      'SELECT "id", "textBody" FROM "outbox_mail" WHERE "status" IN (\'SENT\', \'FAILED\') AND "textBody" LIKE \'%token=%\'',
    );
    for (const row of rows) {
      await queryRunner.query('UPDATE "outbox_mail" SET "textBody" = ? WHERE "id" = ?', [
        row.textBody.replace(/([?&]token=)[A-Za-z0-9_-]+/g, "$1[dold]"),
        row.id,
      ]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_3efa6e399250d69c59752ed618"');
    await queryRunner.query('ALTER TABLE "outbox_mail" RENAME TO "temporary_outbox_mail"');
    await queryRunner.query(
      'CREATE TABLE "outbox_mail" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "toAddress" varchar(254) NOT NULL, "subject" varchar(250) NOT NULL, "textBody" text NOT NULL, "status" varchar(12) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "nextAttemptAt" datetime NOT NULL, "lockedBy" varchar(64), "lockedUntil" datetime, "sentAt" datetime, "lastError" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "outbox_mail"("id", "toAddress", "subject", "textBody", "status", "attempts", "nextAttemptAt", "lockedBy", "lockedUntil", "sentAt", "lastError", "createdAt") SELECT "id", "toAddress", "subject", "textBody", "status", "attempts", "nextAttemptAt", "lockedBy", "lockedUntil", "sentAt", "lastError", "createdAt" FROM "temporary_outbox_mail"',
    );
    await queryRunner.query('DROP TABLE "temporary_outbox_mail"');
    await queryRunner.query('CREATE INDEX "IDX_3efa6e399250d69c59752ed618" ON "outbox_mail" ("status", "nextAttemptAt") ');
  }
}
