import type { MigrationInterface, QueryRunner } from "typeorm";

/** Population per kommun and year (31 December, SCB), so that each round uses its own year's figures. */
export class PopulationFigures1796600000000 implements MigrationInterface {
  name = "PopulationFigures1796600000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TABLE `population_figure` (`organisationId` int NOT NULL, `year` int NOT NULL, `inhabitants` int NOT NULL, PRIMARY KEY (`organisationId`, `year`)) ENGINE=InnoDB",
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("DROP TABLE `population_figure`");
  }
}
