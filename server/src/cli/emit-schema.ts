import "reflect-metadata";
import fs from "node:fs";
import path from "node:path";
import { buildBareSchema, printSdl } from "../graphql/schema";

/** Writes schema/schema.graphql from the code. */
buildBareSchema()
  .then((schema) => {
    const file = path.resolve(__dirname, "../../../schema/schema.graphql");
    fs.writeFileSync(file, printSdl(schema));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  })
  .catch((e) => {
    console.error(e);
    process.exit(1);
  });
