import type { QueryRunner } from "typeorm";

/**
 * The single role ADMIN becomes two: PLATFORM_ADMIN for administrators in Socialstyrelsen
 * (kind SOCIALSTYRELSEN), ORGANISATION_ADMIN everywhere else. Roles are stored as a
 * comma-separated list (simple-array), so each row is rewritten as a whole. The same SQL runs on
 * SQLite and MySQL/MariaDB (backticks quote on both).
 */
export async function splitAdministratorRole(q: QueryRunner): Promise<void> {
  const rows: { id: number; roles: string; kind: string }[] = await q.query(
    "SELECT u.`id` AS id, u.`roles` AS roles, o.`kind` AS kind FROM `user` u INNER JOIN `organisation` o ON o.`id` = u.`organisationId` WHERE u.`roles` LIKE '%ADMIN%'",
  );
  for (const row of rows) {
    const roles = String(row.roles).split(",");
    if (!roles.includes("ADMIN")) continue;
    const replacement = row.kind === "SOCIALSTYRELSEN" ? "PLATFORM_ADMIN" : "ORGANISATION_ADMIN";
    const next = [...new Set(roles.map((r) => (r === "ADMIN" ? replacement : r)))];
    await q.query("UPDATE `user` SET `roles` = ? WHERE `id` = ?", [next.join(","), Number(row.id)]);
  }
}

/** Back to one ADMIN role. */
export async function joinAdministratorRoles(q: QueryRunner): Promise<void> {
  const rows: { id: number; roles: string }[] = await q.query("SELECT `id` AS id, `roles` AS roles FROM `user` WHERE `roles` LIKE '%_ADMIN%'");
  for (const row of rows) {
    const roles = String(row.roles).split(",");
    if (!roles.some((r) => r === "PLATFORM_ADMIN" || r === "ORGANISATION_ADMIN")) continue;
    const next = [...new Set(roles.map((r) => (r === "PLATFORM_ADMIN" || r === "ORGANISATION_ADMIN" ? "ADMIN" : r)))];
    await q.query("UPDATE `user` SET `roles` = ? WHERE `id` = ?", [next.join(","), Number(row.id)]);
  }
}
