import fs from "node:fs";
import path from "node:path";
import { buildSchema, getNamedType, type GraphQLObjectType, isObjectType } from "graphql";

const SDL = buildSchema(fs.readFileSync(path.resolve(__dirname, "../../schema/schema.graphql"), "utf8"));

/** Every field of a type that needs no argument, to the given depth: the whole answer of a statistics query. */
export function selectAll(typeName: string, depth = 4): string {
  const walk = (type: GraphQLObjectType, left: number): string => {
    const parts: string[] = [];
    for (const f of Object.values(type.getFields())) {
      if (f.args.some((a) => a.defaultValue === undefined && a.type.toString().endsWith("!"))) continue;
      const named = getNamedType(f.type);
      if (isObjectType(named)) {
        if (left > 0) parts.push(`${f.name} { ${walk(named, left - 1)} }`);
      } else parts.push(f.name);
    }
    return parts.join(" ");
  };
  return walk(SDL.getType(typeName) as GraphQLObjectType, depth);
}

/** The national figures of a year, one query each: training reach and statistics, networks per topic, the county boards' work, the national tables of development funds and the stimulus funds' summary. */
export function nationalFiguresQueries(): string[] {
  return [
    ["trainingReach", "TrainingReach"],
    ["trainingStatistics", "TrainingStatistics"],
    ["networksByTopic", "NetworksByTopic"],
    ["countyWorkNational", "CountyWorkNational"],
    ["fundingStatistics", "FundingStatistics"],
    ["stimulusSummary", "StimulusSummary"],
  ].map(([field, type]) => `query($y: Int!) { ${field}(year: $y) { ${selectAll(type)} } }`);
}

export const SETTINGS = `{ platformSettings { retentionMonths retentionMonthsDefault requireTotpForMoney requireTotpForMoneyDefault lastRetentionRunAt } }`;
export const UPDATE_SETTINGS = `mutation($i: PlatformSettingsInput!) { updatePlatformSettings(input: $i) { retentionMonths requireTotpForMoney } }`;
export const RUN_RETENTION = `mutation { runPersonalDataRetention { cutoff months erased { kind count } } }`;
