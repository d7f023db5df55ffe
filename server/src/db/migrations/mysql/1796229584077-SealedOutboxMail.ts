import type { MigrationInterface, QueryRunner } from "typeorm";

export class SealedOutboxMail1796229584077 implements MigrationInterface {
  name = "SealedOutboxMail1796229584077";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `outbox_mail` ADD `sealedBody` text NULL");
    // Invitation links already in the outbox: sent or given up, their token is hidden (a pending one is sent as it is).
    const rows: { id: number; textBody: string }[] = await queryRunner.query(
      "SELECT `id`, `textBody` FROM `outbox_mail` WHERE `status` IN ('SENT', 'FAILED') AND `textBody` LIKE '%token=%'",
    );
    for (const row of rows) {
      await queryRunner.query("UPDATE `outbox_mail` SET `textBody` = ? WHERE `id` = ?", [
        row.textBody.replace(/([?&]token=)[A-Za-z0-9_-]+/g, "$1[dold]"),
        row.id,
      ]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `outbox_mail` DROP COLUMN `sealedBody`");
  }
}
