import type { CodegenConfig } from "@graphql-codegen/cli";

/** Typed GraphQL documents: `npm run codegen -w web` regenerates src/generated/ from the schema. Never edit the output by hand. */
const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/generated/**"],
  ignoreNoDocuments: false,
  generates: {
    "src/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false, gqlTagName: "graphql" },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: { DateTimeISO: "string", JSON: "unknown" },
      },
    },
  },
};

export default config;
