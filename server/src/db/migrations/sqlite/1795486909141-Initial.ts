import type { MigrationInterface, QueryRunner } from "typeorm";

export class Initial1795486909141 implements MigrationInterface {
  name = "Initial1795486909141";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "login_attempt" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar(254) NOT NULL, "ip" varchar(64) NOT NULL, "succeeded" boolean NOT NULL, "attemptedAt" datetime NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_1b7a0ceb04ac66b9229de4e47c" ON "login_attempt" ("ip", "attemptedAt") ');
    await queryRunner.query('CREATE INDEX "IDX_51e81b37b23a16fa0b8cd6e41a" ON "login_attempt" ("email", "attemptedAt") ');
    await queryRunner.query(
      'CREATE TABLE "organisation" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "kind" varchar(40) NOT NULL, "code" varchar(20) NOT NULL, "name" varchar(200) NOT NULL, "countyCode" varchar(2), "population" integer, "populationYear" integer, "municipalityGroupCode" varchar(2), "municipalityGroupName" varchar(80), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_497921db8c90b627fe66c106a4" ON "organisation" ("kind") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_6a3122daf3cb06cb4f1f87ae64" ON "organisation" ("code") ');
    await queryRunner.query('CREATE INDEX "IDX_60df51d10c3d75678a9e2f9340" ON "organisation" ("countyCode") ');
    await queryRunner.query(
      'CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "passwordHash" varchar(100), "organisationId" integer NOT NULL, "roles" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "invitationTokenHash" varchar(64), "invitationExpiresAt" datetime, "lastLoginAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user" ("email") ');
    await queryRunner.query('CREATE INDEX "IDX_642763a1acbc9672d38429ea62" ON "user" ("organisationId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_b5da5dffa1e4c0dfa06184589c" ON "user" ("invitationTokenHash") ');
    await queryRunner.query(
      'CREATE TABLE "session" ("id" varchar(64) PRIMARY KEY NOT NULL, "userId" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "expiresAt" datetime NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session" ("userId") ');
    await queryRunner.query('CREATE INDEX "IDX_5d97cf9773002b16861b4bb8ae" ON "session" ("expiresAt") ');
    await queryRunner.query(
      'CREATE TABLE "audit_entry" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "occurredAt" datetime NOT NULL, "actorUserId" integer, "actorOrganisationId" integer, "action" varchar(80) NOT NULL, "entityType" varchar(60) NOT NULL, "entityId" varchar(40) NOT NULL, "before" text, "after" text, "requestId" varchar(40))',
    );
    await queryRunner.query('CREATE INDEX "IDX_2af3e962093a443e2ce2cf8159" ON "audit_entry" ("occurredAt") ');
    await queryRunner.query('CREATE INDEX "IDX_eab0263aa45e31defdf6435d4b" ON "audit_entry" ("actorOrganisationId") ');
    await queryRunner.query('CREATE INDEX "IDX_b68dcc794cea3a97d59a0b8771" ON "audit_entry" ("action") ');
    await queryRunner.query('CREATE INDEX "IDX_4ab466a7d06ff8d7c903d90248" ON "audit_entry" ("entityType", "entityId") ');
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(60) NOT NULL, "title" varchar(200) NOT NULL, "body" text NOT NULL, "link" varchar(300), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "readAt" datetime)',
    );
    await queryRunner.query('CREATE INDEX "IDX_b142beadffd32dfe9c1afc1c28" ON "notification" ("userId", "readAt") ');
    await queryRunner.query(
      'CREATE TABLE "outbox_mail" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "toAddress" varchar(254) NOT NULL, "subject" varchar(250) NOT NULL, "textBody" text NOT NULL, "status" varchar(12) NOT NULL, "attempts" integer NOT NULL DEFAULT (0), "nextAttemptAt" datetime NOT NULL, "lockedBy" varchar(64), "lockedUntil" datetime, "sentAt" datetime, "lastError" text, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_3efa6e399250d69c59752ed618" ON "outbox_mail" ("status", "nextAttemptAt") ');
    await queryRunner.query('CREATE TABLE "county" ("code" varchar(2) PRIMARY KEY NOT NULL, "name" varchar(80) NOT NULL)');
    await queryRunner.query('DROP INDEX "IDX_e12875dfb3b1d92d7d7c5377e2"');
    await queryRunner.query('DROP INDEX "IDX_642763a1acbc9672d38429ea62"');
    await queryRunner.query('DROP INDEX "IDX_b5da5dffa1e4c0dfa06184589c"');
    await queryRunner.query(
      'CREATE TABLE "temporary_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "passwordHash" varchar(100), "organisationId" integer NOT NULL, "roles" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "invitationTokenHash" varchar(64), "invitationExpiresAt" datetime, "lastLoginAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_642763a1acbc9672d38429ea62a" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_user"("id", "email", "name", "passwordHash", "organisationId", "roles", "active", "invitationTokenHash", "invitationExpiresAt", "lastLoginAt", "createdAt") SELECT "id", "email", "name", "passwordHash", "organisationId", "roles", "active", "invitationTokenHash", "invitationExpiresAt", "lastLoginAt", "createdAt" FROM "user"',
    );
    await queryRunner.query('DROP TABLE "user"');
    await queryRunner.query('ALTER TABLE "temporary_user" RENAME TO "user"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user" ("email") ');
    await queryRunner.query('CREATE INDEX "IDX_642763a1acbc9672d38429ea62" ON "user" ("organisationId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_b5da5dffa1e4c0dfa06184589c" ON "user" ("invitationTokenHash") ');
    await queryRunner.query('DROP INDEX "IDX_3d2f174ef04fb312fdebd0ddc5"');
    await queryRunner.query('DROP INDEX "IDX_5d97cf9773002b16861b4bb8ae"');
    await queryRunner.query(
      'CREATE TABLE "temporary_session" ("id" varchar(64) PRIMARY KEY NOT NULL, "userId" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "expiresAt" datetime NOT NULL, CONSTRAINT "FK_3d2f174ef04fb312fdebd0ddc53" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_session"("id", "userId", "createdAt", "expiresAt") SELECT "id", "userId", "createdAt", "expiresAt" FROM "session"',
    );
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('ALTER TABLE "temporary_session" RENAME TO "session"');
    await queryRunner.query('CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session" ("userId") ');
    await queryRunner.query('CREATE INDEX "IDX_5d97cf9773002b16861b4bb8ae" ON "session" ("expiresAt") ');
    await queryRunner.query('DROP INDEX "IDX_b142beadffd32dfe9c1afc1c28"');
    await queryRunner.query(
      'CREATE TABLE "temporary_notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(60) NOT NULL, "title" varchar(200) NOT NULL, "body" text NOT NULL, "link" varchar(300), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "readAt" datetime, CONSTRAINT "FK_1ced25315eb974b73391fb1c81b" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_notification"("id", "userId", "kind", "title", "body", "link", "createdAt", "readAt") SELECT "id", "userId", "kind", "title", "body", "link", "createdAt", "readAt" FROM "notification"',
    );
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('ALTER TABLE "temporary_notification" RENAME TO "notification"');
    await queryRunner.query('CREATE INDEX "IDX_b142beadffd32dfe9c1afc1c28" ON "notification" ("userId", "readAt") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_b142beadffd32dfe9c1afc1c28"');
    await queryRunner.query('ALTER TABLE "notification" RENAME TO "temporary_notification"');
    await queryRunner.query(
      'CREATE TABLE "notification" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "kind" varchar(60) NOT NULL, "title" varchar(200) NOT NULL, "body" text NOT NULL, "link" varchar(300), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "readAt" datetime)',
    );
    await queryRunner.query(
      'INSERT INTO "notification"("id", "userId", "kind", "title", "body", "link", "createdAt", "readAt") SELECT "id", "userId", "kind", "title", "body", "link", "createdAt", "readAt" FROM "temporary_notification"',
    );
    await queryRunner.query('DROP TABLE "temporary_notification"');
    await queryRunner.query('CREATE INDEX "IDX_b142beadffd32dfe9c1afc1c28" ON "notification" ("userId", "readAt") ');
    await queryRunner.query('DROP INDEX "IDX_5d97cf9773002b16861b4bb8ae"');
    await queryRunner.query('DROP INDEX "IDX_3d2f174ef04fb312fdebd0ddc5"');
    await queryRunner.query('ALTER TABLE "session" RENAME TO "temporary_session"');
    await queryRunner.query(
      'CREATE TABLE "session" ("id" varchar(64) PRIMARY KEY NOT NULL, "userId" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "expiresAt" datetime NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "session"("id", "userId", "createdAt", "expiresAt") SELECT "id", "userId", "createdAt", "expiresAt" FROM "temporary_session"',
    );
    await queryRunner.query('DROP TABLE "temporary_session"');
    await queryRunner.query('CREATE INDEX "IDX_5d97cf9773002b16861b4bb8ae" ON "session" ("expiresAt") ');
    await queryRunner.query('CREATE INDEX "IDX_3d2f174ef04fb312fdebd0ddc5" ON "session" ("userId") ');
    await queryRunner.query('DROP INDEX "IDX_b5da5dffa1e4c0dfa06184589c"');
    await queryRunner.query('DROP INDEX "IDX_642763a1acbc9672d38429ea62"');
    await queryRunner.query('DROP INDEX "IDX_e12875dfb3b1d92d7d7c5377e2"');
    await queryRunner.query('ALTER TABLE "user" RENAME TO "temporary_user"');
    await queryRunner.query(
      'CREATE TABLE "user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar(254) NOT NULL, "name" varchar(200) NOT NULL, "passwordHash" varchar(100), "organisationId" integer NOT NULL, "roles" text NOT NULL, "active" boolean NOT NULL DEFAULT (1), "invitationTokenHash" varchar(64), "invitationExpiresAt" datetime, "lastLoginAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "user"("id", "email", "name", "passwordHash", "organisationId", "roles", "active", "invitationTokenHash", "invitationExpiresAt", "lastLoginAt", "createdAt") SELECT "id", "email", "name", "passwordHash", "organisationId", "roles", "active", "invitationTokenHash", "invitationExpiresAt", "lastLoginAt", "createdAt" FROM "temporary_user"',
    );
    await queryRunner.query('DROP TABLE "temporary_user"');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_b5da5dffa1e4c0dfa06184589c" ON "user" ("invitationTokenHash") ');
    await queryRunner.query('CREATE INDEX "IDX_642763a1acbc9672d38429ea62" ON "user" ("organisationId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user" ("email") ');
    await queryRunner.query('DROP TABLE "county"');
    await queryRunner.query('DROP INDEX "IDX_3efa6e399250d69c59752ed618"');
    await queryRunner.query('DROP TABLE "outbox_mail"');
    await queryRunner.query('DROP INDEX "IDX_b142beadffd32dfe9c1afc1c28"');
    await queryRunner.query('DROP TABLE "notification"');
    await queryRunner.query('DROP INDEX "IDX_4ab466a7d06ff8d7c903d90248"');
    await queryRunner.query('DROP INDEX "IDX_b68dcc794cea3a97d59a0b8771"');
    await queryRunner.query('DROP INDEX "IDX_eab0263aa45e31defdf6435d4b"');
    await queryRunner.query('DROP INDEX "IDX_2af3e962093a443e2ce2cf8159"');
    await queryRunner.query('DROP TABLE "audit_entry"');
    await queryRunner.query('DROP INDEX "IDX_5d97cf9773002b16861b4bb8ae"');
    await queryRunner.query('DROP INDEX "IDX_3d2f174ef04fb312fdebd0ddc5"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "IDX_b5da5dffa1e4c0dfa06184589c"');
    await queryRunner.query('DROP INDEX "IDX_642763a1acbc9672d38429ea62"');
    await queryRunner.query('DROP INDEX "IDX_e12875dfb3b1d92d7d7c5377e2"');
    await queryRunner.query('DROP TABLE "user"');
    await queryRunner.query('DROP INDEX "IDX_60df51d10c3d75678a9e2f9340"');
    await queryRunner.query('DROP INDEX "IDX_6a3122daf3cb06cb4f1f87ae64"');
    await queryRunner.query('DROP INDEX "IDX_497921db8c90b627fe66c106a4"');
    await queryRunner.query('DROP TABLE "organisation"');
    await queryRunner.query('DROP INDEX "IDX_51e81b37b23a16fa0b8cd6e41a"');
    await queryRunner.query('DROP INDEX "IDX_1b7a0ceb04ac66b9229de4e47c"');
    await queryRunner.query('DROP TABLE "login_attempt"');
  }
}
