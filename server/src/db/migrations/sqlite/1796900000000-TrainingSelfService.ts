import type { MigrationInterface, QueryRunner } from "typeorm";

/** Participants' personal links and check-in codes, and each organisation's saved staff list. */
export class TrainingSelfService1796900000000 implements MigrationInterface {
  name = "TrainingSelfService1796900000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "training_registration" ADD COLUMN "tokenDigest" varchar(64)');
    await queryRunner.query('ALTER TABLE "training_registration" ADD COLUMN "checkInCode" varchar(12)');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_training_registration_token" ON "training_registration" ("tokenDigest") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_training_registration_check_in" ON "training_registration" ("checkInCode") ');
    await queryRunner.query(
      'CREATE TABLE "training_staff_member" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organisationId" integer NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "title" varchar(200) NOT NULL DEFAULT (\'\'), "workplace" varchar(200) NOT NULL DEFAULT (\'\'), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_training_staff_member_email" ON "training_staff_member" ("organisationId", "email") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_training_staff_member_email"');
    await queryRunner.query('DROP TABLE "training_staff_member"');
    await queryRunner.query('DROP INDEX "IDX_training_registration_check_in"');
    await queryRunner.query('DROP INDEX "IDX_training_registration_token"');
    await queryRunner.query('ALTER TABLE "training_registration" DROP COLUMN "checkInCode"');
    await queryRunner.query('ALTER TABLE "training_registration" DROP COLUMN "tokenDigest"');
  }
}
