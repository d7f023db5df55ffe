import type { MigrationInterface, QueryRunner } from "typeorm";

/** A grant past a higher-ranked NGO application that is undecided or rejected records why. */
export class RankingDeviationReason1797500000000 implements MigrationInterface {
  name = "RankingDeviationReason1797500000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "grant_application" ADD COLUMN "rankingDeviationReason" text');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "grant_application" DROP COLUMN "rankingDeviationReason"');
  }
}
