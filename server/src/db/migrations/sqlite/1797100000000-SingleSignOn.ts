import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Single sign-on: an organisation's OpenID Connect provider (the client secret sealed), the
 * identities linked to accounts, first sign-ins waiting for approval, and the provider a session
 * was opened through. Columns of `session` are added in place.
 */
export class SingleSignOn1797100000000 implements MigrationInterface {
  name = "SingleSignOn1797100000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "identity_provider" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organisationId" integer NOT NULL, "issuer" varchar(300) NOT NULL, "clientId" varchar(200) NOT NULL, "clientSecretSealed" varchar(700) NOT NULL, "scopes" varchar(300) NOT NULL, "matchClaim" varchar(100) NOT NULL, "passwordSignInDisabled" boolean NOT NULL DEFAULT (0), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_24ccc759676f1b09d3c955a391d" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_24ccc759676f1b09d3c955a391" ON "identity_provider" ("organisationId") ');
    await queryRunner.query(
      'CREATE TABLE "user_identity" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "userId" integer NOT NULL, "issuer" varchar(300) NOT NULL, "subject" varchar(255) NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_6d46a525c55104a04b24cb66391" FOREIGN KEY ("userId") REFERENCES "user" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_6d46a525c55104a04b24cb6639" ON "user_identity" ("userId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_7fe1cb7b4efc3420da673cc619" ON "user_identity" ("issuer", "subject") ');
    await queryRunner.query(
      'CREATE TABLE "identity_link_request" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organisationId" integer NOT NULL, "identityProviderId" integer NOT NULL, "issuer" varchar(300) NOT NULL, "subject" varchar(255) NOT NULL, "email" varchar(254), "name" varchar(200), "status" varchar(10) NOT NULL, "userId" integer, "decidedById" integer, "decidedAt" datetime, "requestedAt" datetime NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_e4eb23e48b1375c250cde1e8b03" FOREIGN KEY ("organisationId") REFERENCES "organisation" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_0361847222f501ddbd94e3f3aca" FOREIGN KEY ("identityProviderId") REFERENCES "identity_provider" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_e4eb23e48b1375c250cde1e8b0" ON "identity_link_request" ("organisationId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_b28e7e8fc16ec55ef5966008e0" ON "identity_link_request" ("identityProviderId", "subject") ');
    await queryRunner.query('ALTER TABLE "session" ADD COLUMN "identityProviderId" integer');
    await queryRunner.query('ALTER TABLE "session" ADD COLUMN "idTokenSealed" text');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "session" DROP COLUMN "idTokenSealed"');
    await queryRunner.query('ALTER TABLE "session" DROP COLUMN "identityProviderId"');
    await queryRunner.query('DROP INDEX "IDX_e4eb23e48b1375c250cde1e8b0"');
    await queryRunner.query('DROP INDEX "IDX_b28e7e8fc16ec55ef5966008e0"');
    await queryRunner.query('DROP TABLE "identity_link_request"');
    await queryRunner.query('DROP INDEX "IDX_6d46a525c55104a04b24cb6639"');
    await queryRunner.query('DROP INDEX "IDX_7fe1cb7b4efc3420da673cc619"');
    await queryRunner.query('DROP TABLE "user_identity"');
    await queryRunner.query('DROP INDEX "IDX_24ccc759676f1b09d3c955a391"');
    await queryRunner.query('DROP TABLE "identity_provider"');
  }
}
