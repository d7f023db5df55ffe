import type { MigrationInterface, QueryRunner } from "typeorm";

/** Länets arbete: kommunbesök, campaigns, methods and their spread, regional strategies; a network's kind (länssamverkan). */
export class CountyWork1796416387562 implements MigrationInterface {
  name = "CountyWork1796416387562";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "municipality_visit" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "countyBoardOrganisationId" integer NOT NULL, "kommunOrganisationId" integer NOT NULL, "date" varchar(10) NOT NULL, "year" integer NOT NULL, "topics" text NOT NULL, "participants" text NOT NULL, "notes" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_5c036053540be341c3c77faf5f0" FOREIGN KEY ("countyBoardOrganisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_2e1b26f31d87e1eedb20f76fb99" FOREIGN KEY ("kommunOrganisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_2e1b26f31d87e1eedb20f76fb9" ON "municipality_visit" ("kommunOrganisationId") ');
    await queryRunner.query('CREATE INDEX "IDX_41b8af5c0f49c071f1fd1017a7" ON "municipality_visit" ("countyBoardOrganisationId", "year") ');
    await queryRunner.query(
      'CREATE TABLE "campaign" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "countyBoardOrganisationId" integer NOT NULL, "title" varchar(200) NOT NULL, "scope" varchar(20) NOT NULL, "topic" varchar(40) NOT NULL, "channels" text NOT NULL, "periodStart" varchar(10) NOT NULL, "periodEnd" varchar(10) NOT NULL, "year" integer NOT NULL, "kommunerReached" integer, "peopleReached" integer, "articles" integer, "readers" integer, "methodIds" text NOT NULL, "notes" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_32f8c217cad92888db221dd90cb" FOREIGN KEY ("countyBoardOrganisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_477dcda581d3fc8581fb4f5a9e" ON "campaign" ("countyBoardOrganisationId", "year") ');
    await queryRunner.query(
      'CREATE TABLE "method" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "description" text NOT NULL, "active" boolean NOT NULL DEFAULT (1))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_cd3f66e2f09f1685d1e2a95a5a" ON "method" ("name") ');
    await queryRunner.query(
      'CREATE TABLE "method_spread" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "countyBoardOrganisationId" integer NOT NULL, "methodId" integer NOT NULL, "year" integer NOT NULL, "kommunerReached" integer, "organisationsReached" integer, "note" text NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_937ba98c1ce3f1a2fed1e3010df" FOREIGN KEY ("countyBoardOrganisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION, CONSTRAINT "FK_a77e859dfbadd2dcd76b898df42" FOREIGN KEY ("methodId") REFERENCES "method" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_a77e859dfbadd2dcd76b898df4" ON "method_spread" ("methodId") ');
    await queryRunner.query('CREATE INDEX "IDX_5b9282759faafb928160fc44ba" ON "method_spread" ("countyBoardOrganisationId", "year") ');
    await queryRunner.query(
      'CREATE TABLE "regional_strategy" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "countyBoardOrganisationId" integer NOT NULL, "kind" varchar(20) NOT NULL, "title" varchar(200) NOT NULL, "year" integer NOT NULL, "status" varchar(20) NOT NULL, "adoptedOn" varchar(10), "linkedToGenderMainstreaming" boolean NOT NULL DEFAULT (0), "notes" text NOT NULL, "documentFilename" varchar(255), "documentContentType" varchar(120), "documentSize" integer, "documentStorageName" varchar(120), "updatedAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_795ed0ec951ce203a0604e646f2" FOREIGN KEY ("countyBoardOrganisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query('CREATE INDEX "IDX_986cdf0b94f38f471f58647cb5" ON "regional_strategy" ("countyBoardOrganisationId", "year") ');
    await queryRunner.query('ALTER TABLE "network" ADD COLUMN "kind" varchar(20) NOT NULL DEFAULT (\'NETWORK\')');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "network" DROP COLUMN "kind"');
    await queryRunner.query('DROP TABLE "regional_strategy"');
    await queryRunner.query('DROP TABLE "method_spread"');
    await queryRunner.query('DROP TABLE "method"');
    await queryRunner.query('DROP TABLE "campaign"');
    await queryRunner.query('DROP TABLE "municipality_visit"');
  }
}
