// Written by `npm run migration:generate -- <Name>`: the migrations of each driver, oldest first.
import { Initial1795486909141 as SqliteInitial1795486909141 } from "./sqlite/1795486909141-Initial";
import { Initial1795486909141 as MysqlInitial1795486909141 } from "./mysql/1795486909141-Initial";

export const SQLITE_MIGRATIONS: Function[] = [SqliteInitial1795486909141];
export const MYSQL_MIGRATIONS: Function[] = [MysqlInitial1795486909141];
