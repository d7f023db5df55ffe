import type { MigrationInterface, QueryRunner } from "typeorm";

export class Trainings1795488147826 implements MigrationInterface {
  name = "Trainings1795488147826";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "training_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organiserOrganisationId" integer NOT NULL, "createdById" integer NOT NULL, "type" varchar(40) NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL, "countyCode" varchar(2), "location" varchar(300), "onlineUrl" varchar(500), "capacity" integer NOT NULL, "confirmedCount" integer NOT NULL DEFAULT (0), "waitlistSeq" integer NOT NULL DEFAULT (0), "registrationDeadline" datetime, "eligibleKinds" text NOT NULL, "eligibleCountyCodes" text NOT NULL, "quotaPerOrganisation" integer, "quotaReleaseAt" datetime, "quotaReleased" boolean NOT NULL DEFAULT (0), "status" varchar(20) NOT NULL, "cancelReason" text, "loggedOnly" boolean NOT NULL DEFAULT (0), "startsAt" datetime, "endsAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_a1d81b62a6cf55f6dac870e497" ON "training_event" ("organiserOrganisationId") ');
    await queryRunner.query('CREATE INDEX "IDX_37617a59c086e001353d4c1fa7" ON "training_event" ("countyCode") ');
    await queryRunner.query('CREATE INDEX "IDX_a8f58b4fa64e22ca87c901f043" ON "training_event" ("status", "startsAt") ');
    await queryRunner.query(
      'CREATE TABLE "training_session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "eventId" integer NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_70eb7e409f08ae92f07d086e50" ON "training_session" ("eventId") ');
    await queryRunner.query(
      'CREATE TABLE "training_registration" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "eventId" integer NOT NULL, "organisationId" integer NOT NULL, "registeredById" integer NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "profession" varchar(200) NOT NULL DEFAULT (\'\'), "workplace" varchar(200) NOT NULL DEFAULT (\'\'), "status" varchar(20) NOT NULL, "waitlistOrder" integer, "confirmedAt" datetime, "cancelledAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query('CREATE INDEX "IDX_89a870e1a7ae3517eb1be9a979" ON "training_registration" ("organisationId") ');
    await queryRunner.query('CREATE INDEX "IDX_8ff21beaea49507fed17f7038c" ON "training_registration" ("eventId", "status") ');
    await queryRunner.query(
      'CREATE TABLE "training_quota_use" ("eventId" integer NOT NULL, "organisationId" integer NOT NULL, "confirmed" integer NOT NULL DEFAULT (0), PRIMARY KEY ("eventId", "organisationId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "training_attendance" ("registrationId" integer NOT NULL, "sessionId" integer NOT NULL, "status" varchar(20) NOT NULL, PRIMARY KEY ("registrationId", "sessionId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "training_participation_log" ("eventId" integer NOT NULL, "organisationId" integer NOT NULL, "participants" integer NOT NULL, PRIMARY KEY ("eventId", "organisationId"))',
    );
    await queryRunner.query(
      'CREATE TABLE "course_leader" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organisationId" integer NOT NULL, "registrationId" integer NOT NULL, "eventId" integer NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "certifiedAt" datetime NOT NULL)',
    );
    await queryRunner.query('CREATE INDEX "IDX_8de14a92d414bd748d8ed1faab" ON "course_leader" ("organisationId") ');
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_710352e2b8c3e59ae6ba035b7f" ON "course_leader" ("registrationId") ');
    await queryRunner.query(
      'CREATE TABLE "local_course" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "courseLeaderId" integer NOT NULL, "organisationId" integer NOT NULL, "date" varchar(10) NOT NULL, "participants" integer NOT NULL, "title" varchar(200))',
    );
    await queryRunner.query('CREATE INDEX "IDX_2f378989a79014dec9d8c88dd2" ON "local_course" ("courseLeaderId") ');
    await queryRunner.query('CREATE INDEX "IDX_0115957ecaaea8005628c02e56" ON "local_course" ("organisationId") ');
    await queryRunner.query('DROP INDEX "IDX_a1d81b62a6cf55f6dac870e497"');
    await queryRunner.query('DROP INDEX "IDX_37617a59c086e001353d4c1fa7"');
    await queryRunner.query('DROP INDEX "IDX_a8f58b4fa64e22ca87c901f043"');
    await queryRunner.query(
      'CREATE TABLE "temporary_training_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organiserOrganisationId" integer NOT NULL, "createdById" integer NOT NULL, "type" varchar(40) NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL, "countyCode" varchar(2), "location" varchar(300), "onlineUrl" varchar(500), "capacity" integer NOT NULL, "confirmedCount" integer NOT NULL DEFAULT (0), "waitlistSeq" integer NOT NULL DEFAULT (0), "registrationDeadline" datetime, "eligibleKinds" text NOT NULL, "eligibleCountyCodes" text NOT NULL, "quotaPerOrganisation" integer, "quotaReleaseAt" datetime, "quotaReleased" boolean NOT NULL DEFAULT (0), "status" varchar(20) NOT NULL, "cancelReason" text, "loggedOnly" boolean NOT NULL DEFAULT (0), "startsAt" datetime, "endsAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_a1d81b62a6cf55f6dac870e4975" FOREIGN KEY ("organiserOrganisationId") REFERENCES "organisation" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_training_event"("id", "organiserOrganisationId", "createdById", "type", "title", "description", "countyCode", "location", "onlineUrl", "capacity", "confirmedCount", "waitlistSeq", "registrationDeadline", "eligibleKinds", "eligibleCountyCodes", "quotaPerOrganisation", "quotaReleaseAt", "quotaReleased", "status", "cancelReason", "loggedOnly", "startsAt", "endsAt", "createdAt") SELECT "id", "organiserOrganisationId", "createdById", "type", "title", "description", "countyCode", "location", "onlineUrl", "capacity", "confirmedCount", "waitlistSeq", "registrationDeadline", "eligibleKinds", "eligibleCountyCodes", "quotaPerOrganisation", "quotaReleaseAt", "quotaReleased", "status", "cancelReason", "loggedOnly", "startsAt", "endsAt", "createdAt" FROM "training_event"',
    );
    await queryRunner.query('DROP TABLE "training_event"');
    await queryRunner.query('ALTER TABLE "temporary_training_event" RENAME TO "training_event"');
    await queryRunner.query('CREATE INDEX "IDX_a1d81b62a6cf55f6dac870e497" ON "training_event" ("organiserOrganisationId") ');
    await queryRunner.query('CREATE INDEX "IDX_37617a59c086e001353d4c1fa7" ON "training_event" ("countyCode") ');
    await queryRunner.query('CREATE INDEX "IDX_a8f58b4fa64e22ca87c901f043" ON "training_event" ("status", "startsAt") ');
    await queryRunner.query('DROP INDEX "IDX_70eb7e409f08ae92f07d086e50"');
    await queryRunner.query(
      'CREATE TABLE "temporary_training_session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "eventId" integer NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime NOT NULL, CONSTRAINT "FK_70eb7e409f08ae92f07d086e50e" FOREIGN KEY ("eventId") REFERENCES "training_event" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_training_session"("id", "eventId", "startsAt", "endsAt") SELECT "id", "eventId", "startsAt", "endsAt" FROM "training_session"',
    );
    await queryRunner.query('DROP TABLE "training_session"');
    await queryRunner.query('ALTER TABLE "temporary_training_session" RENAME TO "training_session"');
    await queryRunner.query('CREATE INDEX "IDX_70eb7e409f08ae92f07d086e50" ON "training_session" ("eventId") ');
    await queryRunner.query('DROP INDEX "IDX_89a870e1a7ae3517eb1be9a979"');
    await queryRunner.query('DROP INDEX "IDX_8ff21beaea49507fed17f7038c"');
    await queryRunner.query(
      'CREATE TABLE "temporary_training_registration" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "eventId" integer NOT NULL, "organisationId" integer NOT NULL, "registeredById" integer NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "profession" varchar(200) NOT NULL DEFAULT (\'\'), "workplace" varchar(200) NOT NULL DEFAULT (\'\'), "status" varchar(20) NOT NULL, "waitlistOrder" integer, "confirmedAt" datetime, "cancelledAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')), CONSTRAINT "FK_8e614131aa1503f3ee483ba9c65" FOREIGN KEY ("eventId") REFERENCES "training_event" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)',
    );
    await queryRunner.query(
      'INSERT INTO "temporary_training_registration"("id", "eventId", "organisationId", "registeredById", "name", "email", "profession", "workplace", "status", "waitlistOrder", "confirmedAt", "cancelledAt", "createdAt") SELECT "id", "eventId", "organisationId", "registeredById", "name", "email", "profession", "workplace", "status", "waitlistOrder", "confirmedAt", "cancelledAt", "createdAt" FROM "training_registration"',
    );
    await queryRunner.query('DROP TABLE "training_registration"');
    await queryRunner.query('ALTER TABLE "temporary_training_registration" RENAME TO "training_registration"');
    await queryRunner.query('CREATE INDEX "IDX_89a870e1a7ae3517eb1be9a979" ON "training_registration" ("organisationId") ');
    await queryRunner.query('CREATE INDEX "IDX_8ff21beaea49507fed17f7038c" ON "training_registration" ("eventId", "status") ');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "IDX_8ff21beaea49507fed17f7038c"');
    await queryRunner.query('DROP INDEX "IDX_89a870e1a7ae3517eb1be9a979"');
    await queryRunner.query('ALTER TABLE "training_registration" RENAME TO "temporary_training_registration"');
    await queryRunner.query(
      'CREATE TABLE "training_registration" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "eventId" integer NOT NULL, "organisationId" integer NOT NULL, "registeredById" integer NOT NULL, "name" varchar(200) NOT NULL, "email" varchar(254) NOT NULL, "profession" varchar(200) NOT NULL DEFAULT (\'\'), "workplace" varchar(200) NOT NULL DEFAULT (\'\'), "status" varchar(20) NOT NULL, "waitlistOrder" integer, "confirmedAt" datetime, "cancelledAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "training_registration"("id", "eventId", "organisationId", "registeredById", "name", "email", "profession", "workplace", "status", "waitlistOrder", "confirmedAt", "cancelledAt", "createdAt") SELECT "id", "eventId", "organisationId", "registeredById", "name", "email", "profession", "workplace", "status", "waitlistOrder", "confirmedAt", "cancelledAt", "createdAt" FROM "temporary_training_registration"',
    );
    await queryRunner.query('DROP TABLE "temporary_training_registration"');
    await queryRunner.query('CREATE INDEX "IDX_8ff21beaea49507fed17f7038c" ON "training_registration" ("eventId", "status") ');
    await queryRunner.query('CREATE INDEX "IDX_89a870e1a7ae3517eb1be9a979" ON "training_registration" ("organisationId") ');
    await queryRunner.query('DROP INDEX "IDX_70eb7e409f08ae92f07d086e50"');
    await queryRunner.query('ALTER TABLE "training_session" RENAME TO "temporary_training_session"');
    await queryRunner.query(
      'CREATE TABLE "training_session" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "eventId" integer NOT NULL, "startsAt" datetime NOT NULL, "endsAt" datetime NOT NULL)',
    );
    await queryRunner.query(
      'INSERT INTO "training_session"("id", "eventId", "startsAt", "endsAt") SELECT "id", "eventId", "startsAt", "endsAt" FROM "temporary_training_session"',
    );
    await queryRunner.query('DROP TABLE "temporary_training_session"');
    await queryRunner.query('CREATE INDEX "IDX_70eb7e409f08ae92f07d086e50" ON "training_session" ("eventId") ');
    await queryRunner.query('DROP INDEX "IDX_a8f58b4fa64e22ca87c901f043"');
    await queryRunner.query('DROP INDEX "IDX_37617a59c086e001353d4c1fa7"');
    await queryRunner.query('DROP INDEX "IDX_a1d81b62a6cf55f6dac870e497"');
    await queryRunner.query('ALTER TABLE "training_event" RENAME TO "temporary_training_event"');
    await queryRunner.query(
      'CREATE TABLE "training_event" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "organiserOrganisationId" integer NOT NULL, "createdById" integer NOT NULL, "type" varchar(40) NOT NULL, "title" varchar(200) NOT NULL, "description" text NOT NULL, "countyCode" varchar(2), "location" varchar(300), "onlineUrl" varchar(500), "capacity" integer NOT NULL, "confirmedCount" integer NOT NULL DEFAULT (0), "waitlistSeq" integer NOT NULL DEFAULT (0), "registrationDeadline" datetime, "eligibleKinds" text NOT NULL, "eligibleCountyCodes" text NOT NULL, "quotaPerOrganisation" integer, "quotaReleaseAt" datetime, "quotaReleased" boolean NOT NULL DEFAULT (0), "status" varchar(20) NOT NULL, "cancelReason" text, "loggedOnly" boolean NOT NULL DEFAULT (0), "startsAt" datetime, "endsAt" datetime, "createdAt" datetime NOT NULL DEFAULT (datetime(\'now\')))',
    );
    await queryRunner.query(
      'INSERT INTO "training_event"("id", "organiserOrganisationId", "createdById", "type", "title", "description", "countyCode", "location", "onlineUrl", "capacity", "confirmedCount", "waitlistSeq", "registrationDeadline", "eligibleKinds", "eligibleCountyCodes", "quotaPerOrganisation", "quotaReleaseAt", "quotaReleased", "status", "cancelReason", "loggedOnly", "startsAt", "endsAt", "createdAt") SELECT "id", "organiserOrganisationId", "createdById", "type", "title", "description", "countyCode", "location", "onlineUrl", "capacity", "confirmedCount", "waitlistSeq", "registrationDeadline", "eligibleKinds", "eligibleCountyCodes", "quotaPerOrganisation", "quotaReleaseAt", "quotaReleased", "status", "cancelReason", "loggedOnly", "startsAt", "endsAt", "createdAt" FROM "temporary_training_event"',
    );
    await queryRunner.query('DROP TABLE "temporary_training_event"');
    await queryRunner.query('CREATE INDEX "IDX_a8f58b4fa64e22ca87c901f043" ON "training_event" ("status", "startsAt") ');
    await queryRunner.query('CREATE INDEX "IDX_37617a59c086e001353d4c1fa7" ON "training_event" ("countyCode") ');
    await queryRunner.query('CREATE INDEX "IDX_a1d81b62a6cf55f6dac870e497" ON "training_event" ("organiserOrganisationId") ');
    await queryRunner.query('DROP INDEX "IDX_0115957ecaaea8005628c02e56"');
    await queryRunner.query('DROP INDEX "IDX_2f378989a79014dec9d8c88dd2"');
    await queryRunner.query('DROP TABLE "local_course"');
    await queryRunner.query('DROP INDEX "IDX_710352e2b8c3e59ae6ba035b7f"');
    await queryRunner.query('DROP INDEX "IDX_8de14a92d414bd748d8ed1faab"');
    await queryRunner.query('DROP TABLE "course_leader"');
    await queryRunner.query('DROP TABLE "training_participation_log"');
    await queryRunner.query('DROP TABLE "training_attendance"');
    await queryRunner.query('DROP TABLE "training_quota_use"');
    await queryRunner.query('DROP INDEX "IDX_8ff21beaea49507fed17f7038c"');
    await queryRunner.query('DROP INDEX "IDX_89a870e1a7ae3517eb1be9a979"');
    await queryRunner.query('DROP TABLE "training_registration"');
    await queryRunner.query('DROP INDEX "IDX_70eb7e409f08ae92f07d086e50"');
    await queryRunner.query('DROP TABLE "training_session"');
    await queryRunner.query('DROP INDEX "IDX_a8f58b4fa64e22ca87c901f043"');
    await queryRunner.query('DROP INDEX "IDX_37617a59c086e001353d4c1fa7"');
    await queryRunner.query('DROP INDEX "IDX_a1d81b62a6cf55f6dac870e497"');
    await queryRunner.query('DROP TABLE "training_event"');
  }
}
