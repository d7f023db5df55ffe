import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Password resets, sign-in challenges and recovery codes; two-factor columns of `user` and the
 * last use and browser of a session. Columns are added in place: recreating `user` would cascade
 * into every table that refers to it.
 */
export class Accounts1796510000000 implements MigrationInterface {
  name = "Accounts1796510000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "account_token" ("id" varchar(64) PRIMARY KEY NOT NULL, "kind" varchar(20) NOT NULL, "userId" integer NOT NULL, "expiresAt" datetime NOT NULL, "usedAt" datetime, "attempts" integer NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_ca15dea3ff807360bfdd30d9577" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_ca15dea3ff807360bfdd30d957" ON "account_token" ("userId") ');
    await queryRunner.query(
      'CREATE TABLE "recovery_code" ("id" varchar(64) PRIMARY KEY NOT NULL, "userId" integer NOT NULL, "usedAt" datetime, CONSTRAINT "FK_0e10289994b9a90be4cde06e15c" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_0e10289994b9a90be4cde06e15" ON "recovery_code" ("userId") ');
    await queryRunner.query('ALTER TABLE "user" ADD COLUMN "totpSecretSealed" varchar(300)');
    await queryRunner.query('ALTER TABLE "user" ADD COLUMN "totpPendingSecretSealed" varchar(300)');
    await queryRunner.query('ALTER TABLE "user" ADD COLUMN "totpEnabledAt" datetime');
    await queryRunner.query('ALTER TABLE "user" ADD COLUMN "totpLastTimeStep" integer');
    await queryRunner.query('ALTER TABLE "session" ADD COLUMN "lastUsedAt" datetime');
    await queryRunner.query('ALTER TABLE "session" ADD COLUMN "userAgent" varchar(300)');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "session" DROP COLUMN "userAgent"');
    await queryRunner.query('ALTER TABLE "session" DROP COLUMN "lastUsedAt"');
    await queryRunner.query('ALTER TABLE "user" DROP COLUMN "totpLastTimeStep"');
    await queryRunner.query('ALTER TABLE "user" DROP COLUMN "totpEnabledAt"');
    await queryRunner.query('ALTER TABLE "user" DROP COLUMN "totpPendingSecretSealed"');
    await queryRunner.query('ALTER TABLE "user" DROP COLUMN "totpSecretSealed"');
    await queryRunner.query('DROP INDEX "IDX_0e10289994b9a90be4cde06e15"');
    await queryRunner.query('DROP TABLE "recovery_code"');
    await queryRunner.query('DROP INDEX "IDX_ca15dea3ff807360bfdd30d957"');
    await queryRunner.query('DROP TABLE "account_token"');
  }
}
