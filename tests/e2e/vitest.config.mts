import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    root: new URL("../..", import.meta.url).pathname,
    include: ["tests/e2e/**/*.spec.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    // One browser at a time on a 2-core machine; specs share one server on a fresh database.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: process.env.SAMVERKA_TEST_JSON ? ["default", ["json", { outputFile: process.env.SAMVERKA_TEST_JSON }]] : ["default"],
  },
});
