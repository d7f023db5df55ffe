import { type EntityManager, In } from "typeorm";
import type { Actor } from "../../auth/actor";
import type { Config } from "../../config/config";
import type { Database } from "../../db/database";
import { audit } from "../../shared/audit";
import { PlatformSetting } from "../../shared/platform-setting.entity";
import { PlatformErrors } from "./platform.errors";

/** The stored names of the platform settings. */
export const SETTING = {
  retentionMonths: "personalData.retentionMonths",
  requireTotpForMoney: "auth.requireTotpForMoney",
} as const;

export const RETENTION_MONTHS_MIN = 1;
export const RETENTION_MONTHS_MAX = 240;

export interface PlatformSettingsValues {
  /** Months after a training, meeting or application before its participants' and contacts' personal data is erased. */
  retentionMonths: number;
  /** Deciding on and paying out money needs two-factor sign-in. */
  requireTotpForMoney: boolean;
}

/** Reads a stored value of `auth.requireTotpForMoney`, or the environment's default when none is stored. */
export function requireTotpFrom(stored: unknown, fallback: boolean): boolean {
  return stored == null ? fallback : String(stored) === "true";
}

/**
 * Platform settings the platform administrator changes in the web. Each has a default from the
 * environment (`PERSONAL_DATA_RETENTION_MONTHS`, `SAMVERKA_REQUIRE_TOTP_FOR_MONEY`), used until a
 * value is stored; every process reads the stored value, so a change applies to all of them at once.
 */
export class PlatformSettingsService {
  constructor(
    private readonly db: Database,
    private readonly config: Pick<Config, "retentionMonths" | "requireTotpForMoney">,
  ) {}

  get defaults(): PlatformSettingsValues {
    return { retentionMonths: this.config.retentionMonths, requireTotpForMoney: this.config.requireTotpForMoney };
  }

  async current(m: EntityManager = this.db.manager): Promise<PlatformSettingsValues> {
    const rows = await m.findBy(PlatformSetting, { name: In(Object.values(SETTING)) });
    const stored = new Map(rows.map((r) => [r.name, r.value]));
    const months = Number(stored.get(SETTING.retentionMonths));
    return {
      retentionMonths: Number.isInteger(months) && months >= RETENTION_MONTHS_MIN ? months : this.config.retentionMonths,
      requireTotpForMoney: requireTotpFrom(stored.get(SETTING.requireTotpForMoney), this.config.requireTotpForMoney),
    };
  }

  /** Changes the settings given; the others keep their value. One audit row with before and after. */
  async update(actor: Actor, input: Partial<PlatformSettingsValues>): Promise<PlatformSettingsValues> {
    const months = input.retentionMonths;
    if (months != null && (!Number.isInteger(months) || months < RETENTION_MONTHS_MIN || months > RETENTION_MONTHS_MAX)) {
      throw PlatformErrors.retentionMonthsOutOfRange({ min: RETENTION_MONTHS_MIN, max: RETENTION_MONTHS_MAX }, { field: "retentionMonths" });
    }
    const changes: [string, string][] = [];
    if (months != null) changes.push([SETTING.retentionMonths, String(months)]);
    if (input.requireTotpForMoney != null) changes.push([SETTING.requireTotpForMoney, String(input.requireTotpForMoney)]);
    return this.db.transaction(async (m) => {
      const before = await this.current(m);
      const now = new Date();
      for (const [name, value] of changes) {
        await m.delete(PlatformSetting, { name });
        await m.insert(PlatformSetting, { name, value, updatedAt: now, updatedById: actor.userId });
      }
      const after = await this.current(m);
      await audit(m, actor, { action: "platform.updateSettings", entityType: "PlatformSettings", entityId: "platform", before, after });
      return after;
    });
  }
}
