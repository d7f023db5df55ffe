import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/dist/**", "**/node_modules/**", ".tmp/**", "web/src/generated/**", "server/src/db/migrations/**", "docs/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        __dirname: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setImmediate: "readonly",
        URL: "readonly",
        fetch: "readonly",
        Buffer: "readonly",
        window: "readonly",
        document: "readonly",
        localStorage: "readonly",
        navigator: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/no-unsafe-function-type": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "graphql-shield", message: "Use server/src/auth/rules.ts and server/src/permissions.ts: graphql-shield stays behind them." },
            { name: "csv-stringify/sync", message: "Use renderCsv from server/src/shared/csv.ts: it neutralises cells a spreadsheet would run as formulas." },
            { name: "csv-stringify", message: "Use renderCsv from server/src/shared/csv.ts: it neutralises cells a spreadsheet would run as formulas." },
          ],
        },
      ],
    },
  },
  {
    // Type-aware rules: a promise nobody awaits loses its error and its transaction.
    files: ["server/src/**/*.ts", "web/src/**/*.{ts,tsx}", "tests/**/*.ts"],
    ignores: ["server/src/db/migrations/**", "web/src/generated/**"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    files: ["web/src/**/*.tsx", "web/src/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: { "react-hooks/rules-of-hooks": "error", "react-hooks/exhaustive-deps": "error" },
  },
  {
    files: ["server/src/auth/rules.ts", "server/src/permissions.ts", "server/src/shared/csv.ts"],
    rules: { "no-restricted-imports": "off" },
  },
);
