import type { QueryRunner } from "typeorm";

function texts(json: unknown): string[] {
  try {
    const value = typeof json === "string" ? JSON.parse(json) : json;
    const list = Array.isArray(value)
      ? value
      : Array.isArray((value as { decisions?: unknown })?.decisions)
        ? (value as { decisions: unknown[] }).decisions
        : [];
    return list.filter((d): d is string => typeof d === "string" && d.trim() !== "").map((d) => d.trim().slice(0, 2000));
  } catch {
    return [];
  }
}

/**
 * Decisions written before they had a responsible person and a due date were texts in the minutes:
 * each becomes a decision row, the draft's from the minutes and the published ones from the latest
 * published version. The same SQL runs on SQLite and MySQL/MariaDB (backticks quote on both).
 */
export async function copyDecisionsIntoRows(q: QueryRunner): Promise<void> {
  const minutes: { meetingId: number; networkId: number; decisions: string }[] = await q.query(
    "SELECT mm.`meetingId` AS meetingId, mt.`networkId` AS networkId, mm.`decisions` AS decisions FROM `meeting_minutes` mm INNER JOIN `network_meeting` mt ON mt.`id` = mm.`meetingId`",
  );
  const versions: { meetingId: number; version: number; content: string }[] = await q.query(
    "SELECT `meetingId` AS meetingId, `version` AS version, `content` AS content FROM `meeting_minutes_version`",
  );
  const latest = new Map<number, { version: number; content: string }>();
  for (const v of versions) {
    const have = latest.get(Number(v.meetingId));
    if (!have || Number(v.version) > have.version) latest.set(Number(v.meetingId), { version: Number(v.version), content: v.content });
  }
  for (const row of minutes) {
    const sets: [boolean, string[]][] = [[false, texts(row.decisions)]];
    const published = latest.get(Number(row.meetingId));
    if (published) sets.push([true, texts(published.content)]);
    for (const [isPublished, list] of sets) {
      for (const [i, text] of list.entries()) {
        await q.query("INSERT INTO `meeting_decision` (`networkId`, `meetingId`, `published`, `position`, `text`) VALUES (?, ?, ?, ?, ?)", [
          Number(row.networkId),
          Number(row.meetingId),
          isPublished ? 1 : 0,
          i + 1,
          text,
        ]);
      }
    }
  }
}
