import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // One copy of graphql for type-graphql, graphql-shield and the tests.
    alias: [{ find: /^graphql$/, replacement: "graphql/index.js" }],
  },
  test: {
    root: new URL("..", import.meta.url).pathname,
    // Unit tests of the web app's pure functions sit next to them.
    include: ["tests/**/*.test.ts", "web/src/**/*.test.ts"],
    exclude: ["tests/e2e/**", "**/node_modules/**"],
    setupFiles: ["tests/helpers/setup.ts"],
    // One migrated and seeded database per run, copied by each test file.
    globalSetup: ["tests/helpers/global-setup.ts"],
    // The tests drive the compiled server (server/dist, CommonJS) as Node loads it in production,
    // so that one copy of graphql serves type-graphql, graphql-shield and Apollo.
    server: { deps: { external: [/server\/dist\//] } },
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: process.env.SAMVERKA_TEST_JSON ? ["default", ["json", { outputFile: process.env.SAMVERKA_TEST_JSON }]] : ["default"],
  },
});
