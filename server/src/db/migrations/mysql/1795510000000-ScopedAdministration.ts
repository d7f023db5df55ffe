import type { MigrationInterface, QueryRunner } from "typeorm";
import { joinAdministratorRoles, splitAdministratorRole } from "../shared/scoped-administration";

/** ADMIN becomes PLATFORM_ADMIN in Socialstyrelsen and ORGANISATION_ADMIN elsewhere; no schema change. */
export class ScopedAdministration1795510000000 implements MigrationInterface {
  name = "ScopedAdministration1795510000000";

  public async up(queryRunner: QueryRunner): Promise<void> {
    await splitAdministratorRole(queryRunner);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await joinAdministratorRoles(queryRunner);
  }
}
