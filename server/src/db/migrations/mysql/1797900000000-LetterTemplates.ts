import type { MigrationInterface, QueryRunner } from "typeorm";

/** Letter and e-mail templates per programme and call, each save an immutable version; and which version each letter sent used. */
export class LetterTemplates1797900000000 implements MigrationInterface {
  name = "LetterTemplates1797900000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `letter_template_version` (`id` int NOT NULL AUTO_INCREMENT, `kind` varchar(30) NOT NULL, `scope` varchar(60) NOT NULL, `programme` varchar(40) NOT NULL, `callId` int NULL, `version` int NOT NULL, `subjectSv` varchar(250) NULL, `subjectEn` varchar(250) NULL, `bodySv` text NOT NULL, `bodyEn` text NOT NULL, `createdById` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), UNIQUE INDEX `IDX_letter_template_version_scope` (`kind`, `scope`, `version`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `issued_letter` (`id` int NOT NULL AUTO_INCREMENT, `applicationId` int NOT NULL, `kind` varchar(30) NOT NULL, `templateVersionId` int NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_issued_letter_application` (`applicationId`, `kind`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `issued_letter`");
    await queryRunner.query("DROP TABLE `letter_template_version`");
  }
}
