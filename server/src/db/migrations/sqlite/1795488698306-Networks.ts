import type { MigrationInterface, QueryRunner } from "typeorm";

export class Networks1795488698306 implements MigrationInterface {
  name = "Networks1795488698306";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "network" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "topic" varchar(40) NOT NULL, "description" text NOT NULL, "convenerOrganisationId" integer NOT NULL, "createdById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_de21b516c1701883236de5e5b0" ON "network" ("convenerOrganisationId") ');
    await queryRunner.query(
      'CREATE TABLE "network_member" ("networkId" integer NOT NULL, "organisationId" integer NOT NULL, "coConvener" boolean NOT NULL DEFAULT (0), "addedAt" datetime NOT NULL, PRIMARY KEY ("networkId", "organisationId"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_d5245fffd5a524fa24f5c02dce" ON "network_member" ("organisationId") ');
    await queryRunner.query(
      'CREATE TABLE "network_contact" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "networkId" integer NOT NULL, "organisationId" integer NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "title" varchar(200))',
    );
    await queryRunner.query('CREATE INDEX "IDX_92298bfb46bc4ab76a9ac62274" ON "network_contact" ("networkId", "organisationId") ');
    await queryRunner.query(
      'CREATE TABLE "network_meeting" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "networkId" integer NOT NULL, "title" varchar(200) NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime NOT NULL, "location" varchar(300), "onlineUrl" varchar(500), "rsvpDeadline" datetime, "status" varchar(20) NOT NULL, "seriesId" varchar(40), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_40505b3d14483381c74ffb7bb8" ON "network_meeting" ("networkId", "startsAt") ');
    await queryRunner.query(
      'CREATE TABLE "agenda_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "position" integer NOT NULL, "title" varchar(300) NOT NULL, "presenter" varchar(200), "durationMinutes" integer, "actionItemId" integer)',
    );
    await queryRunner.query('CREATE INDEX "IDX_28bc9d0411e9396fd1a0eb9e49" ON "agenda_item" ("meetingId") ');
    await queryRunner.query(
      'CREATE TABLE "meeting_document" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "agendaItemId" integer, "filename" varchar(255) NOT NULL, "contentType" varchar(120) NOT NULL, "size" integer NOT NULL, "storageName" varchar(120) NOT NULL, "uploadedById" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_33fdb6e7d4a3e100b4411ae333" ON "meeting_document" ("meetingId") ');
    await queryRunner.query(
      'CREATE TABLE "meeting_response" ("meetingId" integer NOT NULL, "organisationId" integer NOT NULL, "attendees" text NOT NULL, "respondedAt" datetime NOT NULL, "respondedById" integer NOT NULL, PRIMARY KEY ("meetingId", "organisationId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "meeting_attendance" ("meetingId" integer NOT NULL, "organisationId" integer NOT NULL, "status" varchar(20) NOT NULL, "people" integer NOT NULL DEFAULT (0), PRIMARY KEY ("meetingId", "organisationId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "meeting_minutes" ("meetingId" integer PRIMARY KEY NOT NULL, "status" varchar(20) NOT NULL, "body" text NOT NULL, "decisions" text NOT NULL, "approverUserId" integer, "approvedAt" datetime, "publishedAt" datetime, "version" integer NOT NULL DEFAULT (0))',
    );
    await queryRunner.query(
      'CREATE TABLE "meeting_minutes_version" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "meetingId" integer NOT NULL, "version" integer NOT NULL, "content" text NOT NULL, "publishedAt" datetime NOT NULL)',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_411edee22eba625432916ce2ae" ON "meeting_minutes_version" ("meetingId", "version") ');
    await queryRunner.query(
      'CREATE TABLE "action_item" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "networkId" integer NOT NULL, "meetingId" integer NOT NULL, "text" varchar(500) NOT NULL, "owner" varchar(200) NOT NULL, "dueDate" varchar(10), "done" boolean NOT NULL DEFAULT (0))',
    );
    await queryRunner.query('CREATE INDEX "IDX_a94b3fbaa007e806a7e6de18ed" ON "action_item" ("meetingId") ');
    await queryRunner.query('CREATE INDEX "IDX_afd2a518c6441024aff466f1b3" ON "action_item" ("networkId", "done") ');
    await queryRunner.query(
      'CREATE TABLE "calendar_feed" ("tokenHash" varchar(64) PRIMARY KEY NOT NULL, "userId" integer NOT NULL, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_f6779773c62bb47bf4001a6906" ON "calendar_feed" ("userId") ');
    await queryRunner.query('DROP INDEX "IDX_de21b516c1701883236de5e5b0"');
    await queryRunner.query(
      'CREATE TABLE "temporary_network" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "topic" varchar(40) NOT NULL, "description" text NOT NULL, "convenerOrganisationId" integer NOT NULL, "createdById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_de21b516c1701883236de5e5b04" FOREIGN KEY ("convenerOrganisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_network"("id", "name", "topic", "description", "convenerOrganisationId", "createdById", "createdAt") SELECT "id", "name", "topic", "description", "convenerOrganisationId", "createdById", "createdAt" FROM "network"',
    );
    await queryRunner.query('DROP TABLE "network"');
    await queryRunner.query('ALTER TABLE "temporary_network" RENAME TO "network"');
    await queryRunner.query('CREATE INDEX "IDX_de21b516c1701883236de5e5b0" ON "network" ("convenerOrganisationId") ');
    await queryRunner.query('DROP INDEX "IDX_40505b3d14483381c74ffb7bb8"');
    await queryRunner.query(
      'CREATE TABLE "temporary_network_meeting" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "networkId" integer NOT NULL, "title" varchar(200) NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime NOT NULL, "location" varchar(300), "onlineUrl" varchar(500), "rsvpDeadline" datetime, "status" varchar(20) NOT NULL, "seriesId" varchar(40), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_122c058ea7dcdfec532294fc2ac" FOREIGN KEY ("networkId") REFERENCES "network" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_network_meeting"("id", "networkId", "title", "startsAt", "endsAt", "location", "onlineUrl", "rsvpDeadline", "status", "seriesId", "createdAt") SELECT "id", "networkId", "title", "startsAt", "endsAt", "location", "onlineUrl", "rsvpDeadline", "status", "seriesId", "createdAt" FROM "network_meeting"',
    );
    await queryRunner.query('DROP TABLE "network_meeting"');
    await queryRunner.query('ALTER TABLE "temporary_network_meeting" RENAME TO "network_meeting"');
    await queryRunner.query('CREATE INDEX "IDX_40505b3d14483381c74ffb7bb8" ON "network_meeting" ("networkId", "startsAt") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_40505b3d14483381c74ffb7bb8"');
    await queryRunner.query('ALTER TABLE "network_meeting" RENAME TO "temporary_network_meeting"');
    await queryRunner.query(
      'CREATE TABLE "network_meeting" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "networkId" integer NOT NULL, "title" varchar(200) NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime NOT NULL, "location" varchar(300), "onlineUrl" varchar(500), "rsvpDeadline" datetime, "status" varchar(20) NOT NULL, "seriesId" varchar(40), "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "network_meeting"("id", "networkId", "title", "startsAt", "endsAt", "location", "onlineUrl", "rsvpDeadline", "status", "seriesId", "createdAt") SELECT "id", "networkId", "title", "startsAt", "endsAt", "location", "onlineUrl", "rsvpDeadline", "status", "seriesId", "createdAt" FROM "temporary_network_meeting"',
    );
    await queryRunner.query('DROP TABLE "temporary_network_meeting"');
    await queryRunner.query('CREATE INDEX "IDX_40505b3d14483381c74ffb7bb8" ON "network_meeting" ("networkId", "startsAt") ');
    await queryRunner.query('DROP INDEX "IDX_de21b516c1701883236de5e5b0"');
    await queryRunner.query('ALTER TABLE "network" RENAME TO "temporary_network"');
    await queryRunner.query(
      'CREATE TABLE "network" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "name" varchar(200) NOT NULL, "topic" varchar(40) NOT NULL, "description" text NOT NULL, "convenerOrganisationId" integer NOT NULL, "createdById" integer, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "network"("id", "name", "topic", "description", "convenerOrganisationId", "createdById", "createdAt") SELECT "id", "name", "topic", "description", "convenerOrganisationId", "createdById", "createdAt" FROM "temporary_network"',
    );
    await queryRunner.query('DROP TABLE "temporary_network"');
    await queryRunner.query('CREATE INDEX "IDX_de21b516c1701883236de5e5b0" ON "network" ("convenerOrganisationId") ');
    await queryRunner.query('DROP INDEX "IDX_f6779773c62bb47bf4001a6906"');
    await queryRunner.query('DROP TABLE "calendar_feed"');
    await queryRunner.query('DROP INDEX "IDX_afd2a518c6441024aff466f1b3"');
    await queryRunner.query('DROP INDEX "IDX_a94b3fbaa007e806a7e6de18ed"');
    await queryRunner.query('DROP TABLE "action_item"');
    await queryRunner.query('DROP INDEX "IDX_411edee22eba625432916ce2ae"');
    await queryRunner.query('DROP TABLE "meeting_minutes_version"');
    await queryRunner.query('DROP TABLE "meeting_minutes"');
    await queryRunner.query('DROP TABLE "meeting_attendance"');
    await queryRunner.query('DROP TABLE "meeting_response"');
    await queryRunner.query('DROP INDEX "IDX_33fdb6e7d4a3e100b4411ae333"');
    await queryRunner.query('DROP TABLE "meeting_document"');
    await queryRunner.query('DROP INDEX "IDX_28bc9d0411e9396fd1a0eb9e49"');
    await queryRunner.query('DROP TABLE "agenda_item"');
    await queryRunner.query('DROP INDEX "IDX_40505b3d14483381c74ffb7bb8"');
    await queryRunner.query('DROP TABLE "network_meeting"');
    await queryRunner.query('DROP INDEX "IDX_92298bfb46bc4ab76a9ac62274"');
    await queryRunner.query('DROP TABLE "network_contact"');
    await queryRunner.query('DROP INDEX "IDX_d5245fffd5a524fa24f5c02dce"');
    await queryRunner.query('DROP TABLE "network_member"');
    await queryRunner.query('DROP INDEX "IDX_de21b516c1701883236de5e5b0"');
    await queryRunner.query('DROP TABLE "network"');
  }
}
