import type { MigrationInterface, QueryRunner } from "typeorm";

export class SignInThrottle1796229584078 implements MigrationInterface {
  name = "SignInThrottle1796229584078";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "sign_in_throttle" ("id" varchar(64) PRIMARY KEY NOT NULL, "kind" varchar(16) NOT NULL, "email" varchar(254), "ip" varchar(64), "attempts" integer NOT NULL DEFAULT (0), "blocks" integer NOT NULL DEFAULT (0), "windowStartedAt" datetime NOT NULL, "blockedUntil" datetime)',
    );
    await queryRunner.query('CREATE INDEX "IDX_c18a969ed3b9dd6a3c88b04f1d" ON "sign_in_throttle" ("email") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_c18a969ed3b9dd6a3c88b04f1d"');
    await queryRunner.query('DROP TABLE "sign_in_throttle"');
  }
}
