import path from "node:path";
import { defineConfig } from "vitest/config";

// Unit tests (*.test.ts) are pure; integration tests (*.integration.test.ts) run against a real
// PostgreSQL started once per run, with a fresh database per test file (see vitest.integration.*.ts).
const shared = {
  resolve: {
    alias: {
      "@": path.resolve("."),
      // server-only throws outside React Server Components; here we are on the server.
      "server-only": path.resolve("node_modules/server-only/empty.js"),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: "unit",
          include: ["{lib,app,prisma,scripts}/**/*.test.{ts,tsx}"],
          exclude: ["**/*.integration.test.ts"],
        },
      },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["{lib,app,prisma,scripts}/**/*.integration.test.ts"],
          globalSetup: ["vitest.integration.global.ts"],
          setupFiles: ["vitest.integration.file.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
