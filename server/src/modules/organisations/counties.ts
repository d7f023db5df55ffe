import { type EntityManager, In } from "typeorm";
import { County } from "./county.entity";

/** The codes among `codes` that name no län in the reference data (the county table), in the order given. */
export async function unknownCountyCodes(m: EntityManager, codes: readonly string[]): Promise<string[]> {
  if (!codes.length) return [];
  const known = new Set((await m.findBy(County, { code: In([...new Set(codes)]) })).map((c) => c.code));
  return codes.filter((c) => !known.has(c));
}
