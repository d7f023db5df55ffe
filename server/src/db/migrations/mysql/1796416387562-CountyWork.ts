import type { MigrationInterface, QueryRunner } from "typeorm";

/** Länets arbete: kommunbesök, campaigns, methods and their spread, regional strategies; a network's kind (länssamverkan). */
export class CountyWork1796416387562 implements MigrationInterface {
  name = "CountyWork1796416387562";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `municipality_visit` (`id` int NOT NULL AUTO_INCREMENT, `countyBoardOrganisationId` int NOT NULL, `kommunOrganisationId` int NOT NULL, `date` varchar(10) NOT NULL, `year` int NOT NULL, `topics` mediumtext NOT NULL, `participants` text NOT NULL, `notes` text NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_2e1b26f31d87e1eedb20f76fb9` (`kommunOrganisationId`), INDEX `IDX_41b8af5c0f49c071f1fd1017a7` (`countyBoardOrganisationId`, `year`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `campaign` (`id` int NOT NULL AUTO_INCREMENT, `countyBoardOrganisationId` int NOT NULL, `title` varchar(200) NOT NULL, `scope` varchar(20) NOT NULL, `topic` varchar(40) NOT NULL, `channels` mediumtext NOT NULL, `periodStart` varchar(10) NOT NULL, `periodEnd` varchar(10) NOT NULL, `year` int NOT NULL, `kommunerReached` int NULL, `peopleReached` int NULL, `articles` int NULL, `readers` int NULL, `methodIds` mediumtext NOT NULL, `notes` text NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_477dcda581d3fc8581fb4f5a9e` (`countyBoardOrganisationId`, `year`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `method` (`id` int NOT NULL AUTO_INCREMENT, `name` varchar(200) NOT NULL, `description` text NOT NULL, `active` tinyint NOT NULL DEFAULT 1, UNIQUE INDEX `IDX_cd3f66e2f09f1685d1e2a95a5a` (`name`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `method_spread` (`id` int NOT NULL AUTO_INCREMENT, `countyBoardOrganisationId` int NOT NULL, `methodId` int NOT NULL, `year` int NOT NULL, `kommunerReached` int NULL, `organisationsReached` int NULL, `note` text NOT NULL, `createdAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6), INDEX `IDX_a77e859dfbadd2dcd76b898df4` (`methodId`), INDEX `IDX_5b9282759faafb928160fc44ba` (`countyBoardOrganisationId`, `year`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query(
      "CREATE TABLE `regional_strategy` (`id` int NOT NULL AUTO_INCREMENT, `countyBoardOrganisationId` int NOT NULL, `kind` varchar(20) NOT NULL, `title` varchar(200) NOT NULL, `year` int NOT NULL, `status` varchar(20) NOT NULL, `adoptedOn` varchar(10) NULL, `linkedToGenderMainstreaming` tinyint NOT NULL DEFAULT 0, `notes` text NOT NULL, `documentFilename` varchar(255) NULL, `documentContentType` varchar(120) NULL, `documentSize` int NULL, `documentStorageName` varchar(120) NULL, `updatedAt` datetime(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6) ON UPDATE CURRENT_TIMESTAMP(6), INDEX `IDX_986cdf0b94f38f471f58647cb5` (`countyBoardOrganisationId`, `year`), PRIMARY KEY (`id`)) ENGINE=InnoDB",
    );
    await queryRunner.query("ALTER TABLE `network` ADD `kind` varchar(20) NOT NULL DEFAULT 'NETWORK'");
    await queryRunner.query(
      "ALTER TABLE `municipality_visit` ADD CONSTRAINT `FK_5c036053540be341c3c77faf5f0` FOREIGN KEY (`countyBoardOrganisationId`) REFERENCES `organisation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `municipality_visit` ADD CONSTRAINT `FK_2e1b26f31d87e1eedb20f76fb99` FOREIGN KEY (`kommunOrganisationId`) REFERENCES `organisation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `campaign` ADD CONSTRAINT `FK_32f8c217cad92888db221dd90cb` FOREIGN KEY (`countyBoardOrganisationId`) REFERENCES `organisation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `method_spread` ADD CONSTRAINT `FK_937ba98c1ce3f1a2fed1e3010df` FOREIGN KEY (`countyBoardOrganisationId`) REFERENCES `organisation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `method_spread` ADD CONSTRAINT `FK_a77e859dfbadd2dcd76b898df42` FOREIGN KEY (`methodId`) REFERENCES `method`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION",
    );
    await queryRunner.query(
      "ALTER TABLE `regional_strategy` ADD CONSTRAINT `FK_795ed0ec951ce203a0604e646f2` FOREIGN KEY (`countyBoardOrganisationId`) REFERENCES `organisation`(`id`) ON DELETE RESTRICT ON UPDATE NO ACTION",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE `regional_strategy` DROP FOREIGN KEY `FK_795ed0ec951ce203a0604e646f2`");
    await queryRunner.query("ALTER TABLE `method_spread` DROP FOREIGN KEY `FK_a77e859dfbadd2dcd76b898df42`");
    await queryRunner.query("ALTER TABLE `method_spread` DROP FOREIGN KEY `FK_937ba98c1ce3f1a2fed1e3010df`");
    await queryRunner.query("ALTER TABLE `campaign` DROP FOREIGN KEY `FK_32f8c217cad92888db221dd90cb`");
    await queryRunner.query("ALTER TABLE `municipality_visit` DROP FOREIGN KEY `FK_2e1b26f31d87e1eedb20f76fb99`");
    await queryRunner.query("ALTER TABLE `municipality_visit` DROP FOREIGN KEY `FK_5c036053540be341c3c77faf5f0`");
    await queryRunner.query("ALTER TABLE `network` DROP COLUMN `kind`");
    await queryRunner.query("DROP INDEX `IDX_986cdf0b94f38f471f58647cb5` ON `regional_strategy`");
    await queryRunner.query("DROP TABLE `regional_strategy`");
    await queryRunner.query("DROP INDEX `IDX_5b9282759faafb928160fc44ba` ON `method_spread`");
    await queryRunner.query("DROP INDEX `IDX_a77e859dfbadd2dcd76b898df4` ON `method_spread`");
    await queryRunner.query("DROP TABLE `method_spread`");
    await queryRunner.query("DROP INDEX `IDX_cd3f66e2f09f1685d1e2a95a5a` ON `method`");
    await queryRunner.query("DROP TABLE `method`");
    await queryRunner.query("DROP INDEX `IDX_477dcda581d3fc8581fb4f5a9e` ON `campaign`");
    await queryRunner.query("DROP TABLE `campaign`");
    await queryRunner.query("DROP INDEX `IDX_41b8af5c0f49c071f1fd1017a7` ON `municipality_visit`");
    await queryRunner.query("DROP INDEX `IDX_2e1b26f31d87e1eedb20f76fb9` ON `municipality_visit`");
    await queryRunner.query("DROP TABLE `municipality_visit`");
  }
}
