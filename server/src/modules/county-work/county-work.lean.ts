import type { LeanNeeds } from "../../db/lean-read";

/**
 * What the field resolvers of county-work.fields.ts read from a row besides its keys, for the
 * lean read of lists (db/lean-read.ts). A field resolver that reads more must say so here.
 */
export const VISIT_NEEDS: LeanNeeds = { countyBoard: [], kommun: [] };

export const CAMPAIGN_NEEDS: LeanNeeds = { countyBoard: [], methods: ["methodIds"] };
