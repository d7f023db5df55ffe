import type { MigrationInterface, QueryRunner } from "typeorm";

/** Population per kommun and year (31 December, SCB), so that each round uses its own year's figures. */
export class PopulationFigures1796600000000 implements MigrationInterface {
  name = "PopulationFigures1796600000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "population_figure" ("organisationId" integer NOT NULL, "year" integer NOT NULL, "inhabitants" integer NOT NULL, PRIMARY KEY ("organisationId", "year"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "population_figure"`);
  }
}
