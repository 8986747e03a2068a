import { configDefaults, defineConfig } from "vitest/config";

/**
 * Three test projects (run one with `vitest run --project <name>`):
 *
 * - unit: pure logic beside the code, no database, no processes.
 * - integration: `*.integration.test.ts` against a real database: PGlite in
 *   memory by default, a PostgreSQL server when TEST_DATABASE_URL is set (see
 *   app/db/testing/test-database.ts). Each file opens its own database.
 * - e2e: browser tests in tests/e2e/ against a running server.
 *
 * Deliberately without the React Router Vite plugin: tests import modules
 * directly and never need the route build.
 */
const ignored = [...configDefaults.exclude, "build/**", ".react-router/**", "data/**"];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "unit",
          environment: "node",
          include: [
            "app/**/*.test.{ts,tsx}",
            "cli/**/*.test.ts",
            "server/**/*.test.ts",
            "tests/hsds/**/*.test.ts",
          ],
          exclude: [...ignored, "**/*.integration.test.ts"],
        },
      },
      {
        test: {
          name: "integration",
          environment: "node",
          include: ["**/*.integration.test.ts"],
          exclude: [...ignored, "tests/e2e/**"],
          // Every file opens its own database (a PGlite instance is ~300 MB)
          // and the CLI tests start child processes: one file at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: "e2e",
          environment: "node",
          include: ["tests/e2e/**/*.test.ts"],
          exclude: ignored,
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
