import type { MigrationInterface, QueryRunner } from "typeorm";

export class ConsultationMinimum1796229463250 implements MigrationInterface {
  name = "ConsultationMinimum1796229463250";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_9f41924ca4785e622b377c3c41"');
    await queryRunner.query(
      'CREATE TABLE "temporary_grant_call" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "programme" varchar(40) NOT NULL, "year" integer NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL, "budget" integer NOT NULL, "grantedTotal" integer NOT NULL DEFAULT (0), "eligibleKinds" text NOT NULL, "opensAt" datetime NOT NULL, "closesAt" datetime NOT NULL, "consultationOrganisationId" integer, "consultationDays" integer NOT NULL DEFAULT (14), "followUpDueDate" varchar(10) NOT NULL, "createdById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "mode" varchar(20) NOT NULL DEFAULT (\'APPLICATION\'), "requiresConsultation" boolean NOT NULL DEFAULT (1), "roundId" integer, "minConsultationDays" integer NOT NULL DEFAULT (10))',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_grant_call"("id", "programme", "year", "title", "description", "budget", "grantedTotal", "eligibleKinds", "opensAt", "closesAt", "consultationOrganisationId", "consultationDays", "followUpDueDate", "createdById", "createdAt", "mode", "requiresConsultation", "roundId") SELECT "id", "programme", "year", "title", "description", "budget", "grantedTotal", "eligibleKinds", "opensAt", "closesAt", "consultationOrganisationId", "consultationDays", "followUpDueDate", "createdById", "createdAt", "mode", "requiresConsultation", "roundId" FROM "grant_call"',
    );
    await queryRunner.query('DROP TABLE "grant_call"');
    await queryRunner.query('ALTER TABLE "temporary_grant_call" RENAME TO "grant_call"');
    await queryRunner.query('CREATE INDEX "IDX_9f41924ca4785e622b377c3c41" ON "grant_call" ("year") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_9f41924ca4785e622b377c3c41"');
    await queryRunner.query('ALTER TABLE "grant_call" RENAME TO "temporary_grant_call"');
    await queryRunner.query(
      'CREATE TABLE "grant_call" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "programme" varchar(40) NOT NULL, "year" integer NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL, "budget" integer NOT NULL, "grantedTotal" integer NOT NULL DEFAULT (0), "eligibleKinds" text NOT NULL, "opensAt" datetime NOT NULL, "closesAt" datetime NOT NULL, "consultationOrganisationId" integer, "consultationDays" integer NOT NULL DEFAULT (14), "followUpDueDate" varchar(10) NOT NULL, "createdById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "mode" varchar(20) NOT NULL DEFAULT (\'APPLICATION\'), "requiresConsultation" boolean NOT NULL DEFAULT (1), "roundId" integer)',
    );
    await queryRunner.query(
      'INSERT INTO "grant_call"("id", "programme", "year", "title", "description", "budget", "grantedTotal", "eligibleKinds", "opensAt", "closesAt", "consultationOrganisationId", "consultationDays", "followUpDueDate", "createdById", "createdAt", "mode", "requiresConsultation", "roundId") SELECT "id", "programme", "year", "title", "description", "budget", "grantedTotal", "eligibleKinds", "opensAt", "closesAt", "consultationOrganisationId", "consultationDays", "followUpDueDate", "createdById", "createdAt", "mode", "requiresConsultation", "roundId" FROM "temporary_grant_call"',
    );
    await queryRunner.query('DROP TABLE "temporary_grant_call"');
    await queryRunner.query('CREATE INDEX "IDX_9f41924ca4785e622b377c3c41" ON "grant_call" ("year") ');
  }
}
