import type { CodegenConfig } from "@graphql-codegen/cli";
import { addTypenameSelectionDocumentTransform } from "@graphql-codegen/client-preset";

/** Typed GraphQL documents: `npm run codegen -w web` regenerates src/generated/ from the schema. Never edit the output by hand. */
const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/generated/**"],
  ignoreNoDocuments: false,
  generates: {
    "src/generated/": {
      preset: "client",
      // persisted-documents.json: every operation by the sha256 of its text, the server's trusted documents.
      // The text carries __typename as Apollo Client's cache asks for it, so the hash alone stands for what is sent.
      presetConfig: { fragmentMasking: false, gqlTagName: "graphql", persistedDocuments: { hashAlgorithm: "sha256" } },
      documentTransforms: [addTypenameSelectionDocumentTransform],
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
